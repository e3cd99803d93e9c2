// nianbao check: the checks on a report file (.xlsx, JSON or as published), optionally against last year's.
import { CheckInput, reportOf } from "../../checks/engine";
import { CheckResult, Finding } from "../../model/findings";
import { runChecks } from "../../checks/run";
import { CLI_TEXT } from "../../catalogue/cli-messages";
import { stat } from "node:fs/promises";
import { CliError, CliIo, Command, EXIT, onePositional, parseOptions, UsageError } from "./command";
import { batchExitCode, batchTotals, checkFiles, expandInputs, formatBatchHuman, formatBatchJson, progressLine } from "./batch";
import { BATCH_MESSAGES } from "../../catalogue/batch-messages";
import { readReportFile, readReportFileNoted } from "./report-file";

/** The heading a finding is listed under: the table of its first cell, or the workbook. */
function groupOf(finding: Finding): string {
  const table = finding.cells[0]?.table;
  if (table === undefined) return CLI_TEXT.workbook;
  if (table === "info") return CLI_TEXT.info;
  if (table === "text") return CLI_TEXT.text;
  return CLI_TEXT.table(table);
}

/** The human report: a summary line, then the findings grouped by table in their stable order. */
function formatHuman(input: CheckInput, result: CheckResult): string {
  const report = reportOf(input);
  const lines = [`${CLI_TEXT.heading(report.agency, report.year, report.format)}：${CLI_TEXT.counts(result.counts)}。`];
  if (result.findings.length === 0) return [...lines, CLI_TEXT.allPassed].join("\n");
  let group = "";
  for (const finding of result.findings) {
    const next = groupOf(finding);
    if (next !== group) lines.push("", CLI_TEXT.group(next));
    group = next;
    lines.push(CLI_TEXT.finding(finding.severity, finding.rule, finding.message));
    if (finding.suggestion) lines.push(CLI_TEXT.suggestion(finding.suggestion));
  }
  return lines.join("\n");
}

/** The --json output: valid, counts and every finding with its operands. */
function formatJson(result: CheckResult): string {
  return JSON.stringify({ valid: result.valid, counts: result.counts, findings: result.findings }, null, 2);
}

async function checkMany(paths: readonly string[], json: boolean, io: CliIo): Promise<void> {
  const files = await expandInputs(paths);
  const progress = progressLine(process.stderr, files.length);
  const entries = await checkFiles(files, readReportFile, progress.update);
  progress.clear();
  io.stdout(json ? formatBatchJson(entries) : formatBatchHuman(entries));
  const totals = batchTotals(entries);
  const code = batchExitCode(totals);
  if (code !== EXIT.ok) throw new CliError(BATCH_MESSAGES.batchFailed(totals.invalid, totals.unreadable), code);
}

/** Several files, or a folder, make a batch; one file keeps the full report. */
async function isBatch(positionals: readonly string[]): Promise<boolean> {
  if (positionals.length !== 1) return positionals.length > 1;
  return (await stat(positionals[0]).catch(() => undefined))?.isDirectory() === true;
}

export const checkCommand: Command = {
  name: "check",
  summary: CLI_TEXT.summary,
  usage: BATCH_MESSAGES.checkUsage,
  async run(args: readonly string[], io: CliIo) {
    const { values, positionals } = parseOptions(args, { previous: { type: "string" }, json: { type: "boolean" } });
    if (await isBatch(positionals)) {
      if (values.previous !== undefined) throw new UsageError(BATCH_MESSAGES.previousNeedsOneFile);
      return checkMany(positionals, values.json === true, io);
    }
    const path = onePositional(positionals, "要校验的年报文件（.xlsx、.json、.html 或 .txt）");
    const { input, notes } = await readReportFileNoted(path);
    const previous = values.previous === undefined ? undefined : await readReportFileNoted(values.previous);
    for (const [file, fileNotes] of [[path, notes], [values.previous, previous?.notes ?? []]] as const)
      if (file !== undefined && fileNotes.length > 0) io.stderr(CLI_TEXT.readingNotes(file, fileNotes));
    const result = runChecks(input, { previous: previous?.input });
    io.stdout(values.json ? formatJson(result) : formatHuman(input, result));
    // The command framework turns a CliError into its exit code; findings are already printed.
    if (!result.valid) throw new CliError(CLI_TEXT.failed(result.counts["错误"]), EXIT.notWritten);
  },
};
