// One file of a batch, read, checked and judged: where the file is read (a worker thread when the
// batch is large), so that only the outcome travels back, or, for a workbook, read there and
// checked in the batch's thread, so that a worker runs only the reading code (see batch.ts).
import { CheckInput, reportOf } from "../../checks/engine";
import { runChecks } from "../../checks/run";
import { Verdict, verdictOfChecked } from "../../export/verdict";
import { CheckResult } from "../../model/findings";
import { Department, departmentOf } from "../../checks/merge";
import { readReportFile, readWorkbookOfGrid } from "./report-file";
import { reasonOf } from "./workbook-cells";
import { WorkbookGrid } from "../../model/grid";

/** The outcome for one file of a batch: its checks and verdict, or why it could not be read. */
export type BatchEntry =
  | { readonly file: string; readonly input: CheckInput; readonly result: CheckResult; readonly verdict: Verdict }
  | { readonly file: string; readonly error: string };

/**
 * What check prints of a file: its findings, its verdict without the problems, and what tells its
 * department. A worker sends only this back: the report's cells and locations would cost a
 * structured clone on each side (about 0.17 ms a file) and check never reads them.
 */
export type BatchSummary =
  | { readonly file: string; readonly department: Department; readonly result: CheckResult; readonly verdict: Pick<Verdict, "kind" | "counts" | "blockers"> }
  | { readonly file: string; readonly error: string };

/** What a batch keeps of each file: the whole entry (merge sums the reports) or its summary (check). */
export type Kept = "entry" | "summary";

export function summaryOf(entry: BatchEntry): BatchSummary {
  if ("error" in entry) return entry;
  const { kind, counts, blockers } = entry.verdict;
  return { file: entry.file, department: departmentOf(reportOf(entry.input)), result: entry.result, verdict: { kind, counts, blockers } };
}

/** Reads, checks and judges one file, as check and export judge it alone; a file that cannot be read is an entry with its reason, never a stop. */
export async function checkedEntry(file: string, read: (file: string) => Promise<CheckInput>): Promise<BatchEntry> {
  try {
    const input = await read(file);
    const result = runChecks(input);
    return { file, input, result, verdict: verdictOfChecked(input, result) };
  } catch (error) {
    return { file, error: reasonOf(error) };
  }
}

/** An entry as the batch keeps it: whole, or summarised. */
export const keptAs = (entry: BatchEntry, kept: Kept): BatchEntry | BatchSummary => (kept === "summary" ? summaryOf(entry) : entry);

/** One file's outcome, kept whole or summarised. */
export async function keptOutcome(file: string, kept: Kept): Promise<BatchEntry | BatchSummary> {
  return keptAs(await checkedEntry(file, readReportFile), kept);
}

/** The outcome of a workbook whose cells a worker read: as keptOutcome judges the file. */
export async function keptOutcomeOfGrid(file: string, grid: WorkbookGrid, kept: Kept): Promise<BatchEntry | BatchSummary> {
  return keptAs(await checkedEntry(file, async (path) => ({ read: await readWorkbookOfGrid(path, grid) })), kept);
}
