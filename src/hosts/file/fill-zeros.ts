// 把空白填为 0 in a workbook file: only cells that hold nothing get a 0; a typed value, a formula
// or text stays exactly as it was.
import ExcelJS from "exceljs";
import { CellLocation } from "../../model/grid";

/** Writes 0 into every cell of `cells` that is blank in `workbook`; returns how many. */
export function zeroBlankCells(workbook: ExcelJS.Workbook, cells: readonly CellLocation[]): number {
  let filled = 0;
  for (const location of cells) {
    const cell = workbook.getWorksheet(location.sheet)?.getCell(location.address);
    if (!cell || (cell.value !== null && cell.value !== undefined && cell.value !== "")) continue;
    cell.value = 0;
    filled += 1;
  }
  return filled;
}
