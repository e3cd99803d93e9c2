// An .xlsx file as the WorkbookGrid that src/report/read.ts reads by its labels. Works in Node
// and in the browser: it takes bytes and touches no file system.
import ExcelJS from "exceljs";
import { CellValue } from "../../report";
import { SheetGrid, WorkbookGrid } from "../../report/read";
import { FILE_MESSAGES } from "./messages";
import { checkWorkbookBytes, WorkbookFileError } from "./zip-guard";

const pad = (n: number) => String(n).padStart(2, "0");

/** A date as a person would read it: 2025-01-31, with the time only when there is one. */
function dateText(date: Date): string {
  const day = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  const time = date.getUTCHours() * 3600 + date.getUTCMinutes() * 60 + date.getUTCSeconds();
  return time === 0 ? day : `${day} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
}

/** What a cell shows, as a CellValue: formulas by their cached result, errors by their code. */
export function plainValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return dateText(value);
  if (typeof value !== "object") return String(value);
  const object = value as Record<string, unknown>;
  if ("error" in object) return String(object.error);
  if (Array.isArray(object.richText)) return object.richText.map((run: { text?: unknown }) => String(run.text ?? "")).join("");
  // A formula without a cached result (never calculated) reads as blank, not as its text.
  if ("formula" in object || "sharedFormula" in object) return plainValue(object.result);
  if ("text" in object) return plainValue(object.text);
  return null;
}

function sheetGrid(ws: ExcelJS.Worksheet): SheetGrid {
  const values: CellValue[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      // A merged area holds its value in its top-left cell only.
      if (cell.isMerged && cell.master !== cell) return;
      const value = plainValue(cell.value);
      if (value === null) return;
      while (cells.length < columnNumber - 1) cells.push(null);
      cells[columnNumber - 1] = value;
    });
    if (cells.length > 0) values[rowNumber - 1] = cells;
  });
  // Rows are as long as their last value; rows without values are empty arrays, never holes.
  return { name: ws.name, values: Array.from(values, (row) => row ?? []) };
}

/** Reads .xlsx bytes into a grid. Throws WorkbookFileError (Chinese message) for anything else. */
export async function readWorkbookGrid(bytes: Uint8Array | ArrayBuffer): Promise<WorkbookGrid> {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  checkWorkbookBytes(data);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch (error) {
    throw new WorkbookFileError("unreadable", FILE_MESSAGES.unreadable(error instanceof Error ? error.message : String(error)));
  }
  return { sheets: workbook.worksheets.map(sheetGrid) };
}
