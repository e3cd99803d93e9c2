// A worker thread of a batch (see checkInWorkers in batch.ts): reads, checks and judges the files
// it is sent, each answered with its entry, the unreadable ones with their reason.
import { parentPort } from "node:worker_threads";
import { readReportFile } from "./report-file";
import { checkedEntry } from "./batch-entry";
import type { WorkerAnswer, WorkerTask } from "./batch";

parentPort?.on("message", async (tasks: readonly WorkerTask[]) => {
  const answers: WorkerAnswer[] = [];
  for (const { index, file } of tasks) answers.push({ index, entry: await checkedEntry(file, readReportFile) });
  parentPort!.postMessage(answers);
});
