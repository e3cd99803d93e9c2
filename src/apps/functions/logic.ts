// What the custom functions compute, free of Office: each returns a value for the cell or a
// FunctionFailure that the thin wrappers in functions.ts turn into a CustomFunctions.Error.
// The verdicts come from the checks (judge, runChecks), so a cell and the engine always agree.
import { judge, verdictText } from "../../template/formulas";
import { CheckResult } from "../../model/findings";
import { address, parseAddress } from "../../model/address";
import { normalizeLabel } from "../../model/labels";
import { CellValue, TABLE_IDS, TableId } from "../../model/types";
import { sumOf, summable } from "../../model/values";
import { Measure, MEASURES } from "../../narrative/generate";
import { FUNCTION_TEXT } from "../../catalogue/function-messages";
import { problemsOf } from "../../checks/problems";
import { verdictOfChecked } from "../../export/verdict";
import { ReadResult } from "../../reading/read";

/** Why a function cannot give a value; `code` names the CustomFunctions.ErrorCode to show. */
export class FunctionFailure {
  constructor(
    readonly code: "invalidValue" | "notAvailable" | "invalidNumber",
    readonly message: string,
  ) {}
}

/** A cell as Excel hands it to a custom function: blanks arrive as "" (or null), errors never (Excel stops first). */
export type Scalar = string | number | boolean | null | undefined;

/** A cell's plain value; with Excel's data types on, a cell may come as an object carrying its `basicValue`. */
function plainValue(raw: unknown): Scalar | FunctionFailure {
  if (raw === null || raw === undefined || typeof raw === "string" || typeof raw === "boolean") return raw;
  if (typeof raw === "number") return Number.isFinite(raw) ? raw : new FunctionFailure("invalidNumber", FUNCTION_TEXT.notFinite);
  if (typeof raw === "object" && "basicValue" in raw) return plainValue((raw as { basicValue: unknown }).basicValue);
  return new FunctionFailure("invalidValue", FUNCTION_TEXT.unreadable);
}

/**
 * Whatever Excel hands a range parameter as rows of plain values: a 2-D array as it is, a lone
 * value as one cell, a bare row as one row, nothing as no cells; the first cell it cannot read
 * is a failure that names it.
 */
function matrixOf(input: unknown, rangeAddress?: string): Scalar[][] | FunctionFailure {
  if (input === undefined || input === null) return [];
  const rows: readonly unknown[] = Array.isArray(input) ? (input.every(Array.isArray) ? input : [input]) : [[input]];
  const matrix: Scalar[][] = [];
  for (const [r, row] of rows.entries()) {
    const cells: Scalar[] = [];
    for (const [c, raw] of (row as unknown[]).entries()) {
      const value = plainValue(raw);
      if (value instanceof FunctionFailure) return new FunctionFailure(value.code, FUNCTION_TEXT.badCell(where(rangeAddress, r, c), value.message));
      cells.push(value);
    }
    matrix.push(cells);
  }
  return matrix;
}

function cellValue(value: Scalar): CellValue | boolean {
  if (value === undefined || value === null || value === "") return null;
  return value;
}

/** "Sheet1!C3:E5" → the address of the cell at (row, column) of that range, 0-based; without an address, its position in the range. */
function where(rangeAddress: string | undefined, row: number, column: number): string {
  const match = rangeAddress ? /^(?:(.*)!)?\$?([A-Z]{1,3})\$?(\d+)(?::.*)?$/i.exec(rangeAddress) : null;
  if (!match) return FUNCTION_TEXT.position(row + 1, column + 1);
  const origin = parseAddress(`${match[2]}${match[3]}`);
  const cell = address(origin.row + row, origin.column + column);
  return match[1] ? `${match[1]}!${cell}` : cell;
}

/** The range's values row by row, or the first cell that is not a clean number. */
function numbersOf(input: unknown, rangeAddress?: string): CellValue[] | FunctionFailure {
  const range = matrixOf(input, rangeAddress);
  if (range instanceof FunctionFailure) return range;
  const values: CellValue[] = [];
  for (const [r, row] of range.entries())
    for (const [c, raw] of row.entries()) {
      const value = cellValue(raw);
      if (typeof value === "boolean" || summable(value) === undefined) {
        const shown = typeof value === "boolean" ? FUNCTION_TEXT.logicalValue(value) : FUNCTION_TEXT.textValue(String(value));
        return new FunctionFailure("invalidValue", FUNCTION_TEXT.notANumber(where(rangeAddress, r, c), shown));
      }
      values.push(value);
    }
  return values;
}

/** A sum, unless it is beyond what a number holds (Excel would show #NUM!). */
function finiteSum(values: readonly CellValue[]): number | FunctionFailure {
  const sum = sumOf(values);
  return Number.isFinite(sum) ? sum : new FunctionFailure("invalidNumber", FUNCTION_TEXT.sumTooLarge);
}

/** NIANBAO.TOTAL: the sum a total cell should hold; blanks count as 0, text is an error. */
export function total(range: unknown, rangeAddress?: string): number | FunctionFailure {
  const values = numbersOf(range, rangeAddress);
  if (values instanceof FunctionFailure) return values;
  return finiteSum(values);
}

function tolerance(given: unknown): number | FunctionFailure {
  const plain = plainValue(Array.isArray(given) && given.length === 1 && Array.isArray(given[0]) && given[0].length === 1 ? given[0][0] : given);
  if (plain instanceof FunctionFailure) return new FunctionFailure("invalidValue", FUNCTION_TEXT.badTolerance(FUNCTION_TEXT.unreadable));
  const value = cellValue(plain);
  if (value === null) return 0;
  if (typeof value === "number" && value >= 0) return value;
  return new FunctionFailure("invalidValue", FUNCTION_TEXT.badTolerance(String(value)));
}

/** NIANBAO.SUMCHECK: "✓" when sum(left) = sum(right) within the tolerance, else "✗ 差 d" (d = left − right). */
export function sumCheck(left: unknown, right: unknown, toleranceGiven?: unknown, addresses: readonly (string | undefined)[] = []): string | FunctionFailure {
  const leftValues = numbersOf(left, addresses[0]);
  if (leftValues instanceof FunctionFailure) return leftValues;
  const rightValues = numbersOf(right, addresses[1]);
  if (rightValues instanceof FunctionFailure) return rightValues;
  for (const sum of [finiteSum(leftValues), finiteSum(rightValues)]) if (sum instanceof FunctionFailure) return sum;
  const allowed = tolerance(toleranceGiven);
  if (allowed instanceof FunctionFailure) return allowed;
  return verdictText(judge(leftValues, rightValues, allowed));
}


/** "三", "表三", "三、依申请公开" → 三; "" or nothing → the whole report. */
export function tableArgument(given: unknown): TableId | undefined | FunctionFailure {
  const plain = plainValue(given);
  if (plain instanceof FunctionFailure) return new FunctionFailure("invalidValue", FUNCTION_TEXT.unknownTable(FUNCTION_TEXT.unreadable));
  const value = cellValue(plain);
  if (value === null) return undefined;
  const text = normalizeLabel(String(value)).replace(/^表/, "");
  const table = TABLE_IDS.find((id) => text === id || text.startsWith(`${id}、`));
  return table ?? new FunctionFailure("invalidValue", FUNCTION_TEXT.unknownTable(String(value)));
}

/**
 * NIANBAO.CHECK's text. For the whole report, the one verdict every host says (可以发布, 有错误,
 * 尚未填写) with its counts; for one table, 通过 or the count of its open problems.
 */
export function statusText(read: ReadResult, result: CheckResult, table?: TableId): string {
  if (!table) {
    const verdict = verdictOfChecked({ read }, result);
    return FUNCTION_TEXT.verdict(verdict.kind, verdict.counts["错误"], verdict.counts["警告"], verdict.blockers.length);
  }
  const problems = problemsOf(result.findings, read.reviews).filter((problem) => !problem.reviewed && problem.cells.some((cell) => cell.table === table));
  const count = (severity: string) => problems.filter((problem) => problem.severity === severity).length;
  const [errors, warnings] = [count("错误"), count("警告")];
  return errors === 0 && warnings === 0 ? FUNCTION_TEXT.passed : FUNCTION_TEXT.counts(errors, warnings);
}

/** NIANBAO.TEXT's measure word; "件" when none is given. */
export function measureArgument(given: unknown): Measure | FunctionFailure {
  if (given === undefined || given === null || given === "") return "件";
  return MEASURES.find((m) => m === given) ?? new FunctionFailure("invalidValue", FUNCTION_TEXT.unknownMeasure(typeof given === "object" ? FUNCTION_TEXT.unreadable : String(given)));
}
