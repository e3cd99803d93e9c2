import assert from "node:assert/strict";
import { CellValue } from "../../../src/model/types";
import { cellId } from "../../../src/model/cells";
import { emptyReport, Report } from "../../../src/model/report";
import { getFormat } from "../../../src/model/formats";
import { parseAddress } from "../../../src/model/address";
import { reportGrid } from "../../../src/template/report-grid";
import { WorkbookGrid } from "../../../src/model/grid";
import { StaticCell } from "../../../src/template/types";
import { workbookLayout } from "../../../src/template/workbook-layout";
import { readReportXlsx } from "../../../src/hosts/file/report-file";
import { readWorkbookGrid } from "../../../src/hosts/file/read";
import { writeReportXlsx } from "../../../src/hosts/file/write";
import { numberedReport } from "../../checks/builders";
import { workbookBytes } from "./helpers";

/** A grid without trailing blanks, so that dense and ragged pictures compare equal. */
function trimmed(grid: WorkbookGrid): { name: string; values: CellValue[][] }[] {
  return grid.sheets.map((sheet) => {
    const rows = sheet.values.map((row) => {
      const cells = [...row];
      while (cells.length > 0 && (cells[cells.length - 1] ?? null) === null) cells.pop();
      return cells;
    });
    while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
    return { name: sheet.name, values: rows };
  });
}

const layout = workbookLayout(getFormat("2021"), 2025);

/** The grid the layout describes for a 2021 report, with the static cells `left` blank. */
function layoutGrid(report: Report, left: (cell: StaticCell) => boolean): WorkbookGrid {
  const sheets = reportGrid(report).sheets.map((sheet, i) => {
    const values = sheet.values.map((row) => [...row]);
    for (const cell of layout.sheets[i].statics.filter(left)) {
      const { row, column } = parseAddress(cell.address);
      values[row - 1][column - 1] = null;
    }
    return { name: sheet.name, values };
  });
  return { sheets };
}

async function oneCell(value: unknown, extra?: (ws: import("exceljs").Worksheet) => void): Promise<CellValue> {
  const bytes = await workbookBytes((workbook) => {
    const ws = workbook.addWorksheet("表");
    ws.getCell("B2").value = value as import("exceljs").CellValue;
    extra?.(ws);
  });
  return (await readWorkbookGrid(bytes)).sheets[0].values[1]?.[1] ?? null;
}

describe("file host: reading a workbook", () => {
  it("reads a written report as the same grid the layout describes, check verdicts left to recalculation", async () => {
    const report = numberedReport("2021", 2025);
    const written = trimmed(await readWorkbookGrid(await writeReportXlsx(report)));
    assert.deepEqual(written, trimmed(layoutGrid(report, (cell) => cell.role === "check" || cell.addinOnly === true)));
  });

  it("keeps the cached check verdicts of an empty template", async () => {
    const report = emptyReport("2021", 2025, "某某局");
    const written = trimmed(await readWorkbookGrid(await writeReportXlsx(report)));
    assert.deepEqual(written, trimmed(layoutGrid(report, (cell) => cell.addinOnly === true)));
  });

  it("reads back every value of a filled 2019 report by its labels", async () => {
    const report = numberedReport("2019", 2020);
    const { report: read, issues } = await readReportXlsx(await writeReportXlsx(report));
    assert.deepEqual([read.values, read.year, read.agency, issues], [report.values, 2020, "某某县民政局", []]);
  });

  it("keeps typed text as text and blanks as null", async () => {
    const base = numberedReport("2019", 2020);
    const typed = { [cellId("二", "规章", "本年新制作数量")]: "/", [cellId("二", "行政许可", "本年增/减")]: "+19", [cellId("三", "（一）予以公开", "自然人")]: "１２", [cellId("四", "行政复议", "总计")]: null };
    const report = { ...base, values: { ...base.values, ...typed } };
    const { report: read } = await readReportXlsx(await writeReportXlsx(report));
    assert.deepEqual(Object.keys(typed).map((id) => read.values[id]), Object.values(typed));
  });

  it("accepts an ArrayBuffer as well as a Uint8Array (the browser hands over an ArrayBuffer)", async () => {
    const bytes = await writeReportXlsx(numberedReport("2021", 2025));
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    assert.deepEqual(await readWorkbookGrid(buffer), await readWorkbookGrid(bytes));
  });

  it("reads a formula as its cached result", async () => {
    assert.equal(await oneCell({ formula: "SUM(A1:A3)", result: 12 }), 12);
  });

  it("reads a formula that was never calculated as blank, not as its text", async () => {
    assert.equal(await oneCell({ formula: "SUM(A1:A3)" }), null);
  });

  it("reads an error as its code", async () => {
    assert.equal(await oneCell({ formula: "A1+#REF!", result: { error: "#REF!" } }), "#REF!");
  });

  it("reads rich text as plain text", async () => {
    assert.equal(await oneCell({ richText: [{ text: "12" }, { font: { bold: true }, text: "件" }] }), "12件");
  });

  it("reads a date as text", async () => {
    assert.equal(await oneCell(new Date(Date.UTC(2025, 0, 31))), "2025-01-31");
  });

  it("reads a merged area's value from its top-left cell only", async () => {
    const bytes = await workbookBytes((workbook) => {
      const ws = workbook.addWorksheet("表");
      ws.getCell("A1").value = "合并";
      ws.mergeCells("A1:C2");
    });
    assert.deepEqual((await readWorkbookGrid(bytes)).sheets[0].values, [["合并"]]);
  });
});
