// Building findings: a rule's template filled with the operands as `表!单元格 = 值`.
import { CellValue } from "../model/types";
import { roundNoise } from "../model/values";
import { FRAGMENTS, fill, RULE_TEXT } from "../catalogue/check-messages";
import { ruleById, RuleId } from "../catalogue/rules";
import { Finding, FindingCell } from "../model/findings";

type Extra = Pick<Finding, "expected" | "actual" | "difference" | "suggestion">;

export function makeFinding(rule: RuleId, params: Readonly<Record<string, string | number>>, cells: readonly FindingCell[], extra: Extra = {}): Finding {
  // Only the fields that have a value, so that JSON output stays lean.
  const present = Object.fromEntries(Object.entries(extra).filter(([, value]) => value !== undefined));
  return { rule, severity: ruleById(rule).severity, message: fill(RULE_TEXT[rule].template, params), cells, ...present };
}

/** `sheet!address` */
export function reference(cell: FindingCell): string {
  return FRAGMENTS.reference(cell.sheet, cell.address);
}

/** `sheet!address（表X“row”·column）` */
export function describeCell(cell: FindingCell): string {
  return FRAGMENTS.cell(reference(cell), cell.table, cell.row, cell.column);
}

/** A typed value as a message shows it: numbers plainly, text quoted, blanks said. */
export function showValue(value: CellValue): string {
  if (value === null || (typeof value === "string" && value.trim() === "")) return FRAGMENTS.blank;
  return typeof value === "number" ? showNumber(value) : FRAGMENTS.text(value);
}

/** Numbers without binary noise (0.1 + 0.2 shows as 0.3). */
export function showNumber(value: number): string {
  return String(roundNoise(value));
}


/** `label sheet!address = value`, labelled by row or column as `by` says. */
export function operand(cell: FindingCell, by: "row" | "column"): string {
  const label = by === "row" ? cell.row : cell.column;
  // A cell the workbook lacks has no value to show, not a blank.
  return cell.address === "" ? FRAGMENTS.missingOperand(label, reference(cell)) : FRAGMENTS.operand(label, reference(cell), showValue(cell.value));
}
