// Summing the reports of many departments, of one format and year, cell by cell into one report.
// Anything that cannot be summed stops it, and so does an input that looks counted twice or has
// errors, unless forced. Pure: the command line and the overview page both merge here.
import { CheckInput, locationsOf, reportOf } from "./engine";
import { describeCell } from "./findings";
import { readValue, roundNoise, summable } from "../model/values";
import { FRAGMENTS } from "../catalogue/check-messages";
import { MERGE_MESSAGES } from "../catalogue/batch-messages";
import { locate } from "../reading/figures";
import { CellId, CellValue } from "../model/types";
import { emptyReport, FEE_ANSWERS, FeeInfo, INFO_FIELDS, readYesNo, Report } from "../model/report";
import { getFormat } from "../model/formats";
import { inputCells } from "../model/cells";
import { normalizeLabel } from "../model/labels";
import { NianbaoError } from "../model/errors";
import { workbookLayout } from "../template/workbook-layout";

/** One checked report to merge: `errors` is how many errors its checks found. */
export interface MergeInput {
  readonly file: string;
  readonly input: CheckInput;
  readonly errors: number;
}

/** The merge was refused; `message` says why and which files. */
export class MergeError extends NianbaoError {
  constructor(message: string) {
    super("merge", message);
  }
}

export interface Merged {
  readonly report: Report;
  /** Files with errors merged because the merge was forced. */
  readonly forced: readonly string[];
  /** Why inputs looked counted twice, merged because the merge was forced. */
  readonly duplicates: readonly string[];
}

interface Input {
  readonly file: string;
  readonly input: CheckInput;
  readonly report: Report;
}

/** Where a cell is, worded as the checks word it: the workbook's sheet!address, or the template's for JSON. */
function whereIs(input: CheckInput, id: CellId): string {
  const report = reportOf(input);
  const cell = inputCells(getFormat(report.format)).find((c) => c.id === id)!;
  const at = locate(report, id, locationsOf(input));
  return describeCell({ ...at, table: cell.table, row: cell.row, column: cell.column, value: report.values[id] ?? null });
}

/** Where a fee field is: its cell on the template's information sheet, and its label. */
function whereIsFee(report: Report, label: string): string {
  const info = workbookLayout(getFormat(report.format), report.year).sheets.find((sheet) => sheet.key === "info")!;
  return `${FRAGMENTS.reference(info.name, info.fields.find((field) => field.label === label)?.address ?? "")}“${label}”`;
}

function assertOneFormatAndYear(inputs: readonly Input[]): void {
  const groups = new Map<string, Input[]>();
  for (const input of inputs) {
    const key = `${input.report.format}|${input.report.year}`;
    groups.set(key, [...(groups.get(key) ?? []), input]);
  }
  if (groups.size > 1)
    throw new MergeError(MERGE_MESSAGES.mixed([...groups.values()].map((group) => MERGE_MESSAGES.group(group[0].report.format, group[0].report.year, group.map((i) => i.file)))));
}

/** The sum of one cell over every input; a value that is not a clean number stops the merge. */
function sumOf(inputs: readonly Input[], value: (report: Report) => CellValue, where: (input: Input) => string): number {
  let total = 0;
  for (const input of inputs) {
    const typed = value(input.report);
    const number = summable(typed);
    if (number === undefined) throw new MergeError(MERGE_MESSAGES.notNumber(input.file, where(input), String(typed)));
    total += number;
  }
  // Amounts have decimals (万元): round away the binary fractions that sums of them leave.
  return roundNoise(total);
}

const isBlank = (value: CellValue) => readValue(value).status === "blank";

/**
 * The fee as the departments answered it, never invented: 是 when any charged, 否 only when every
 * one said 否, else unanswered; cases and amount stay blank when no department filled them.
 */
function mergedFee(inputs: readonly Input[]): FeeInfo {
  const answers = inputs.map((input) => readYesNo(input.report.fee.charged));
  const charged = answers.includes(true) ? FEE_ANSWERS.yes : answers.every((a) => a === false) ? FEE_ANSWERS.no : null;
  const summed = (field: "cases" | "amount", label: string) =>
    inputs.every((input) => isBlank(input.report.fee[field])) ? null : sumOf(inputs, (report) => report.fee[field], (input) => whereIsFee(input.report, label));
  return { charged, cases: summed("cases", INFO_FIELDS.feeCases), amount: summed("amount", INFO_FIELDS.feeAmount) };
}

/** Every input cell and the fee summed; the text is left empty. */
function mergeReports(inputs: readonly Input[], agency: string): Report {
  const { format, year } = inputs[0].report;
  const values: Record<CellId, CellValue> = {};
  for (const cell of inputCells(getFormat(format)))
    values[cell.id] = sumOf(inputs, (report) => report.values[cell.id] ?? null, (input) => whereIs(input.input, cell.id));
  return { ...emptyReport(format, year, agency), values, fee: mergedFee(inputs) };
}

/** The figures a summary adds up, as numbers (every input is summable by now). */
function figuresOf(report: Report): number[] {
  const cells = inputCells(getFormat(report.format)).map((cell) => report.values[cell.id] ?? null);
  return [...cells, report.fee.cases, report.fee.amount].map((value) => summable(value) ?? 0);
}

/** What tells one department's report from another's: its 机关名称 and its figures. */
export interface Department {
  readonly agency: string;
  readonly figures: readonly number[];
}

export function departmentOf(report: Report): Department {
  return { agency: report.agency, figures: figuresOf(report) };
}

/** Reports of zeros are left alone: adding them twice changes nothing. */
const isCounted = (figures: readonly number[]) => figures.some((value) => value !== 0);

/** Files grouped by a key, only the groups of two or more. */
function sameKey<T extends { readonly file: string }>(inputs: readonly T[], key: (input: T) => string | undefined): T[][] {
  const groups = new Map<string, T[]>();
  for (const input of inputs) {
    const k = key(input);
    if (k !== undefined) groups.set(k, [...(groups.get(k) ?? []), input]);
  }
  return [...groups.values()].filter((group) => group.length > 1);
}

/**
 * Inputs that look counted twice: one 机关名称 on two reports, two reports with the very same
 * figures, or one whose every figure is the sum of the others (an earlier summary). Reports of
 * zeros are left alone: adding them twice changes nothing.
 */
function likelyDuplicates(inputs: readonly Input[], merged: Report): string[] {
  const total = figuresOf(merged);
  const departments = inputs.map((input) => ({ file: input.file, department: departmentOf(input.report) }));
  return [
    ...sameDepartment(departments),
    ...(inputs.length > 2
      ? departments
          .filter(({ department: { figures } }) => isCounted(figures) && figures.every((value, i) => roundNoise(2 * value) === total[i]))
          .map((entry) => MERGE_MESSAGES.sumOfOthers(entry.file))
      : []),
  ];
}

/**
 * Reports that look like one department's sent twice: one 机关名称 on two reports, or two reports
 * with the very same figures (reports of zeros are left alone). merge refuses them; a batch check
 * says the same of them.
 */
export function sameDepartment(entries: readonly { readonly file: string; readonly department: Department }[]): string[] {
  const files = (group: readonly { file: string }[]) => group.map((entry) => entry.file);
  return [
    ...sameKey(entries, (entry) => normalizeLabel(entry.department.agency) || undefined).map((group) => MERGE_MESSAGES.sameAgency(group[0].department.agency, files(group))),
    ...sameKey(entries, ({ department: { figures } }) => (isCounted(figures) ? JSON.stringify(figures) : undefined)).map((group) => MERGE_MESSAGES.sameFigures(files(group))),
  ];
}

/**
 * Merges checked reports under `agency`. Throws MergeError when they differ in format or year,
 * when a cell is not a clean number, and, unless `force`, when any has errors or looks counted twice.
 */
export function mergeChecked(checked: readonly MergeInput[], agency: string, force: boolean): Merged {
  const inputs = checked.map(({ file, input }) => ({ file, input, report: reportOf(input) }));
  assertOneFormatAndYear(inputs);
  const failing = checked.filter((entry) => entry.errors > 0);
  if (failing.length > 0 && !force) throw new MergeError(MERGE_MESSAGES.failing(failing.map((entry) => MERGE_MESSAGES.failingLine(entry.file, entry.errors))));
  const report = mergeReports(inputs, agency);
  const duplicates = likelyDuplicates(inputs, report);
  if (duplicates.length > 0 && !force) throw new MergeError(MERGE_MESSAGES.duplicates(duplicates));
  return { report, forced: failing.map((entry) => entry.file), duplicates };
}
