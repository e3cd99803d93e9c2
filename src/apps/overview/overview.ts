// The collecting office's overview page: many department workbooks opened at once (a folder,
// files, or dropped), each read and checked in this browser, shown as one overview. A roster
// may be given beside them. Nothing leaves the computer.
import { Chart } from "chart.js";
import { acceptDrops, el, say } from "../../hosts/browser/dom";
import { readRoster } from "../../hosts/file/roster";
import { buildOverview, DepartmentFile } from "../../checks/overview";
import { OVERVIEW_TEXT as T } from "../../catalogue/overview-messages";
import { failureMessage } from "../pane/failure";
import { readDepartments } from "./reader-pool";
import { consolidationSection } from "./consolidate";
import { pageFrame } from "./frame";
import { showOverview } from "./view";
import { compareNames } from "../../model/collation";

const REPORT = /\.(xlsx|json)$/iu;
/** Excel's lock file beside an open workbook (~$name.xlsx) is not a report. */
const LOCK_FILE = /(^|\/)~\$/u;

interface Chosen {
  /** The file's path within the folder chosen or dropped, else its name. */
  readonly name: string;
  readonly file: File;
}

const chosen = (files: FileList | null): Chosen[] => [...(files ?? [])].map((file) => ({ name: file.webkitRelativePath || file.name, file }));

/** Every file of a dropped folder, sub-folders included, with its path in the folder. */
async function folderFiles(entry: FileSystemEntry, prefix: string): Promise<Chosen[]> {
  if (entry.isFile) return [{ name: prefix + entry.name, file: await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject)) }];
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  const entries: FileSystemEntry[] = [];
  // A folder's entries come in batches until an empty one.
  for (let batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject)); batch.length > 0; batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject)))
    entries.push(...batch);
  return (await Promise.all(entries.map((child) => folderFiles(child, `${prefix}${entry.name}/`)))).flat();
}

/** What was dropped: files as they are, folders opened to their files. */
async function droppedFiles(transfer: DataTransfer): Promise<Chosen[]> {
  const entries = [...transfer.items].map((item) => item.webkitGetAsEntry?.() ?? null);
  if (entries.some((entry) => entry?.isDirectory)) return (await Promise.all(entries.filter((entry) => entry !== null).map((entry) => folderFiles(entry!, "")))).flat();
  return chosen(transfer.files);
}

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

  const openReports = async (given: readonly Chosen[]) => {
    status.className = "status";
    const reports = given.filter(({ name }) => REPORT.test(name) && !LOCK_FILE.test(name));
    const skipped = given.filter(({ name }) => !REPORT.test(name)).map(({ name }) => name);
    if (reports.length === 0) return void ((status.className = "status failed"), say(status, T.nothingToRead));
    const started = performance.now();
    let done = 0;
    departments = await readDepartments(
      reports.map(({ name, file }) => ({ name, bytes: async () => new Uint8Array(await file.arrayBuffer()) })),
      () => say(status, T.reading(++done, reports.length)),
    );
    departments.sort((a, b) => compareNames(a.file, b.file));
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
  files.addEventListener("change", () => void openReports(chosen(files.files)).finally(() => reset(files)));
  folder.addEventListener("change", () => void openReports(chosen(folder.files)).finally(() => reset(folder)));
  rosterInput.addEventListener("change", () => rosterInput.files?.[0] && void openRoster(rosterInput.files[0]).finally(() => reset(rosterInput)));
  acceptDrops(drop, (transfer) =>
    void (async () => {
      const dropped = await droppedFiles(transfer);
      // A text file dropped with the reports is the roster.
      const rosterFile = dropped.find(({ name }) => /\.txt$/iu.test(name));
      if (rosterFile) await openRoster(rosterFile.file);
      const reports = dropped.filter((item) => item !== rosterFile);
      if (reports.length > 0) await openReports(reports);
    })(),
  );
}

start();
