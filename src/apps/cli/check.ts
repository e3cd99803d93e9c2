// nianbao check: the checks on a report file (.xlsx, JSON or as published), optionally against last year's.
import { CheckInput, reportOf } from "../../checks/engine";
import { CheckResult } from "../../model/findings";
import { isBlankProblem, Problem } from "../../checks/problems";
import { Verdict, verdictOfChecked } from "../../export/verdict";
import { VERDICT_TEXT, VERDICTS } from "../../catalogue/verdict-messages";
import { runChecks } from "../../checks/run";
import { CLI_TEXT } from "../../catalogue/cli-messages";
import { NEXT_YEAR_MESSAGES } from "../../catalogue/next-year-messages";
import { stat } from "node:fs/promises";
import { CliError, CliIo, Command, EXIT, onePositional, parseOptions, UsageError } from "./command";
import { batchExitCode, batchTotals, expandInputs, formatBatchHuman, formatBatchJson, progressLine, summarizeReportFiles } from "./batch";
import { BATCH_MESSAGES } from "../../catalogue/batch-messages";
import { readReportFileNoted } from "./report-file";

/** The heading a problem is listed under: the table of its first cell, or the workbook. */
function groupOf(problem: Problem): string {
  const table = problem.cells[0]?.table;
  if (table === undefined) return CLI_TEXT.workbook;
  if (table === "info") return CLI_TEXT.info;
  if (table === "text") return CLI_TEXT.text;
  return CLI_TEXT.table(table);
}

/** One problem: its headline, then each rule firing it explains, indented with its operands. */
function problemLines(problem: Problem): string[] {
  if (problem.reviewed) return [CLI_TEXT.reviewed(problem.headline, problem.reviewed.reason, problem.reviewed.date)];
  const lines = [CLI_TEXT.problem(problem.severity, problem.headline)];
  if (isBlankProblem(problem)) {
    lines.push(CLI_TEXT.blankCells(problem.cells.map((cell) => cell.address).join("、")));
    return lines;
  }
  for (const finding of problem.findings) {
    lines.push(CLI_TEXT.detail(finding.rule, finding.message));
    if (finding.suggestion) lines.push(CLI_TEXT.suggestion(finding.suggestion));
  }
  return lines;
}

/** The human report: the verdict, then the problems grouped by table, then what else holds back export. */
function formatHuman(input: CheckInput, verdict: Verdict, errorMessages: ReadonlySet<string>): string {
  const report = reportOf(input);
  const { counts } = verdict;
  const lines = [
    `${CLI_TEXT.heading(report.agency, report.year, report.format)}：${CLI_TEXT.severityCounts(counts)}。`,
    CLI_TEXT.verdict(VERDICT_TEXT.line(verdict.kind, counts["错误"], counts["警告"], verdict.blockers.length)),
  ];
  if (verdict.problems.length === 0 && verdict.blockers.length === 0) return [...lines, CLI_TEXT.allPassed].join("\n");
  let group = "";
  for (const problem of verdict.problems) {
    const next = groupOf(problem);
    if (next !== group) lines.push("", CLI_TEXT.group(next));
    group = next;
    lines.push(...problemLines(problem));
  }
  // A blank template's placeholders are not news: 尚未填写 says it.
  const more = verdict.kind === VERDICTS.notFilled ? [] : verdict.blockers.filter((blocker) => !errorMessages.has(blocker));
  if (more.length > 0) lines.push("", CLI_TEXT.blockersHeading, ...more.map((blocker, i) => CLI_TEXT.blocker(i + 1, blocker)));
  return lines.join("\n");
}

/** The --json output: the verdict, every problem with its cells, every finding whole, and what holds back export. */
function formatJson(result: CheckResult, verdict: Verdict): string {
  const problems = verdict.problems.map((problem) => ({
    severity: problem.severity,
    headline: problem.headline,
    rules: problem.findings.map((finding) => finding.rule),
    cells: problem.cells,
    ...(problem.reviewed ? { reviewed: problem.reviewed } : {}),
  }));
  return JSON.stringify(
    { verdict: verdict.kind, valid: result.valid, counts: result.counts, problemCounts: verdict.counts, problems, findings: result.findings, blockers: verdict.blockers },
    null,
    2,
  );
}

async function checkMany(paths: readonly string[], json: boolean, io: CliIo): Promise<void> {
  const { files, skipped } = await expandInputs(paths);
  const progress = progressLine(process.stderr, files.length);
  const entries = await summarizeReportFiles(files, progress.update);
  progress.clear();
  io.stdout(json ? formatBatchJson(entries, skipped) : formatBatchHuman(entries, skipped));
  const totals = batchTotals(entries, skipped);
  const code = batchExitCode(totals);
  if (code !== EXIT.ok) throw new CliError(BATCH_MESSAGES.batchFailed(totals.invalid, totals.unreadable, totals.notChecked), code);
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
    const previousRead = values.previous === undefined ? undefined : await readReportFileNoted(values.previous);
    for (const [file, fileNotes] of [[path, notes], [values.previous, previousRead?.notes ?? []]] as const)
      if (file !== undefined && fileNotes.length > 0) io.stderr(CLI_TEXT.readingNotes(file, fileNotes));
    const previous = previousRead?.input;
    const stored = "read" in input ? input.read.previous : undefined;
    if (stored) io.stderr(previous ? NEXT_YEAR_MESSAGES.previousWins(stored.year) : NEXT_YEAR_MESSAGES.usingStored(stored.year));
    const result = runChecks(input, { previous });
    // The document export would publish: check holds back exactly where export would.
    const verdict = verdictOfChecked(input, result, previous);
    const errorMessages = new Set(result.findings.filter((finding) => finding.severity === "错误").map((finding) => finding.message));
    io.stdout(values.json ? formatJson(result, verdict) : formatHuman(input, verdict, errorMessages));
    // The command framework turns a CliError into its exit code; the problems are already printed.
    if (verdict.kind !== VERDICTS.publishable) {
      const { counts } = verdict;
      throw new CliError(VERDICT_TEXT.line(verdict.kind, counts["错误"], counts["警告"], verdict.blockers.length), EXIT.notWritten);
    }
  },
};
