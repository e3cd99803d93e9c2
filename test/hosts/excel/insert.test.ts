import assert from "node:assert/strict";
import { insertTemplate, TEMPLATE_SETTING } from "../../../src/hosts/excel/insert";
import { DOCUMENT_PROPERTIES } from "../../../src/template/plan";
import { getFormat } from "../../../src/model/formats";
import { CELL_STYLES } from "../../../src/template/style";
import { INFO_NAMES } from "../../../src/template/info";
import { SHEET_NAMES } from "../../../src/model/sheet-names";
import { validationFor } from "../../../src/template/validation";
import { workbookLayout } from "../../../src/template/workbook-layout";
import { INFO_FIELDS } from "../../../src/model/report";
import { inputCells } from "../../../src/model/cells";
import { FakeWorkbook } from "./fake-excel";

const OPTIONS = { format: "2021", year: 2025, agency: "某某市某某局", whenSheetsExist: "ask" } as const;
const layout = workbookLayout(getFormat("2021"), 2025);
const sheetOf = (key: string) => layout.sheets.find((sheet) => sheet.key === key)!;

describe("Excel host: inserting the template", () => {
  it("inserts every sheet of the template in at most 3 syncs", async () => {
    const book = new FakeWorkbook();
    const result = await insertTemplate(book.run, OPTIONS);
    assert.deepEqual(result, { status: "inserted", sheets: layout.sheets.map((s) => s.name) });
    assert.ok(book.syncs <= 3, `${book.syncs} syncs`);
  });

  it("takes the same number of syncs for the larger 2019 template as for 2021", async () => {
    const counts = [];
    for (const format of ["2021", "2019"] as const) {
      const book = new FakeWorkbook();
      await insertTemplate(book.run, { ...OPTIONS, format });
      counts.push(book.syncs);
    }
    assert.equal(counts[0], counts[1]);
  });

  it("writes every label of the layout at its address", async () => {
    const book = new FakeWorkbook();
    await insertTemplate(book.run, OPTIONS);
    for (const sheet of layout.sheets)
      for (const cell of sheet.statics.filter((c) => c.text !== undefined)) assert.equal(book.sheet(sheet.name).value(cell.address), cell.text, `${sheet.name}!${cell.address}`);
  });

  it("shades and unlocks every input cell and leaves labels locked", async () => {
    const book = new FakeWorkbook();
    await insertTemplate(book.run, OPTIONS);
    const table3 = sheetOf("三");
    for (const input of table3.inputs) {
      const cell = book.sheet(table3.name).cell(input.address);
      assert.equal(cell.fill, CELL_STYLES.input.fill);
      assert.equal(cell.locked, false, input.address);
    }
    for (const label of table3.statics) assert.equal(book.sheet(table3.name).cell(label.address).locked, true, label.address);
  });

  it("gives every input cell Excel validation for its kind with the Chinese prompt", async () => {
    const book = new FakeWorkbook();
    await insertTemplate(book.run, OPTIONS);
    for (const sheet of layout.sheets)
      for (const input of sheet.inputs) {
        const validation = book.sheet(sheet.name).cell(input.address).validation;
        assert.equal(validation?.prompt?.message, validationFor(input.cell.kind)?.prompt, `${sheet.name}!${input.address}`);
        assert.equal(validation?.errorAlert?.message, validationFor(input.cell.kind)?.error);
      }
    const countRule = book.sheet(sheetOf("三").name).cell(sheetOf("三").inputs[0].address).validation?.rule;
    assert.deepEqual(countRule, { wholeNumber: { formula1: 0, formula2: undefined, operator: "GreaterThanOrEqualTo" } });
  });

  it("protects every sheet without a password while still allowing formatting", async () => {
    const book = new FakeWorkbook();
    await insertTemplate(book.run, OPTIONS);
    for (const sheet of layout.sheets) assert.equal(book.sheet(sheet.name).protection?.allowFormatCells, true, sheet.name);
  });

  it("defines a workbook name for every input block", async () => {
    const book = new FakeWorkbook();
    await insertTemplate(book.run, OPTIONS);
    const wanted = layout.sheets.flatMap((sheet) => sheet.names.map((name) => name.name));
    assert.deepEqual([...book.names.keys()].sort(), [...wanted].sort());
    assert.equal(book.names.get(INFO_NAMES[INFO_FIELDS.agency]), `='${SHEET_NAMES.info}'!$B$3`);
  });

  it("merges, sizes and sets up A4 printing as the layout says", async () => {
    const book = new FakeWorkbook();
    await insertTemplate(book.run, OPTIONS);
    const table3 = sheetOf("三");
    const sheet = book.sheet(table3.name);
    assert.deepEqual(sheet.merges, table3.merges);
    assert.equal(sheet.columnWidths.size, table3.columnWidths.length);
    assert.equal(sheet.rowHeights.get(1), table3.rowHeights[1]);
    assert.deepEqual(sheet.page, {
      orientation: "Portrait",
      paperSize: "A4",
      centerHorizontally: true,
      zoom: { horizontalFitToPages: 1 },
      margins: { leftMargin: 36, rightMargin: 36, topMargin: 43.2, bottomMargin: 43.2, headerMargin: 21.6, footerMargin: 21.6 },
      printArea: table3.print.area,
      titleRows: "$1:$4",
    });
    assert.equal(sheet.showGridlines, false);
  });

  it("allows formatting cells, columns and rows on the protected sheets, as the file writer does", async () => {
    const book = new FakeWorkbook();
    await insertTemplate(book.run, OPTIONS);
    for (const sheet of layout.sheets)
      assert.deepEqual(book.sheet(sheet.name).protection, { allowFormatCells: true, allowFormatColumns: true, allowFormatRows: true, allowEditObjects: true, selectionMode: "Normal" });
  });

  it("gives the workbook the plan's document properties", async () => {
    const book = new FakeWorkbook();
    await insertTemplate(book.run, OPTIONS);
    assert.deepEqual(Object.fromEntries(book.properties), {
      title: "某某市某某局2025年政府信息公开工作年度报告",
      subject: "某某市某某局",
      category: "政府信息公开工作年度报告",
      keywords: "格式=2021;年度=2025",
    });
  });

  it("stores the agency and year on the information sheet and the format, year and agency as document properties", async () => {
    const book = new FakeWorkbook();
    await insertTemplate(book.run, OPTIONS);
    const info = sheetOf("info");
    const at = (label: string) => info.fields.find((f) => f.label === label)!.address;
    assert.equal(book.sheet(info.name).value(at(INFO_FIELDS.agency)), "某某市某某局");
    assert.equal(book.sheet(info.name).value(at(INFO_FIELDS.year)), 2025);
    assert.deepEqual(Object.fromEntries(book.customProperties), { [DOCUMENT_PROPERTIES.format]: "2021", [DOCUMENT_PROPERTIES.year]: 2025, [DOCUMENT_PROPERTIES.agency]: "某某市某某局" });
  });

  it("leaves every input cell blank for the person to fill in", async () => {
    const book = new FakeWorkbook();
    await insertTemplate(book.run, OPTIONS);
    const placed = layout.sheets.flatMap((sheet) => sheet.inputs.map((input) => book.sheet(sheet.name).value(input.address)));
    assert.equal(placed.length, inputCells(getFormat("2021")).length);
    assert.ok(placed.every((value) => value === null));
  });

  it("writes nothing and names the clashing sheets when a template sheet already exists", async () => {
    const book = new FakeWorkbook();
    book.addSheet(SHEET_NAMES.三).setValues([["已填的数据", 12]]);
    const result = await insertTemplate(book.run, OPTIONS);
    assert.deepEqual(result, { status: "conflict", existing: [SHEET_NAMES.三] });
    assert.deepEqual(book.sheets.map((s) => s.name), [SHEET_NAMES.三]);
    assert.equal(book.syncs, 1);
  });

  it("inserts beside existing sheets under new names and leaves the sheet holding data intact", async () => {
    const book = new FakeWorkbook();
    const existing = book.addSheet(SHEET_NAMES.三).setValues([["已填的数据", 12], [null, 7]]);
    const before = JSON.stringify([...existing.cells]);
    await insertTemplate(book.run, OPTIONS);
    const result = await insertTemplate(book.run, { ...OPTIONS, whenSheetsExist: "beside" });
    assert.equal(result.status, "inserted");
    assert.ok(result.status === "inserted" && result.sheets.includes(`${SHEET_NAMES.三} (2)`));
    assert.equal(JSON.stringify([...existing.cells]), before);
    assert.equal(existing.protection, null);
  });

  it("gives a second template in the workbook sheet-scoped names instead of clashing", async () => {
    const book = new FakeWorkbook();
    await insertTemplate(book.run, OPTIONS);
    await insertTemplate(book.run, { ...OPTIONS, whenSheetsExist: "beside" });
    const second = book.sheet(`${SHEET_NAMES.三} (2)`);
    assert.deepEqual([...second.names.keys()], sheetOf("三").names.map((n) => n.name));
  });

  it("keeps the existing report's document properties when inserting beside it", async () => {
    const book = new FakeWorkbook();
    await insertTemplate(book.run, OPTIONS);
    await insertTemplate(book.run, { ...OPTIONS, year: 2026, agency: "另一个局", whenSheetsExist: "beside" });
    assert.equal(book.customProperties.get(DOCUMENT_PROPERTIES.year), 2025);
    assert.equal(book.customProperties.get(DOCUMENT_PROPERTIES.agency), "某某市某某局");
  });

  it("records the inserted sheets of each part in a workbook setting within the same syncs", async () => {
    const book = new FakeWorkbook();
    await insertTemplate(book.run, OPTIONS);
    const syncs = book.syncs;
    await insertTemplate(book.run, { ...OPTIONS, whenSheetsExist: "beside" });
    assert.equal(book.syncs - syncs, syncs);
    assert.deepEqual(book.settings.get(TEMPLATE_SETTING), Object.fromEntries(layout.sheets.map((sheet) => [sheet.key, `${sheet.name} (2)`])));
  });
});
