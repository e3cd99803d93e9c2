// A workbook file opened in the counting fake, as Excel opens it: values, fills, locked cells,
// merges and each sheet's protection with the permissions its <sheetProtection> grants.
import ExcelJS from "exceljs";
import { loadWorkbook } from "../file/helpers";
import { FakeWorkbook } from "./fake-excel";

/** "FFRRGGBB" → "#RRGGBB", as Office.js reports a fill. */
const hex = (argb: string | undefined) => (argb ? `#${argb.slice(-6)}` : null);

function scalar(value: ExcelJS.CellValue): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "object" && "formula" in value) return (value.result as string | number | undefined) ?? null;
  if (typeof value === "object" && "richText" in value) return value.richText.map((run) => run.text).join("");
  return value as string | number | boolean;
}

export async function openedInExcel(bytes: Uint8Array): Promise<FakeWorkbook> {
  const workbook = await loadWorkbook(bytes);
  const book = new FakeWorkbook();
  for (const ws of workbook.worksheets) {
    const sheet = book.addSheet(ws.name);
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        const fake = sheet.cell(cell.address);
        fake.value = scalar(cell.value);
        if (typeof cell.value === "object" && cell.value && "formula" in cell.value) fake.formula = `=${cell.value.formula}`;
        fake.fill = cell.fill?.type === "pattern" && cell.fill.pattern === "solid" ? hex(cell.fill.fgColor?.argb) : null;
        fake.locked = cell.protection?.locked !== false;
      }),
    );
    sheet.merges.push(...((ws.model as { merges?: string[] }).merges ?? []));
    // exceljs reads an OOXML permission ("formatCells=0") as `formatCells: true`; absent means refused.
    const protection = (ws as unknown as { sheetProtection?: Record<string, unknown> }).sheetProtection;
    if (protection?.sheet)
      sheet.protection = { allowFormatCells: protection.formatCells === true, allowFormatColumns: protection.formatColumns === true, allowFormatRows: protection.formatRows === true };
  }
  return book;
}
