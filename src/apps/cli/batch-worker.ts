// A worker thread of a batch (see checkInWorkers in batch.ts): reads the files it is sent and
// answers each with its outcome as kept, the unreadable ones with their reason, or, when asked,
// a workbook with its cells for the batch's thread to check. It loads the checking code only when
// it checks a file itself: until then it starts and warms up as a reader only.
import { parentPort } from "node:worker_threads";
import { WorkbookGrid } from "../../model/grid";
import { isWorkbookFile, readWorkbookGridFile, reasonOf } from "./workbook-cells";
import type { BatchEntry, BatchSummary, Kept } from "./batch-entry";
import type { WorkerAnswer, WorkerTask } from "./batch";

/**
 * Sending a grid costs a copy on each side: a report's few thousand characters take some
 * microseconds, a crafted one's millions would double what the batch holds. Past this many
 * characters in its cells, a workbook is checked where it was read.
 */
const MOST_CHARACTERS_SENT = 1_000_000;

const charactersIn = (grid: WorkbookGrid) => {
  let characters = 0;
  for (const sheet of grid.sheets) for (const row of sheet.values) for (const value of row) if (typeof value === "string") characters += value.length;
  return characters;
};

/** The checking code, loaded only when this thread checks a file itself. */
const checking = () => import("./batch-entry");

/** A file read, checked and judged in this thread. */
const checkedHere = async (file: string, kept: Kept) => (await checking()).keptOutcome(file, kept);

/**
 * For a worker asked to send workbooks back as their cells: a workbook's grid, for the batch's
 * thread to check (batch-entry.ts's keptOutcomeOfGrid), or the outcome of a workbook that cannot
 * be read, of a grid too large to send and of any other file.
 */
export async function cellsOrOutcome(
  file: string,
  kept: Kept,
  mostCharacters = MOST_CHARACTERS_SENT,
): Promise<{ readonly grid: WorkbookGrid } | { readonly outcome: BatchEntry | BatchSummary }> {
  if (!isWorkbookFile(file)) return { outcome: await checkedHere(file, kept) };
  let grid: WorkbookGrid;
  try {
    grid = await readWorkbookGridFile(file);
  } catch (error) {
    return { outcome: { file, error: reasonOf(error) } };
  }
  return charactersIn(grid) > mostCharacters ? { outcome: await (await checking()).keptOutcomeOfGrid(file, grid, kept) } : { grid };
}

parentPort?.on("message", async (tasks: readonly WorkerTask[]) => {
  const answers: WorkerAnswer[] = [];
  for (const { index, file, kept, cellsBack } of tasks)
    answers.push({ index, ...(cellsBack ? await cellsOrOutcome(file, kept) : { outcome: await checkedHere(file, kept) }) });
  parentPort!.postMessage(answers);
});
