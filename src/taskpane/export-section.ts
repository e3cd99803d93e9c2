// The pane's 导出 section: the finished report as .docx and HTML, held back with the reasons
// listed while errors remain unless the person ticks the override; in the standalone page also
// the workbook with the findings marked.
import { CheckResult } from "../checks/types";
import { exportBlockers } from "../export/blockers";
import { EXPORT_MESSAGES } from "../export/messages";
import type { Measure } from "../narrative";
import { ReadResult } from "../report/read";
import { el, say } from "./dom";
import { FILE_TYPES, offerDownload } from "./download";
import { DownloadFile, Host } from "./host";
import { PANE_TEXT as T } from "./messages";
import type { Busy } from "./pane";

type Kind = "docx" | "html";

async function reportFile(kind: Kind, read: ReadResult, measure: Measure): Promise<DownloadFile> {
  const { report } = read;
  const name = `${EXPORT_MESSAGES.title(report.agency.trim(), report.year)}.${kind}`;
  // Loaded on first use: the Word writer is most of the pane's weight and few open it.
  if (kind === "html") return { name, type: FILE_TYPES.html, bytes: (await import(/* webpackChunkName: "export-html" */ "../export/html")).reportHtml(report, { measure }) };
  return { name, type: FILE_TYPES.docx, bytes: await (await import(/* webpackChunkName: "export-docx" */ "../export/docx")).reportDocx(report, { measure }) };
}

export function exportSection(
  host: Host | null,
  busy: Busy,
  checkNow: () => Promise<{ read: ReadResult; result: CheckResult }>,
  measure: () => Measure,
): HTMLElement {
  const docxButton = el("button", { type: "button", className: "primary", disabled: !host }, T.docxButton);
  const htmlButton = el("button", { type: "button", disabled: !host }, T.htmlButton);
  const markedButton = host?.markedWorkbook ? el("button", { type: "button" }, T.markedButton) : null;
  const overrideInput = el("input", { id: "export-override", type: "checkbox", disabled: !host });
  const status = el("p", { className: "status", role: "status", "aria-live": "polite" });
  const blockedTitle = el("p", { className: "blocked-title" });
  const reasons = el("ol", { className: "reasons" });
  const blocked = el("div", { className: "blocked", role: "alert", hidden: true }, blockedTitle, reasons);

  const exportAs = (kind: Kind, button: HTMLButtonElement) =>
    void busy(button, status, T.exporting, async () => {
      const { read, result } = await checkNow();
      const errors = exportBlockers(result.findings);
      blocked.hidden = errors.length === 0 || overrideInput.checked;
      if (errors.length > 0 && !overrideInput.checked) {
        say(blockedTitle, T.blockedHeading(errors.length));
        reasons.replaceChildren(...errors.map((reason) => el("li", {}, reason)));
        say(status, "");
        overrideInput.focus();
        return;
      }
      const file = await reportFile(kind, read, measure());
      offerDownload(file);
      say(status, errors.length > 0 ? `${T.overridden(errors.length)} ${T.exported(file.name)}` : T.exported(file.name));
    });
  docxButton.addEventListener("click", () => exportAs("docx", docxButton));
  htmlButton.addEventListener("click", () => exportAs("html", htmlButton));
  markedButton?.addEventListener("click", () =>
    void busy(markedButton, status, T.exporting, async () => {
      // Checked first, so the marks are those of the workbook as it is now.
      await checkNow();
      const file = await host!.markedWorkbook!();
      offerDownload(file);
      say(status, T.exported(file.name));
    }),
  );

  return el(
    "section",
    { className: "card", "aria-labelledby": "export-heading" },
    el("h2", { id: "export-heading" }, T.exportHeading),
    el("p", { className: "hint" }, T.exportHint),
    el("div", { className: "actions" }, docxButton, htmlButton, markedButton),
    el("div", { className: "toggle" }, overrideInput, el("label", { for: "export-override" }, T.override)),
    blocked,
    status,
  );
}
