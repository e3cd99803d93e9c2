// nianbao check: the checks on a report file (.xlsx or JSON), optionally against last year's.
import { readReportXlsx, WorkbookFileError } from "../hosts/file";
import { ReportJsonError, reportFromJson } from "../report";
import { NotAReportError } from "../report/read";
import { CheckInput, CheckResult, Finding, runChecks } from "../checks";
import { CLI_TEXT } from "../checks/messages";
import { CliError, CliIo, Command, EXIT, onePositional, parseOptions } from "./command";
import { readInput } from "./files";
import { CLI_MESSAGES } from "./messages";

/** `check`'s exit code when the report has errors (0 without, 2 when unreadable). */
export const EXIT_WITH_ERRORS = 1;

/** Reads a report file by its extension; every failure becomes exit code 2 naming the file. */
export async function readReportFile(path: string): Promise<CheckInput> {
  const lower = path.toLowerCase();
  if (!lower.endsWith(".xlsx") && !lower.endsWith(".json")) throw new CliError(CLI_TEXT.notXlsxOrJson(path), EXIT.badInput);
  const bytes = await readInput(path);
  try {
    if (lower.endsWith(".xlsx")) return { read: await readReportXlsx(bytes) };
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder().decode(bytes).replace(/^\uFEFF/, ""));
    } catch (error) {
      throw new CliError(CLI_MESSAGES.notJson(path, (error as Error).message), EXIT.badInput);
    }
    return { report: reportFromJson(json) };
  } catch (error) {
    if (error instanceof WorkbookFileError || error instanceof NotAReportError || error instanceof ReportJsonError)
      throw new CliError(CLI_MESSAGES.inFile(path, error.message), EXIT.badInput);
    throw error;
  }
}

/** The heading a finding is listed under: the table of its first cell, or the workbook. */
function groupOf(finding: Finding): string {
  const table = finding.cells[0]?.table;
  if (table === undefined) return CLI_TEXT.workbook;
  if (table === "info") return CLI_TEXT.info;
  if (table === "text") return CLI_TEXT.text;
  return CLI_TEXT.table(table);
}

/** The human report: a summary line, then the findings grouped by table in their stable order. */
export function formatHuman(input: CheckInput, result: CheckResult): string {
  const report = "read" in input ? input.read.report : input.report;
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
export function formatJson(result: CheckResult): string {
  return JSON.stringify({ valid: result.valid, counts: result.counts, findings: result.findings }, null, 2);
}

export const checkCommand: Command = {
  name: "check",
  summary: CLI_TEXT.summary,
  usage: CLI_TEXT.usage,
  async run(args: readonly string[], io: CliIo) {
    const { values, positionals } = parseOptions(args, { previous: { type: "string" }, json: { type: "boolean" } });
    const input = await readReportFile(onePositional(positionals, "要校验的年报文件（.xlsx 或 .json）"));
    const previous = values.previous === undefined ? undefined : await readReportFile(values.previous);
    const result = runChecks(input, { previous });
    io.stdout(values.json ? formatJson(result) : formatHuman(input, result));
    // The command framework turns a CliError into its exit code; findings are already printed.
    if (!result.valid) throw new CliError(CLI_TEXT.failed(result.counts["错误"]), EXIT_WITH_ERRORS);
  },
};
