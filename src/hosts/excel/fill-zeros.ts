// 把空白填为 0 in Excel: each cell is read first and written only if it is still blank, so a
// value a person typed meanwhile is never replaced. Two syncs for any number of cells.
import { CellLocation } from "../../model/grid";

/** Writes 0 into every cell of `cells` that holds neither a value nor a formula; returns how many. */
export async function fillBlankCells(context: Excel.RequestContext, cells: readonly CellLocation[]): Promise<number> {
  const ranges = cells.map((cell) => context.workbook.worksheets.getItem(cell.sheet).getRange(cell.address).load("values,formulas"));
  await context.sync();
  const blank = ranges.filter((range) => range.values[0][0] === "" && range.formulas[0][0] === "");
  for (const range of blank) range.values = [[0]];
  if (blank.length > 0) await context.sync();
  return blank.length;
}
