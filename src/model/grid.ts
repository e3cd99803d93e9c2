// A workbook as hosts hand it to the reader: each sheet's values, and where a value was found.
import { CellValue } from "./types";

/** One sheet's values from A1, row-major, 0-based; blank cells are null. */
export interface SheetGrid {
  readonly name: string;
  readonly values: readonly (readonly CellValue[])[];
}

export interface WorkbookGrid {
  readonly sheets: readonly SheetGrid[];
}

export interface CellLocation {
  readonly sheet: string;
  readonly address: string;
}
