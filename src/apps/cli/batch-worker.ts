// A worker thread of a batch (see checkInWorkers in batch.ts): reads the files it is sent and
// answers each with its outcome as kept, the unreadable ones with their reason, or, when asked,
// a workbook with its cells for the batch's thread to check.
import { parentPort } from "node:worker_threads";
import { gridOrOutcome, keptOutcome } from "./batch-entry";
import type { WorkerAnswer, WorkerTask } from "./batch";

parentPort?.on("message", async (tasks: readonly WorkerTask[]) => {
  const answers: WorkerAnswer[] = [];
  for (const { index, file, kept, cellsBack } of tasks)
    answers.push({ index, ...(cellsBack ? await gridOrOutcome(file, kept) : { outcome: await keptOutcome(file, kept) }) });
  parentPort!.postMessage(answers);
});
