// nianbao merge: the reports of many departments, of one format and year, summed cell by cell
// into one workbook (src/checks/merge.ts). Every input is checked first; anything that cannot be
// summed stops it, and so does an input that looks counted twice.
import { runChecks } from "../../checks/run";
import { MergeError, mergeChecked, Merged } from "../../checks/merge";
import { CLI_MESSAGES, CLI_TEXT } from "../../catalogue/cli-messages";
import { readReportXlsx } from "../../hosts/file/report-file";
import { MERGE_SUMMARY_MARK, writeReportXlsx } from "../../hosts/file/write";
import { hasKeyword } from "../../hosts/file/read";
import { checkReportFiles, expandInputs } from "./batch";
import { MERGE_MESSAGES } from "../../catalogue/batch-messages";
import { CliError, Command, EXIT, parseOptions, UsageError } from "./command";
import { assertNewOutput, assertNotInput, fileKey, OVERWRITE_OPTION, readInput, writeOutput } from "./files";

/** The merge, with its refusals as the command's: nothing written, exit code 1. */
function merged(...args: Parameters<typeof mergeChecked>): Merged {
  try {
    return mergeChecked(...args);
  } catch (error) {
    if (error instanceof MergeError) throw new CliError(error.message, EXIT.notWritten);
    throw error;
  }
}

/**
 * The files to merge: all found, but for `out` when a folder given holds it and it is a summary
 * this command wrote (it carries the mark). Any other file that is `out`, however named (a link,
 * a hard link), is a department's report: writing there would destroy it, so it is refused.
 */
async function withoutEarlierSummary(files: readonly string[], out: string): Promise<string[]> {
  const outKey = fileKey(out);
  const kept: string[] = [];
  for (const file of files) {
    if (fileKey(file) !== outKey) kept.push(file);
    else if (!(await hasKeyword(await readInput(file), MERGE_SUMMARY_MARK).catch(() => false))) throw new UsageError(CLI_MESSAGES.outputIsInput(out, file));
  }
  return kept;
}

export const mergeCommand: Command = {
  name: "merge",
  summary: MERGE_MESSAGES.summary,
  usage: MERGE_MESSAGES.usage,
  async run(args, io) {
    const { values, positionals } = parseOptions(args, { out: { type: "string" }, agency: { type: "string" }, ...OVERWRITE_OPTION, force: { type: "boolean" } });
    const out = values.out;
    if (out === undefined) throw new UsageError(MERGE_MESSAGES.missingOut);
    if (!/\.xlsx$/i.test(out)) throw new UsageError(MERGE_MESSAGES.outNotXlsx(out));
    const overwrite = values.overwrite === true;
    const force = values.force === true;
    assertNotInput(out, positionals);
    assertNewOutput(out, overwrite);
    const expanded = await expandInputs(positionals);
    const left = expanded.skipped.filter((entry) => entry.mayBeReport);
    if (left.length > 0) throw new CliError(MERGE_MESSAGES.notChecked(left.map((entry) => MERGE_MESSAGES.unreadableLine(entry.file, entry.reason))), EXIT.badInput);
    const files = await withoutEarlierSummary(expanded.files, out);
    if (files.length < 2) throw new UsageError(MERGE_MESSAGES.needTwo);

    const entries = await checkReportFiles(files);
    const unreadable = entries.flatMap((entry) => ("error" in entry ? [MERGE_MESSAGES.unreadableLine(entry.file, entry.error)] : []));
    if (unreadable.length > 0) throw new CliError(MERGE_MESSAGES.unreadable(unreadable), EXIT.badInput);
    const checked = entries.flatMap((entry) => ("error" in entry ? [] : [{ file: entry.file, input: entry.input, errors: entry.result.counts["错误"] }]));
    const { report, forced, duplicates } = merged(checked, values.agency ?? MERGE_MESSAGES.defaultAgency, force);
    const bytes = await writeReportXlsx(report, { mergeSummary: true });
    await writeOutput(out, bytes, overwrite);
    // The result is checked as written: the workbook read back, not the sums in memory.
    const result = runChecks({ read: await readReportXlsx(bytes) });
    const { format, year } = report;
    io.stdout(
      [
        MERGE_MESSAGES.merged(checked.length, format, year, out),
        ...(expanded.files.length > files.length ? [MERGE_MESSAGES.outSkipped(out)] : []),
        ...expanded.skipped.map((entry) => MERGE_MESSAGES.skipped(entry.file, entry.reason)),
        ...(forced.length > 0 ? [MERGE_MESSAGES.forced(forced)] : []),
        ...(duplicates.length > 0 ? [MERGE_MESSAGES.forcedDuplicates(duplicates)] : []),
        MERGE_MESSAGES.resultChecked(CLI_TEXT.severityCounts(result.counts)),
        MERGE_MESSAGES.textNotMerged,
      ].join("\n"),
    );
  },
};
