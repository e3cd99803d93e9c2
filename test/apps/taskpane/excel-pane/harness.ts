// The pane over the Excel host over the counting fake workbook, in a real browser page: what a
// person sees and does in Excel, without Excel. The tests drive it through `window.harness`.
import { runChecks } from "../../../../src/checks/run";
import { ExcelHost } from "../../../../src/hosts/excel/excel-host";
import { ExcelRun } from "../../../../src/hosts/excel/run";
import { Host } from "../../../../src/hosts/host";
import { Pane, startPane } from "../../../../src/apps/pane/pane";
import { FakeWorkbook } from "../../../hosts/excel/fake-excel";

export interface HarnessOptions {
  /** Start as the standalone page would (a host holding a copy of the file). */
  readonly copy?: boolean;
  readonly savesFiles?: boolean;
}

const book = new FakeWorkbook();
const stats = { reads: 0, running: 0, mostAtOnce: 0 };

/** Excel.run with a round trip's delay, so that batches asked for together would overlap if let. */
const run: ExcelRun = async (options, batch) => {
  stats.running += 1;
  stats.mostAtOnce = Math.max(stats.mostAtOnce, stats.running);
  try {
    await new Promise((resolve) => setTimeout(resolve, 30));
    return await book.run(options, batch);
  } finally {
    stats.running -= 1;
  }
};

let pane: Pane | null = null;

/** A new session: a new host and pane over the same workbook, as when the pane is reopened. */
function start(options: HarnessOptions = {}): void {
  const excel = new ExcelHost(run);
  const read = excel.read.bind(excel);
  excel.read = () => ((stats.reads += 1), read());
  const host: Host = options.copy ? Object.assign(Object.create(excel) as ExcelHost, { kind: "file" }) : excel;
  pane = startPane(document.getElementById("app")!, { host, check: (result) => runChecks({ read: result }), savesFiles: options.savesFiles });
}

/** A blank template, inserted before the pane starts. */
async function insertTemplate(): Promise<void> {
  await new ExcelHost(book.run).insertTemplate({ format: "2021", year: 2025, agency: "某某市某某局", whenSheetsExist: "ask" });
}

Object.assign(window, { harness: { book, stats, start, insertTemplate, check: () => pane!.check() } });
