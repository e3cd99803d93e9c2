// Turning Office.js used ranges into the A1-based grid that readWorkbook takes.
import { parseAddress } from "../../model/address";
import { SheetGrid } from "../../model/grid";
import { CellValue } from "../../model/types";

/** "'三、依申请公开'!C5:K29" → its top-left row and column (1-based). */
function usedRangeOrigin(address: string): { row: number; column: number } {
  const range = address.slice(address.lastIndexOf("!") + 1);
  return parseAddress(range.split(":")[0]);
}

/** Office.js gives "" for a blank cell and booleans as such; the report model wants null and text. */
function cellValue(value: unknown): CellValue {
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string") return value;
  return String(value).toUpperCase();
}

/** The used range's values placed from A1, blanks as null, error results kept as their code ("#REF!"). */
export function sheetGrid(name: string, address: string | null, values: readonly (readonly unknown[])[]): SheetGrid {
  if (!address) return { name, values: [] };
  const origin = usedRangeOrigin(address);
  const grid: CellValue[][] = Array.from({ length: origin.row - 1 }, () => []);
  for (const row of values) grid.push([...Array<CellValue>(origin.column - 1).fill(null), ...row.map(cellValue)]);
  return { name, values: grid };
}
