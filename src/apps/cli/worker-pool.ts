// The worker threads that read and check a batch's files (batch-worker.ts), started as soon as the
// command line shows it may check a batch: before this thread loads the checking code (~30 ms) and
// lists the folder, so that a worker's own start-up (~100 ms) overlaps them. Loads nothing of ours.
import { readdirSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";

/** From this many files on, a batch is read and checked on every core: here and in worker threads. */
export const WORKER_BATCH = 64;
/** The compiled worker beside this file: only compiled code runs in workers (ts-node does not). */
export const WORKER_FILE = path.join(__dirname, "batch-worker.js");
/** The commands that check a batch (check.ts and merge.ts call batch.ts's checkReportFiles or summarizeReportFiles). */
export const BATCH_COMMANDS: readonly string[] = ["check", "merge"];

interface Started {
  readonly worker: Worker;
  exited: boolean;
}
let started: Started[] = [];

/** How many names a command line's name stands for: a folder's entries (not those of its sub-folders), else one. */
function namesIn(name: string): number {
  try {
    return statSync(name, { throwIfNoEntry: false })?.isDirectory() ? readdirSync(name).length : 1;
  } catch {
    return 1; // a name the system cannot look up or list; the command says why later
  }
}

/**
 * Whether `argv` (the command line after `nianbao`) is a batch command naming at least a batch's
 * worth of files, folders' entries included. Option values count too: a wrong guess only starts a
 * worker that is stopped unused.
 */
export function mayCheckBatch(argv: readonly string[]): boolean {
  const [command, ...args] = argv;
  if (!BATCH_COMMANDS.includes(command)) return false;
  let names = 0;
  for (const arg of args) if (!arg.startsWith("-") && (names += namesIn(arg)) >= WORKER_BATCH) return true;
  return false;
}

/**
 * Starts a worker for every core but this one's when the command line may check a batch. They
 * do not keep the process alive until a batch takes them: a command that needs none ends as it
 * would have.
 */
export function startWorkersEarly(argv: readonly string[]): void {
  if (!mayCheckBatch(argv)) return;
  for (let i = 1; i < availableParallelism(); i++) {
    const entry: Started = { worker: new Worker(WORKER_FILE), exited: false };
    entry.worker.unref();
    // One that fails before a batch takes it is left out; after, the batch hears of it itself.
    entry.worker.on("error", () => undefined);
    entry.worker.on("exit", () => (entry.exited = true));
    started.push(entry);
  }
}

/** `count` workers for a batch: those started early and still running first, then new ones; early ones beyond `count` are stopped. */
export function batchWorkers(count: number): Worker[] {
  const running = started.filter((entry) => !entry.exited).map((entry) => entry.worker);
  started = [];
  const taken = running.slice(0, count);
  for (const unused of running.slice(count)) void unused.terminate();
  for (const worker of taken) worker.ref();
  while (taken.length < count) taken.push(new Worker(WORKER_FILE));
  return taken;
}
