import assert from "node:assert/strict";
import { insertTemplate } from "../../../src/hosts/excel/insert";
import { getFormat } from "../../../src/model/formats";
import { workbookLayout } from "../../../src/template/workbook-layout";
import { FakeWorkbook } from "../../hosts/excel/fake-excel";

const OPTIONS = { format: "2021", year: 2025, agency: "某某市某某局", whenSheetsExist: "ask" } as const;
const layout = workbookLayout(getFormat("2021"), 2025);

describe("checks in the inserted template (Excel)", () => {
  it("writes every check cell's formula, locked, beside 表三 and 表四", async () => {
    const book = new FakeWorkbook();
    await insertTemplate(book.run, OPTIONS);
    const expected = layout.sheets.flatMap((sheet) => sheet.statics.filter((s) => s.role === "check").map((s) => [sheet.name, s.address, s.formula, true]));
    const written = expected.map(([name, at]) => {
      const cell = book.sheet(name as string).cell(at as string);
      return [name, at, cell.formula, cell.locked];
    });
    assert.deepEqual([written, expected.length], [expected, 25 * 2 + 7 * 2 * 2 + 3 * 2 + 2]);
  });

  it("paints failing totals with the layout's conditional formats", async () => {
    const book = new FakeWorkbook();
    await insertTemplate(book.run, OPTIONS);
    const written = book.sheets.flatMap((sheet) => sheet.conditionalFormats.map((f) => ({ sheet: sheet.name, range: f.range, type: f.type, formula: f.formula, fill: f.fill, fontColor: f.fontColor })));
    const expected = layout.sheets.flatMap((sheet) =>
      (sheet.conditionalFormats ?? []).map((f) => ({ sheet: sheet.name, range: f.range, type: "Custom", formula: f.formula, fill: f.fill, fontColor: f.fontColor })),
    );
    assert.deepEqual([written, expected.length > 0], [expected, true]);
  });
});
