// Checking many report files at once: folders expanded, files read (on every core when there are
// many), one verdict per file (unreadable ones included) and a total. A broken file never stops
// the batch.
import { existsSync, promises as fs } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { CheckInput } from "../../checks/engine";
import { VERDICTS } from "../../catalogue/verdict-messages";
import { Severity, SEVERITIES } from "../../model/findings";
import { BATCH_MESSAGES, BatchTotals } from "../../catalogue/batch-messages";
import { CliError, EXIT } from "./command";
import { fileKey } from "./files";
import { readReportFile } from "./report-file";
import { OLD_WORKBOOK } from "./workbook-cells";
import { BatchEntry, BatchSummary, checkedEntry, Kept, keptAs, keptOutcome, keptOutcomeOfGrid } from "./batch-entry";
import { WorkbookGrid } from "../../model/grid";
import { FILE_MESSAGES } from "../../catalogue/file-messages";
import { kindOf } from "../../hosts/file/node";
import { sameDepartment } from "../../checks/merge";
import { compareNames } from "../../model/collation";
import { batchWorkers, WORKER_BATCH, WORKER_FILE } from "./worker-pool";

const REPORT_FILE = /\.(xlsx|json)$/i;
/** Excel's lock file beside an open workbook (~$name.xlsx) is not a report. */
const LOCK_FILE = /^~\$/;

/** A name met in a folder and not checked, with the reason the batch output gives. */
export interface SkippedFile {
  readonly file: string;
  readonly reason: string;
  /** It may hold a department's report: leaving it out changes a batch's verdict or a merge's sums. */
  readonly mayBeReport: boolean;
}

export interface ExpandedInputs {
  readonly files: readonly string[];
  readonly skipped: readonly SkippedFile[];
}

/** What a folder holds, sub-folders searched in place: report files, and every other name with its reason. */
async function walk(folder: string, files: string[], skipped: SkippedFile[]): Promise<void> {
  const entries = (await fs.readdir(folder, { withFileTypes: true })).sort((a, b) => compareNames(a.name, b.name));
  for (const entry of entries) {
    const file = path.join(folder, entry.name);
    if (entry.isDirectory()) await walk(file, files, skipped);
    else if (entry.isSymbolicLink()) skipped.push({ file, reason: FILE_MESSAGES.notRegular.link, mayBeReport: true });
    else if (!entry.isFile()) skipped.push({ file, reason: FILE_MESSAGES.notRegular[kindOf(entry)], mayBeReport: false });
    else if (LOCK_FILE.test(entry.name)) skipped.push({ file, reason: BATCH_MESSAGES.lockFile, mayBeReport: false });
    else if (REPORT_FILE.test(entry.name)) files.push(file);
    else if (OLD_WORKBOOK.test(entry.name)) skipped.push({ file, reason: FILE_MESSAGES.legacyFormat, mayBeReport: true });
    else skipped.push({ file, reason: BATCH_MESSAGES.notAReportFile, mayBeReport: false });
  }
}

/**
 * The files named, with every folder replaced by the .xlsx and .json files in it and its
 * sub-folders, in name order; every other name met is returned with why it was not checked. A
 * file named twice (or also found in a folder given) is kept once, where it first comes.
 */
export async function expandInputs(paths: readonly string[]): Promise<ExpandedInputs> {
  const files: string[] = [];
  const skipped: SkippedFile[] = [];
  for (const given of paths) {
    const stat = await fs.stat(given).catch(() => undefined);
    if (!stat?.isDirectory()) {
      files.push(given); // A missing file stays in the list: its entry says it is missing.
      continue;
    }
    const found: string[] = [];
    const passedOver: SkippedFile[] = [];
    await walk(given, found, passedOver);
    if (found.length === 0) throw new CliError(BATCH_MESSAGES.noFiles(given, passedOver.map((entry) => BATCH_MESSAGES.skippedLine(entry.file, entry.reason))), EXIT.badInput);
    files.push(...found);
    skipped.push(...passedOver);
  }
  const seen = new Set<string>();
  const once: string[] = [];
  for (const file of files) {
    const key = fileKey(file);
    if (!seen.has(key)) once.push(file);
    seen.add(key);
  }
  return { files: once, skipped };
}

/**
 * Reads and checks every file in this thread, one after another (files are read with synchronous
 * calls: there is no disk wait to overlap); entries come back in the order of `files`.
 */
export async function checkFiles(
  files: readonly string[],
  read: (file: string) => Promise<CheckInput>,
  onDone: (done: number, file: string) => void = () => undefined,
): Promise<BatchEntry[]> {
  const entries: BatchEntry[] = [];
  for (const file of files) {
    entries.push(await checkedEntry(file, read));
    onDone(entries.length, file);
  }
  return entries;
}

/** A file sent to a worker thread (batch-worker.ts), by its place in the batch. */
export interface WorkerTask {
  readonly index: number;
  readonly file: string;
  readonly kept: Kept;
  /** A workbook comes back as its cells, for this thread to check. */
  readonly cellsBack: boolean;
}

/** A worker's answer for one file: its outcome, or a workbook's cells. */
export type WorkerAnswer = { readonly index: number } & ({ readonly outcome: BatchEntry | BatchSummary } | { readonly grid: WorkbookGrid });

/** Files sent to a worker at a time: fewer messages, while each worker stays busy to the end. */
const TASKS_PER_MESSAGE = 8;
/**
 * Messages of files a worker holds: it starts on the next while its answers wait for this thread,
 * which takes them only between two files of its own (with one, workers stood idle 15 % of a batch).
 */
const MESSAGES_AHEAD = 2;
/**
 * Workbooks' cells waiting for this thread, past which workers are asked to check theirs
 * themselves: some 20 ms of this thread's work once warm, and more than it falls behind while it
 * warms up (a worker checking files too would warm up the checking code as well).
 */
const MOST_CELLS_WAITING = 8 * TASKS_PER_MESSAGE;

/**
 * Reads and checks the report files of a batch: in worker threads when there are many and the
 * command line runs compiled, else in this thread. Entries come back in the order of `files`.
 */
export function checkReportFiles(files: readonly string[], onDone: (done: number, file: string) => void = () => undefined): Promise<BatchEntry[]> {
  return keptOutcomes<BatchEntry>(files, "entry", onDone);
}

/** As checkReportFiles, each file kept as what check prints of it. */
export function summarizeReportFiles(files: readonly string[], onDone: (done: number, file: string) => void = () => undefined): Promise<BatchSummary[]> {
  return keptOutcomes<BatchSummary>(files, "summary", onDone);
}

/** Every file's outcome as `kept` makes it (`T`); workers started early for a batch that turns out small are stopped. */
async function keptOutcomes<T extends BatchEntry | BatchSummary>(files: readonly string[], kept: Kept, onDone: (done: number, file: string) => void): Promise<T[]> {
  if (files.length >= WORKER_BATCH && existsSync(WORKER_FILE)) return checkInWorkers<T>(files, kept, onDone);
  batchWorkers(0);
  return (await checkFiles(files, readReportFile, onDone)).map((entry) => keptAs(entry, kept) as T);
}

/** Lets the event loop run: worker threads' answers come in, and they are sent more files. */
const answersIn = () => new Promise((resolve) => setImmediate(resolve));

/**
 * `T` is what `kept` makes of an entry. The workers read files and send workbooks back as their
 * cells; this thread checks those, and reads files itself when none are waiting. A worker then
 * runs only the reading code: each thread compiles and warms up what it runs, and on two cores
 * that work was a third of a batch of 1,000 workbooks. When the cells come faster than this thread
 * checks them (many cores), workers are asked to check their files themselves.
 */
function checkInWorkers<T extends BatchEntry | BatchSummary>(files: readonly string[], kept: Kept, onDone: (done: number, file: string) => void): Promise<T[]> {
  const threads = Math.min(availableParallelism(), Math.ceil(files.length / WORKER_BATCH));
  const entries: T[] = new Array(files.length);
  const waiting: { index: number; grid: WorkbookGrid }[] = [];
  /** Wakes this thread when it waits for answers, with nothing left to read. */
  let wake = () => undefined as void;
  let next = 0;
  let done = 0;
  const workers: Worker[] = [];
  return new Promise<T[]>((resolve, reject) => {
    const stop = () => Promise.all(workers.map((worker) => worker.terminate()));
    let ended = false;
    /** A thread failed: the batch stops, this thread's reading and its workers too, so none keeps the process alive. */
    const fail = (error: unknown) => {
      ended = true;
      wake();
      return stop().then(() => reject(error));
    };
    /**
     * Ends the batch once every file is answered, by whichever thread answered last; says whether
     * it has. The entries go out while the workers stop: nothing is left for them to answer.
     */
    const finished = () => {
      if (done < files.length || ended) return ended;
      ended = true;
      resolve(entries);
      void stop();
      return true;
    };
    const answered = (index: number, outcome: T) => {
      entries[index] = outcome;
      onDone(++done, outcome.file);
    };
    const send = (worker: Worker) => {
      const tasks: WorkerTask[] = [];
      const cellsBack = waiting.length < MOST_CELLS_WAITING;
      // Fewer at a time towards the end, so that every thread runs out of files at about the same moment.
      const count = Math.min(TASKS_PER_MESSAGE, Math.ceil((files.length - next) / (2 * threads * MESSAGES_AHEAD)));
      while (tasks.length < count && next < files.length) tasks.push({ index: next, file: files[next++], kept, cellsBack });
      if (tasks.length > 0) worker.postMessage(tasks);
    };
    for (const worker of batchWorkers(threads - 1)) {
      workers.push(worker);
      worker.on("error", fail);
      // A worker that ends before the batch is done (out of memory) must not leave the batch waiting.
      worker.on("exit", () => done < files.length && !ended && fail(new Error(BATCH_MESSAGES.workerStopped)));
      worker.on("message", (answers: readonly WorkerAnswer[]) => {
        for (const answer of answers) {
          if ("grid" in answer) waiting.push(answer);
          else answered(answer.index, answer.outcome as T);
        }
        if (!finished()) send(worker);
        wake();
      });
      for (let i = 0; i < MESSAGES_AHEAD; i++) send(worker);
    }
    (async () => {
      while (!ended) {
        const cells = waiting.shift();
        if (cells) answered(cells.index, (await keptOutcomeOfGrid(files[cells.index], cells.grid, kept)) as T);
        else if (next < files.length) {
          const index = next++;
          answered(index, (await keptOutcome(files[index], kept)) as T);
        } else if (!finished()) await new Promise<void>((woken) => (wake = woken));
        await answersIn();
      }
    })().catch(fail);
  });
}

export function batchTotals(entries: readonly BatchSummary[], skipped: readonly SkippedFile[] = []): BatchTotals {
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  let valid = 0;
  let warned = 0;
  let invalid = 0;
  let notFilled = 0;
  for (const entry of entries) {
    if ("error" in entry) continue;
    const { verdict } = entry;
    if (verdict.kind === VERDICTS.publishable) {
      valid++;
      if (verdict.counts["警告"] > 0) warned++;
    } else {
      invalid++;
      if (verdict.kind === VERDICTS.notFilled) notFilled++;
    }
    for (const severity of SEVERITIES) counts[severity] += verdict.counts[severity];
  }
  const notChecked = skipped.filter((entry) => entry.mayBeReport).length;
  return { files: entries.length, valid, warned, invalid, notFilled, unreadable: entries.length - valid - invalid, skipped: skipped.length, notChecked, counts };
}

/** 2 when any file could not be read or a workbook was left unchecked, else 1 when any has errors, else 0. */
export function batchExitCode(totals: BatchTotals): number {
  if (totals.unreadable > 0 || totals.notChecked > 0) return EXIT.badInput;
  return totals.invalid > 0 ? EXIT.notWritten : EXIT.ok;
}

function verdict(entry: BatchSummary): string {
  if ("error" in entry) return BATCH_MESSAGES.unreadable(entry.error);
  const { kind, counts, blockers } = entry.verdict;
  return BATCH_MESSAGES.verdict(kind, counts, blockers.length);
}

/** Reports of the batch that look like one department's twice, in merge's words. */
function duplicatesOf(entries: readonly BatchSummary[]): string[] {
  return sameDepartment(entries.flatMap((entry) => ("error" in entry ? [] : [entry])));
}

/** One line per file, then what merge would refuse as counted twice, every name not checked with its reason, and the total. */
export function formatBatchHuman(entries: readonly BatchSummary[], skipped: readonly SkippedFile[] = []): string {
  const totals = batchTotals(entries, skipped);
  const duplicates = duplicatesOf(entries);
  return [
    ...entries.map((entry) => BATCH_MESSAGES.line(entry.file, verdict(entry))),
    ...(duplicates.length > 0 ? ["", BATCH_MESSAGES.duplicatesHeading, ...duplicates] : []),
    ...(skipped.length > 0 ? ["", BATCH_MESSAGES.skippedHeading, ...skipped.map((entry) => BATCH_MESSAGES.skippedLine(entry.file, entry.reason))] : []),
    "",
    BATCH_MESSAGES.total(totals),
  ].join("\n");
}

/** { counts, files: [{ file, valid, counts, findings } | { file, error }], skipped: [{ file, reason }] }. */
export function formatBatchJson(entries: readonly BatchSummary[], skipped: readonly SkippedFile[] = []): string {
  const { files, valid, warned, invalid, unreadable, counts, ...notRead } = batchTotals(entries, skipped);
  return JSON.stringify(
    {
      counts: { files, valid, warned, invalid, unreadable, skipped: notRead.skipped, ...counts },
      files: entries.map((entry) =>
        "error" in entry
          ? { file: entry.file, error: entry.error }
          : { file: entry.file, verdict: entry.verdict.kind, valid: entry.result.valid, counts: entry.result.counts, findings: entry.result.findings },
      ),
      skipped: skipped.map(({ file, reason }) => ({ file, reason })),
      duplicates: duplicatesOf(entries).map((line) => line.trim()),
    },
    null,
    2,
  );
}

/** Where progress goes: a terminal's stream (process.stderr). */
export interface ProgressStream {
  readonly isTTY?: boolean;
  readonly columns?: number;
  write(text: string): unknown;
}

/**
 * A single line, rewritten in place, on a terminal only: pipes and CI logs get nothing, so the
 * output stays one verdict per line. Redrawn at most every 100 ms.
 */
export function progressLine(stream: ProgressStream, total: number, now: () => number = Date.now) {
  if (!stream.isTTY || total < 2) return { update: () => undefined, clear: () => undefined };
  let last = -Infinity;
  const width = Math.max(20, (stream.columns ?? 80) - 1);
  return {
    update(done: number, file: string) {
      if (done < total && now() - last < 100) return;
      last = now();
      const text = BATCH_MESSAGES.progress(done, total, path.basename(file));
      stream.write(`\r\x1b[K${[...text].slice(0, width / 2).join("")}`);
    },
    clear: () => stream.write("\r\x1b[K"),
  };
}
