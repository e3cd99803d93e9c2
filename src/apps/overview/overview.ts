// The collecting office's overview page: many department workbooks opened at once (a folder,
// files, or dropped), each read and checked in this browser, shown as one overview. A roster
// may be given beside them. Nothing leaves the computer.
import { Chart } from "chart.js";
import { el, say } from "../../hosts/browser/dom";
import { readRoster } from "../../hosts/file/roster";
import { buildOverview, DepartmentFile } from "../../checks/overview";
import { OVERVIEW_TEXT as T } from "../../catalogue/overview-messages";
import { failureMessage } from "../pane/failure";
import { readDepartments } from "./reader-pool";
import { consolidationSection } from "./consolidate";
import { pageFrame } from "./frame";
import { showOverview } from "./view";

const REPORT = /\.(xlsx|json)$/iu;
/** Excel's lock file beside an open workbook (~$name.xlsx) is not a report. */
const LOCK_FILE = /(^|\/)~\$/u;

const nameOf = (file: File) => file.webkitRelativePath || file.name;

function start(): void {
  const { app, status } = pageFrame(document.body);
  const charts: Chart[] = [];
  let roster: string[] | undefined;
  let departments: DepartmentFile[] = [];

  const files = el("input", { id: "files", type: "file", multiple: true, accept: ".xlsx,.json", className: "visually-hidden" });
  const folder = el("input", { id: "folder", type: "file", multiple: true, webkitdirectory: true, className: "visually-hidden" });
  const rosterInput = el("input", { id: "roster", type: "file", accept: ".txt,.xlsx", className: "visually-hidden" });
  const rosterStatus = el("p", { className: "status", role: "status" });
  const drop = el(
    "div",
    { className: "drop" },
    el("label", { for: "files", className: "button primary" }, T.chooseFiles),
    files,
    el("label", { for: "folder", className: "button" }, T.chooseFolder),
    folder,
    el("label", { for: "roster", className: "button" }, T.chooseRoster),
    rosterInput,
    el("span", { className: "hint" }, T.dropHere),
  );
  app.before(el("section", { className: "card open", "aria-labelledby": "open-heading" }, el("h2", { id: "open-heading" }, T.openHeading), el("p", { className: "hint" }, T.openHint), drop, status, rosterStatus));

  const show = () => {
    const overview = buildOverview(departments, roster);
    showOverview(app, overview, charts, consolidationSection(departments, overview.previousFiles));
  };

  const openReports = async (chosen: readonly File[]) => {
    status.className = "status";
    const reports = chosen.filter((file) => REPORT.test(nameOf(file)) && !LOCK_FILE.test(nameOf(file)));
    const skipped = chosen.filter((file) => !REPORT.test(nameOf(file))).map(nameOf);
    if (reports.length === 0) return void ((status.className = "status failed"), say(status, T.nothingToRead));
    const started = performance.now();
    let done = 0;
    departments = await readDepartments(
      reports.map((file) => ({ name: nameOf(file), bytes: async () => new Uint8Array(await file.arrayBuffer()) })),
      () => say(status, T.reading(++done, reports.length)),
    );
    departments.sort((a, b) => a.file.localeCompare(b.file, "zh-CN", { numeric: true }));
    show();
    say(status, [T.read(reports.length, performance.now() - started), skipped.length > 0 ? T.skipped(skipped) : ""].filter(Boolean).join(" "));
  };
  const openRoster = async (file: File) => {
    rosterStatus.className = "status";
    try {
      roster = await readRoster(file.name, new Uint8Array(await file.arrayBuffer()));
      say(rosterStatus, T.rosterRead(file.name, roster.length));
      if (departments.length > 0) show();
    } catch (error) {
      rosterStatus.className = "status failed";
      say(rosterStatus, failureMessage(error));
    }
  };

  const reset = (input: HTMLInputElement) => (input.value = "");
  files.addEventListener("change", () => void openReports([...(files.files ?? [])]).finally(() => reset(files)));
  folder.addEventListener("change", () => void openReports([...(folder.files ?? [])]).finally(() => reset(folder)));
  rosterInput.addEventListener("change", () => rosterInput.files?.[0] && void openRoster(rosterInput.files[0]).finally(() => reset(rosterInput)));
  window.addEventListener("dragover", (event) => {
    event.preventDefault();
    drop.classList.add("over");
  });
  window.addEventListener("dragleave", () => drop.classList.remove("over"));
  window.addEventListener("drop", (event) => {
    event.preventDefault();
    drop.classList.remove("over");
    const dropped = [...(event.dataTransfer?.files ?? [])];
    // A text file dropped with the reports is the roster.
    const rosterFile = dropped.find((file) => /\.txt$/iu.test(file.name));
    void (async () => {
      if (rosterFile) await openRoster(rosterFile);
      const reports = dropped.filter((file) => file !== rosterFile);
      if (reports.length > 0) await openReports(reports);
    })();
  });
}

start();
