import { parseAddress } from "../model/address";
import { placedValues } from "./fill";
import { workbookLayout } from "./workbook-layout";
import { SheetGrid, WorkbookGrid } from "../model/grid";
import { getFormat } from "../model/formats";
import { Report } from "../model/report";
import { CellValue } from "../model/types";

/**
 * The grid of values a template filled with `report` holds, exactly as a host would read it
 * back: the pure picture of the workbook, for tests and for locating cells of JSON input.
 */
export function reportGrid(report: Report): WorkbookGrid {
  const sheets: SheetGrid[] = workbookLayout(getFormat(report.format), report.year).sheets.map((layout) => {
    const values: CellValue[][] = [];
    const put = (a1: string, value: CellValue | undefined) => {
      if (value === undefined || value === null) return;
      const { row, column } = parseAddress(a1);
      (values[row - 1] ??= [])[column - 1] = value;
    };
    for (const cell of layout.statics) put(cell.address, cell.formula ? (cell.result ?? null) : (cell.text ?? null));
    for (const placed of placedValues(layout, report)) put(placed.address, placed.value);
    const width = Array.from(values, (row) => row?.length ?? 0).reduce((a, b) => Math.max(a, b), 0);
    const dense = Array.from({ length: values.length }, (_, r) => Array.from({ length: width }, (_, c) => values[r]?.[c] ?? null));
    return { name: layout.name, values: dense };
  });
  return { sheets };
}
