// Checking many report files at once: folders expanded, files read a few at a time, one verdict
// per file (unreadable ones included) and a total. A broken file never stops the batch.
import { promises as fs } from "node:fs";
import path from "node:path";
import { CheckInput } from "../../checks/engine";
import { CheckResult, Severity, SEVERITIES } from "../../model/findings";
import { runChecks } from "../../checks/run";
import { BATCH_MESSAGES, BatchTotals } from "../../catalogue/batch-messages";
import { CliError, EXIT } from "./command";
import { fileKey } from "./files";
import { reasonOf } from "./report-file";

/** The outcome for one file of a batch: its checks, or why it could not be read. */
export type BatchEntry =
  | { readonly file: string; readonly input: CheckInput; readonly result: CheckResult }
  | { readonly file: string; readonly error: string };

const REPORT_FILE = /\.(xlsx|json)$/i;
/** Excel's lock file beside an open workbook (~$name.xlsx) is not a report. */
const LOCK_FILE = /^~\$/;

/**
 * The files named, with every folder replaced by its .xlsx and .json files in name order; a file
 * named twice (or also found in a folder given) is kept once, where it first comes.
 */
export async function expandInputs(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const given of paths) {
    const stat = await fs.stat(given).catch(() => undefined);
    if (!stat?.isDirectory()) {
      files.push(given); // A missing file stays in the list: its entry says it is missing.
      continue;
    }
    const names = (await fs.readdir(given, { withFileTypes: true }))
      .filter((entry) => entry.isFile() && REPORT_FILE.test(entry.name) && !LOCK_FILE.test(entry.name))
      .map((entry) => entry.name)
      .sort((a, b) => a.localeCompare(b, "zh-CN", { numeric: true }));
    if (names.length === 0) throw new CliError(BATCH_MESSAGES.noFiles(given), EXIT.badInput);
    files.push(...names.map((name) => path.join(given, name)));
  }
  const seen = new Set<string>();
  const once: string[] = [];
  for (const file of files) {
    const key = await fileKey(file);
    if (!seen.has(key)) once.push(file);
    seen.add(key);
  }
  return once;
}

/**
 * Reads and checks every file, `concurrency` at a time so that reading one file overlaps the
 * disk wait of the next; entries come back in the order of `files`.
 */
export async function checkFiles(
  files: readonly string[],
  read: (file: string) => Promise<CheckInput>,
  onDone: (done: number, file: string) => void = () => undefined,
  concurrency = 4,
): Promise<BatchEntry[]> {
  const entries: BatchEntry[] = new Array(files.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < files.length) {
      const index = next++;
      const file = files[index];
      try {
        const input = await read(file);
        entries[index] = { file, input, result: runChecks(input) };
      } catch (error) {
        entries[index] = { file, error: reasonOf(error) };
      }
      onDone(++done, file);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, files.length) }, worker));
  return entries;
}

export function batchTotals(entries: readonly BatchEntry[]): BatchTotals {
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  let valid = 0;
  let warned = 0;
  let invalid = 0;
  for (const entry of entries) {
    if ("error" in entry) continue;
    if (!entry.result.valid) invalid++;
    else if (entry.result.counts["警告"] > 0) warned++;
    if (entry.result.valid) valid++;
    for (const severity of SEVERITIES) counts[severity] += entry.result.counts[severity];
  }
  return { files: entries.length, valid, warned, invalid, unreadable: entries.length - valid - invalid, counts };
}

/** 2 when any file could not be read, else 1 when any has errors, else 0. */
export function batchExitCode(totals: BatchTotals): number {
  if (totals.unreadable > 0) return EXIT.badInput;
  return totals.invalid > 0 ? EXIT.notWritten : EXIT.ok;
}

function verdict(entry: BatchEntry): string {
  if ("error" in entry) return BATCH_MESSAGES.unreadable(entry.error);
  const { valid, counts } = entry.result;
  if (!valid) return BATCH_MESSAGES.findings(counts);
  return counts["警告"] > 0 ? BATCH_MESSAGES.passedWithWarnings(counts) : BATCH_MESSAGES.passed(counts);
}

/** One line per file, then the total. */
export function formatBatchHuman(entries: readonly BatchEntry[]): string {
  const totals = batchTotals(entries);
  return [
    ...entries.map((entry) => BATCH_MESSAGES.line(entry.file, verdict(entry))),
    "",
    BATCH_MESSAGES.total(totals),
  ].join("\n");
}

/** { counts, files: [{ file, valid, counts, findings } | { file, error }] }. */
export function formatBatchJson(entries: readonly BatchEntry[]): string {
  const { files, valid, warned, invalid, unreadable, counts } = batchTotals(entries);
  return JSON.stringify(
    {
      counts: { files, valid, warned, invalid, unreadable, ...counts },
      files: entries.map((entry) =>
        "error" in entry
          ? { file: entry.file, error: entry.error }
          : { file: entry.file, valid: entry.result.valid, counts: entry.result.counts, findings: entry.result.findings },
      ),
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
