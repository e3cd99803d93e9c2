// nianbao merge: the reports of many departments, of one format and year, summed cell by cell
// into one workbook. Every input is checked first; anything that cannot be summed stops it.
import { CheckInput, runChecks, summable } from "../checks";
import { CLI_TEXT } from "../checks/messages";
import { readReportXlsx, writeReportXlsx } from "../hosts/file";
import { CellId, CellValue, emptyReport, getFormat, inputCells, Report } from "../report";
import { checkFiles, expandInputs } from "./batch";
import { MERGE_MESSAGES } from "./batch-messages";
import { readReportFile, ReportFileError } from "./check";
import { CliError, Command, EXIT, parseOptions, UsageError } from "./command";
import { OVERWRITE_OPTION, writeOutput } from "./files";

interface Input {
  readonly file: string;
  readonly input: CheckInput;
  readonly report: Report;
}

const reportOf = (input: CheckInput) => ("read" in input ? input.read.report : input.report);

/** Where a cell is, as the person can find it: sheet!address in a workbook, labels in JSON. */
function whereIs(input: CheckInput, id: CellId): string {
  const location = "read" in input ? input.read.locations[id] : undefined;
  if (location) return `${location.sheet}!${location.address}`;
  const [table, row, column] = id.split("|");
  return `表${table}“${row}”行“${column}”列`;
}

function assertOneFormatAndYear(inputs: readonly Input[]): void {
  const groups = new Map<string, Input[]>();
  for (const input of inputs) {
    const key = `${input.report.format}|${input.report.year}`;
    groups.set(key, [...(groups.get(key) ?? []), input]);
  }
  if (groups.size > 1)
    throw new CliError(
      MERGE_MESSAGES.mixed([...groups.values()].map((group) => MERGE_MESSAGES.group(group[0].report.format, group[0].report.year, group.map((i) => i.file)))),
      1,
    );
}

/** The sum of one cell over every input; a value that is not a clean number stops the merge. */
function sumOf(inputs: readonly Input[], value: (report: Report) => CellValue, where: (input: Input) => string): number {
  let total = 0;
  for (const input of inputs) {
    const typed = value(input.report);
    const number = summable(typed);
    if (number === undefined) throw new CliError(MERGE_MESSAGES.notNumber(input.file, where(input), String(typed)), 1);
    total += number;
  }
  // Amounts have decimals (万元): round away the binary fractions that sums of them leave.
  return Math.round(total * 1e6) / 1e6;
}

/** Every input cell and the fee's cases and amount summed; the text is left empty. */
export function mergeReports(inputs: readonly Input[], agency: string): Report {
  const { format, year } = inputs[0].report;
  const values: Record<CellId, CellValue> = {};
  for (const cell of inputCells(getFormat(format)))
    values[cell.id] = sumOf(inputs, (report) => report.values[cell.id] ?? null, (input) => whereIs(input.input, cell.id));
  const charged = inputs.some((input) => input.report.fee.charged === "是") ? "是" : "否";
  const fee = {
    charged,
    cases: sumOf(inputs, (report) => report.fee.cases, () => "基本信息“收取信息处理费件数”"),
    amount: sumOf(inputs, (report) => report.fee.amount, () => "基本信息“收取信息处理费金额（元）”"),
  };
  return { ...emptyReport(format, year, agency), values, fee };
}

export const mergeCommand: Command = {
  name: "merge",
  summary: MERGE_MESSAGES.summary,
  usage: MERGE_MESSAGES.usage,
  async run(args, io) {
    const { values, positionals } = parseOptions(args, { out: { type: "string" }, agency: { type: "string" }, ...OVERWRITE_OPTION, force: { type: "boolean" } });
    if (values.out === undefined) throw new UsageError(MERGE_MESSAGES.missingOut);
    if (!/\.xlsx$/i.test(values.out)) throw new UsageError(MERGE_MESSAGES.outNotXlsx(values.out));
    const files = await expandInputs(positionals);
    if (files.length < 2) throw new UsageError(MERGE_MESSAGES.needTwo);

    const entries = await checkFiles(files, readReportFile, (error) => (error instanceof ReportFileError ? error.reason : String(error)));
    const unreadable = entries.flatMap((entry) => ("error" in entry ? [`  ${entry.file}：${entry.error}`] : []));
    if (unreadable.length > 0) throw new CliError(MERGE_MESSAGES.unreadable(unreadable), EXIT.badInput);
    const checked = entries.flatMap((entry) => ("error" in entry ? [] : [entry]));
    const inputs = checked.map(({ file, input }) => ({ file, input, report: reportOf(input) }));
    assertOneFormatAndYear(inputs);
    const failing = checked.filter((entry) => !entry.result.valid);
    if (failing.length > 0 && values.force !== true)
      throw new CliError(MERGE_MESSAGES.failing(failing.map((entry) => MERGE_MESSAGES.failingLine(entry.file, entry.result.counts["错误"]))), 1);

    const merged = mergeReports(inputs, values.agency ?? MERGE_MESSAGES.defaultAgency);
    const bytes = await writeReportXlsx(merged);
    await writeOutput(values.out, bytes, values.overwrite === true);
    // The result is checked as written: the workbook read back, not the sums in memory.
    const result = runChecks({ read: await readReportXlsx(bytes) });
    const { format, year } = merged;
    io.stdout(
      [
        MERGE_MESSAGES.merged(inputs.length, format, year, values.out),
        ...(failing.length > 0 ? [MERGE_MESSAGES.forced(failing.map((entry) => entry.file))] : []),
        MERGE_MESSAGES.resultChecked(CLI_TEXT.counts(result.counts)),
        MERGE_MESSAGES.textNotMerged,
      ].join("\n"),
    );
  },
};
