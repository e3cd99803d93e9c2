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

/** Why a function cannot give a value; `code` names the CustomFunctions.ErrorCode to show. */
export class FunctionFailure {
  constructor(
    readonly code: "invalidValue" | "notAvailable",
    readonly message: string,
  ) {}
}

/** A cell as Excel hands it to a custom function: blanks arrive as "" (or null), errors never (Excel stops first). */
export type Scalar = string | number | boolean | null | undefined;
export type Matrix = readonly (readonly Scalar[])[];

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
function numbersOf(range: Matrix, rangeAddress?: string): CellValue[] | FunctionFailure {
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

/** NIANBAO.TOTAL: the sum a total cell should hold; blanks count as 0, text is an error. */
export function total(range: Matrix, rangeAddress?: string): number | FunctionFailure {
  const values = numbersOf(range, rangeAddress);
  if (values instanceof FunctionFailure) return values;
  return sumOf(values);
}

function tolerance(given: Scalar): number | FunctionFailure {
  const value = cellValue(given);
  if (value === null) return 0;
  if (typeof value === "number" && value >= 0) return value;
  return new FunctionFailure("invalidValue", FUNCTION_TEXT.badTolerance(String(value)));
}

/** NIANBAO.SUMCHECK: "✓" when sum(left) = sum(right) within the tolerance, else "✗ 差 d" (d = left − right). */
export function sumCheck(left: Matrix, right: Matrix, toleranceGiven?: Scalar, addresses: readonly (string | undefined)[] = []): string | FunctionFailure {
  const leftValues = numbersOf(left, addresses[0]);
  if (leftValues instanceof FunctionFailure) return leftValues;
  const rightValues = numbersOf(right, addresses[1]);
  if (rightValues instanceof FunctionFailure) return rightValues;
  const allowed = tolerance(toleranceGiven);
  if (allowed instanceof FunctionFailure) return allowed;
  return verdictText(judge(leftValues, rightValues, allowed));
}


/** "三", "表三", "三、依申请公开" → 三; "" or nothing → the whole report. */
export function tableArgument(given: Scalar): TableId | undefined | FunctionFailure {
  const value = cellValue(given);
  if (value === null) return undefined;
  const text = normalizeLabel(String(value)).replace(/^表/, "");
  const table = TABLE_IDS.find((id) => text === id || text.startsWith(`${id}、`));
  return table ?? new FunctionFailure("invalidValue", FUNCTION_TEXT.unknownTable(String(value)));
}

/** NIANBAO.CHECK's text: 通过, or the count of errors (and warnings) in the report or in one table. */
export function statusText(result: CheckResult, table?: TableId): string {
  const findings = table ? result.findings.filter((finding) => finding.cells.some((cell) => cell.table === table)) : result.findings;
  const count = (severity: string) => findings.filter((finding) => finding.severity === severity).length;
  const [errors, warnings] = [count("错误"), count("警告")];
  return errors === 0 && warnings === 0 ? FUNCTION_TEXT.passed : FUNCTION_TEXT.counts(errors, warnings);
}

/** NIANBAO.TEXT's measure word; "件" when none is given. */
export function measureArgument(given: string | undefined): Measure | FunctionFailure {
  if (given === undefined || given === "") return "件";
  return MEASURES.find((m) => m === given) ?? new FunctionFailure("invalidValue", FUNCTION_TEXT.unknownMeasure(given));
}
