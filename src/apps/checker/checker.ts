// The standalone page: the pane's UI over a workbook opened from disk. No Office.js here, and
// exceljs is bundled only into this entry, so the pane inside Excel stays lean.
import { runChecks } from "../../checks/run";
import { acceptDrops, el, say } from "../../hosts/browser/dom";
import { startPane } from "../pane/pane";
import { FileHost } from "../../hosts/browser/file-host";
import { CHECKER_TEXT as T } from "../../catalogue/checker-messages";
import { SheetView } from "./sheet-view";
import { failureMessage } from "../pane/failure";
import { noteMessage, readPublished } from "../../reading/published/read-published";
import { writeReportXlsx } from "../../hosts/file/write";

const XLSX = /\.xlsx$/iu;
/** A report as published: a saved page, or text copied from a page or a PDF. */
const PUBLISHED = /\.(html?|txt)$/iu;

/** A published report read into the workbook the page works on, with what could not be placed. */
async function publishedWorkbook(bytes: Uint8Array): Promise<{ bytes: Uint8Array; notes: string[] }> {
  const { report, notes } = readPublished(bytes);
  return { bytes: await writeReportXlsx(report), notes: notes.map(noteMessage) };
}

function start(): void {
  const view = new SheetView(document.getElementById("viewer")!);
  const host = new FileHost(view);

  const input = el("input", { id: "file", type: "file", accept: ".xlsx,.html,.htm,.txt,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/html,text/plain", className: "visually-hidden" });
  const status = el("p", { className: "status", role: "status", "aria-live": "polite" });
  const drop = el(
    "div",
    { className: "drop" },
    el("label", { for: "file", className: "button primary" }, T.chooseFile),
    input,
    el("span", { className: "hint" }, T.dropHere),
  );
  const card = el("section", { className: "card", "aria-labelledby": "open-heading" }, el("h2", { id: "open-heading" }, T.openHeading), el("p", { className: "hint" }, T.openHint), drop, status);

  // Each file starts a pane of its own: no finding, verdict, text or export of the previous
  // file survives the next one, whether it opens or not.
  const root = document.getElementById("app")!;
  const freshPane = () => startPane(root, { host, banner: null, lead: card, check: (read) => runChecks({ read }) });
  freshPane();

  const open = async (files: FileList | null) => {
    if (!files || files.length === 0) return;
    status.className = "status";
    host.close();
    const pane = freshPane();
    if (files.length > 1) return void ((status.className = "status failed"), say(status, T.oneFile));
    const file = files[0];
    const published = PUBLISHED.test(file.name);
    if (!XLSX.test(file.name) && !published) return void ((status.className = "status failed"), say(status, T.notXlsx(file.name)));
    say(status, T.opening(file.name));
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const imported = published ? await publishedWorkbook(bytes) : undefined;
      const grid = await host.open(imported ? `${file.name.replace(PUBLISHED, "")}.xlsx` : file.name, imported?.bytes ?? bytes);
      say(status, imported ? T.imported(file.name, imported.notes) : T.opened(file.name, grid.sheets.length));
      await pane.check();
    } catch (error) {
      status.className = "status failed";
      say(status, failureMessage(error));
    }
  };
  input.addEventListener("change", () => void open(input.files).finally(() => (input.value = "")));
  acceptDrops(drop, (transfer) => void open(transfer.files));
}

start();
