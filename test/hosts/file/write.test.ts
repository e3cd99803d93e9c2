import assert from "node:assert/strict";
import { getFormat } from "../../../src/model/formats";
import { parseAddress, absoluteReference } from "../../../src/model/address";
import { INPUT_FILL } from "../../../src/template/style";
import { proseRowHeight, textRow } from "../../../src/template/text";
import { SHEET_NAMES, SHEET_ORDER } from "../../../src/model/sheet-names";
import { validationFor } from "../../../src/template/validation";
import { workbookLayout } from "../../../src/template/workbook-layout";
import { rectangles, writeReportXlsx, writeTemplateXlsx } from "../../../src/hosts/file/write";
import { numberedReport } from "../../checks/builders";
import { loadWorkbook } from "./helpers";
import { zipEntries } from "./zip";

const layout = workbookLayout(getFormat("2021"), 2025);
const sheetOf = (key: string) => layout.sheets.find((sheet) => sheet.key === key)!;
const shading = `FF${INPUT_FILL.slice(1)}`;

describe("file host: writing the template", () => {
  let bytes: Uint8Array;
  before(async () => (bytes = await writeTemplateXlsx("2021", 2025, "某某局")));

  it("writes the sheets of the layout, in order, under their names", async () => {
    const workbook = await loadWorkbook(bytes);
    assert.deepEqual(workbook.worksheets.map((ws) => ws.name), layout.sheets.map((sheet) => sheet.name));
  });

  it("writes every label of the layout where the layout puts it", async () => {
    const workbook = await loadWorkbook(bytes);
    for (const sheet of layout.sheets)
      for (const cell of sheet.statics.filter((s) => s.text && !s.addinOnly))
        assert.equal(workbook.getWorksheet(sheet.name)!.getCell(cell.address).value, cell.text, `${sheet.name}!${cell.address}`);
  });

  it("writes the plain check formulas and leaves the add-in's check cells to Excel", () => {
    const sheets = [...zipEntries(bytes)].filter(([name]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name)).map(([, xml]) => xml);
    const plain = layout.sheets.flatMap((sheet) => sheet.statics.filter((s) => s.formula && !s.addinOnly));
    assert.deepEqual(
      [sheets.filter((xml) => xml.includes("NIANBAO.")).length, sheets.join("").match(/<f>/g)?.length],
      [0, plain.length],
    );
  });

  it("shades and unlocks every input cell, and locks the labels", async () => {
    const workbook = await loadWorkbook(bytes);
    for (const sheet of layout.sheets) {
      const ws = workbook.getWorksheet(sheet.name)!;
      for (const input of [...sheet.inputs, ...sheet.fields]) {
        const cell = ws.getCell(input.address);
        assert.equal(cell.protection?.locked, false, `${sheet.name}!${input.address} 应可编辑`);
        assert.equal((cell.fill as { fgColor?: { argb?: string } }).fgColor?.argb, shading, `${sheet.name}!${input.address} 应有底色`);
      }
      for (const label of sheet.statics) assert.notEqual(ws.getCell(label.address).protection?.locked, false, `${sheet.name}!${label.address} 应锁定`);
    }
  });

  it("protects every sheet without a password", async () => {
    const sheets = [...zipEntries(bytes)].filter(([name]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name));
    assert.equal(sheets.length, layout.sheets.length);
    for (const [name, xml] of sheets) {
      assert.match(xml, /<sheetProtection sheet="1"/, name);
      assert.doesNotMatch(xml, /hashValue|password=/, name);
    }
  });

  it("defines every name of the layout, qualified by its sheet", async () => {
    const xml = zipEntries(bytes).get("xl/workbook.xml")!;
    const unescape = (text: string) => text.replace(/&apos;/g, "'");
    for (const sheet of layout.sheets)
      for (const name of sheet.names)
        assert.ok(unescape(xml).includes(`<definedName name="${name.name}">${absoluteReference(sheet.name, name.range)}</definedName>`), name.name);
  });

  it("gives every input cell the validation of its kind, with the Chinese prompt and error", async () => {
    const workbook = await loadWorkbook(bytes);
    for (const sheet of layout.sheets) {
      const ws = workbook.getWorksheet(sheet.name)!;
      for (const input of sheet.inputs) {
        const rule = validationFor(input.cell.kind)!;
        const validation = ws.getCell(input.address).dataValidation;
        assert.deepEqual(
          [validation.type, validation.prompt, validation.error, validation.showErrorMessage],
          [rule.type, rule.prompt, rule.error, true],
          `${sheet.name}!${input.address}`,
        );
      }
    }
  });

  it("writes no overlapping validation ranges (Excel would call the file damaged)", async () => {
    for (const [name, xml] of [...zipEntries(bytes)].filter(([n]) => n.startsWith("xl/worksheets/sheet"))) {
      const seen = new Set<string>();
      for (const [, sqref] of xml.matchAll(/<dataValidation [^>]*sqref="([^"]+)"/g))
        for (const range of sqref.split(" ")) {
          const [from, to = from] = range.split(":").map(parseAddress);
          for (let r = from.row; r <= to.row; r++)
            for (let c = from.column; c <= to.column; c++) {
              assert.ok(!seen.has(`${r},${c}`), `${name} ${range}`);
              seen.add(`${r},${c}`);
            }
        }
    }
  });

  it("merges the cells of 表三's multi-level header and corner note as the layout does, but for the add-in's check cells", async () => {
    const ws = (await loadWorkbook(bytes)).getWorksheet(sheetOf("三").name)!;
    const merges = (ws.model as unknown as { merges: string[] }).merges;
    const addinCells = new Set(sheetOf("三").statics.filter((cell) => cell.addinOnly).map((cell) => cell.address));
    assert.deepEqual([...merges].sort(), sheetOf("三").merges.filter((range) => !addinCells.has(range.split(":")[0])).sort());
  });

  it("sets column widths and row heights from the layout", async () => {
    const sheet = sheetOf("三");
    const ws = (await loadWorkbook(bytes)).getWorksheet(sheet.name)!;
    assert.deepEqual(sheet.columnWidths.map((_, i) => ws.getColumn(i + 1).width), sheet.columnWidths);
    for (const [row, height] of Object.entries(sheet.rowHeights)) assert.equal(ws.getRow(Number(row)).height, height, `行 ${row}`);
  });

  it("prints each sheet on A4, one page wide, with its print area and title rows", async () => {
    const workbook = await loadWorkbook(bytes);
    for (const sheet of layout.sheets) {
      const setup = workbook.getWorksheet(sheet.name)!.pageSetup;
      assert.deepEqual(
        [setup.paperSize, setup.orientation, setup.fitToPage, setup.fitToWidth, setup.fitToHeight, setup.printArea, setup.printTitlesRow],
        [9, sheet.print.orientation, true, 1, 0, sheet.print.area, sheet.print.titleRows],
        sheet.name,
      );
    }
  });

  it("stores the format, year and agency on the information sheet and in the file properties", async () => {
    const workbook = await loadWorkbook(bytes);
    const info = workbook.getWorksheet(sheetOf("info").name)!;
    const shown = info.getSheetValues().flat().filter((v) => v !== undefined && v !== null);
    for (const expected of ["某某局", 2025, "2021"]) assert.ok(shown.includes(expected), String(expected));
    assert.deepEqual([workbook.subject, workbook.keywords], ["某某局", "格式=2021;年度=2025"]);
  });

  it("derives 统计期限 from the year by formula, with its value cached for readers", async () => {
    const info = (await loadWorkbook(bytes)).getWorksheet(sheetOf("info").name)!;
    const period = sheetOf("info").statics.find((cell) => cell.formula)!;
    assert.deepEqual(info.getCell(period.address).value, { formula: period.formula!.slice(1), result: "2025年1月1日至2025年12月31日" });
  });
  it("paints failing totals with the layout's conditional formats", async () => {
    const sheet = sheetOf("三");
    // Sheet files are numbered in tab order.
    const xml = zipEntries(bytes).get(`xl/worksheets/sheet${SHEET_ORDER.indexOf("三") + 1}.xml`)!;
    const written = [...xml.matchAll(/<conditionalFormatting sqref="([^"]+)">/g)].map((m) => m[1]);
    assert.deepEqual(written.sort(), (sheet.conditionalFormats ?? []).map((format) => format.range).sort());
    assert.ok(written.length > 0);
  });

  it("asks the spreadsheet to recalculate when the file is opened (exceljs never calculates)", () => {
    assert.match(zipEntries(bytes).get("xl/workbook.xml")!, /<calcPr[^>]*fullCalcOnLoad="1"/);
  });
});

describe("file host: validation ranges", () => {
  it("groups cells into rectangles in numeric order, D5 before D10", () => {
    assert.deepEqual(rectangles(["D10", "D5", "E5", "D6", "E6", "E10", "D7", "D8", "D9"]), ["D5:D10", "E5:E6", "E10"]);
  });
});

describe("file host: writing prose", () => {
  it("makes a long section's row tall enough to print it", async () => {
    const report = { ...numberedReport("2021", 2025), text: { "一、总体情况": "本年度".repeat(200) } };
    const workbook = await loadWorkbook(await writeReportXlsx(report));
    assert.equal(workbook.getWorksheet(SHEET_NAMES.text)!.getRow(textRow(getFormat("2021"), "一、总体情况")).height, proseRowHeight("本年度".repeat(200)));
  });
});
