// The pane's start-up: the only part of the pane that touches Office.js.
import { runChecks } from "../../checks/run";
import { CHECK_EVENT } from "../commands/check-event";
import { ExcelHost } from "../../hosts/excel/excel-host";
import { excelRun } from "../../hosts/excel/run";
import { REQUIRED_SETS } from "../../hosts/excel/requirements";
import { PANE_TEXT } from "../../catalogue/pane-messages";
import { Pane, PaneOptions, startPane } from "../pane/pane";

Office.onReady((info) => {
  const inExcel = info.host === Office.HostType.Excel;
  const supported = inExcel && REQUIRED_SETS.every((set) => Office.context.requirements.isSetSupported(set.name, set.version));
  const options: PaneOptions = {
    host: supported ? new ExcelHost(excelRun) : null,
    notice: !inExcel ? PANE_TEXT.outsideExcel : !supported ? PANE_TEXT.excelTooOld : undefined,
    check: (read) => runChecks({ read }),
    // Excel for Mac's add-in window drops downloads without a word (OfficeDev/office-js #2700).
    savesFiles: Office.context.platform !== Office.PlatformType.Mac,
  };
  const pane: Pane = startPane(document.getElementById("app")!, options);
  window.addEventListener(CHECK_EVENT, () => void pane.check());
});
