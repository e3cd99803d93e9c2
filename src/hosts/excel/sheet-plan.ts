// What insertion writes to one sheet, derived from the shared layout: one entry per styled range.
// Pure, so that the writer stays a plain loop over Office.js calls.
import { parseRange } from "../../model/address";
import { Report } from "../../model/report";
import { CELL_STYLES, CellRole, fieldStyle, placedValues, SheetLayout, validationFor } from "../../template/workbook-layout";
import { CellStyle } from "../../template/style";
import { ValidationRule } from "../../template/validation";
import { CellValue } from "../../model/types";

export interface PlannedRange {
  /** The cell, or the whole merged area it heads. */
  readonly range: string;
  readonly style: CellStyle;
  readonly value?: CellValue;
  readonly formula?: string;
  readonly validation?: ValidationRule;
}

/** The merged area headed by `address`, or the address itself. */
function areaOf(sheet: SheetLayout, address: string): string {
  return sheet.merges.find((merge) => merge.split(":")[0] === address) ?? address;
}

export function planSheet(sheet: SheetLayout, report: Report): PlannedRange[] {
  const values = new Map(placedValues(sheet, report).map((placed) => [placed.address, placed.value]));
  const styled = (address: string, role: CellRole) => ({ range: areaOf(sheet, address), style: CELL_STYLES[role] });
  return [
    ...sheet.statics.map((cell) => ({ ...styled(cell.address, cell.role), value: cell.text, formula: cell.formula })),
    ...sheet.inputs.map((input) => ({ ...styled(input.address, "input"), value: values.get(input.address), validation: validationFor(input.cell.kind) })),
    ...sheet.fields.map((field) => ({ range: areaOf(sheet, field.address), style: fieldStyle(sheet, field), value: values.get(field.address), validation: validationFor(field.kind) })),
  ];
}

/** A 2-D array of `value` as large as `range`, the shape Office.js wants for a range's values. */
export function filled<T>(range: string, value: T): T[][] {
  const { top, left, bottom, right } = parseRange(range);
  return Array.from({ length: bottom - top + 1 }, () => Array<T>(right - left + 1).fill(value));
}
