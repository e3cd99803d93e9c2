// A worker thread of a batch (see checkInWorkers in batch.ts): reads, checks and judges the files
// it is sent, each answered with its outcome as kept, the unreadable ones with their reason.
import { parentPort } from "node:worker_threads";
import { keptOutcome } from "./batch-entry";
import type { WorkerAnswer, WorkerTask } from "./batch";

parentPort?.on("message", async (tasks: readonly WorkerTask[]) => {
  const answers: WorkerAnswer[] = [];
  for (const { index, file, kept } of tasks) answers.push({ index, outcome: await keptOutcome(file, kept) });
  parentPort!.postMessage(answers);
});
