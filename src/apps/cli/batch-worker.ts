// A worker thread of a batch (see checkInWorkers in batch.ts): reads and checks the files it is
// sent, each answered with its entry, the unreadable ones with their reason.
import { parentPort } from "node:worker_threads";
import { runChecks } from "../../checks/run";
import { readReportFile, reasonOf } from "./report-file";
import type { BatchEntry, WorkerAnswer, WorkerTask } from "./batch";

async function checked(file: string): Promise<BatchEntry> {
  try {
    const input = await readReportFile(file);
    return { file, input, result: runChecks(input) };
  } catch (error) {
    return { file, error: reasonOf(error) };
  }
}

parentPort?.on("message", async (tasks: readonly WorkerTask[]) => {
  const answers: WorkerAnswer[] = [];
  for (const { index, file } of tasks) answers.push({ index, entry: await checked(file) });
  parentPort!.postMessage(answers);
});
