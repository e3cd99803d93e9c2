import assert from "node:assert/strict";
import { ExcelHost } from "../../../src/hosts/excel/excel-host";
import { MARK_FILLS } from "../../../src/hosts/excel/marks";
import { Finding, Severity } from "../../../src/checks/types";
import { INPUT_FILL, SHEET_NAMES } from "../../../src/report/layout";
import { ReadResult } from "../../../src/report/read";
import { FakeWorkbook } from "./fake-excel";

const OPTIONS = { format: "2021", year: 2025, agency: "某某市某某局", whenSheetsExist: "ask" } as const;
const FIRST = "三|（一）予以公开|自然人";
const SECOND = "三|（一）予以公开|商业企业";

async function insertedBook(): Promise<{ book: FakeWorkbook; host: ExcelHost; read: ReadResult }> {
  const book = new FakeWorkbook();
  const host = new ExcelHost(book.run);
  await host.insertTemplate(OPTIONS);
  const read = await host.read();
  return { book, host, read };
}

function findingAt(read: ReadResult, id: string, severity: Severity = "错误"): Finding {
  const where = read.locations[id];
  const [table, row, column] = id.split("|");
  return { rule: "测试", severity, message: "测试", cells: [{ ...where, table: table as "三", row, column, value: null }] };
}

describe("Excel host: reading and marking", () => {
  it("reads back the agency and year of an inserted template", async () => {
    const { read } = await insertedBook();
    assert.equal(read.report.agency, "某某市某某局");
    assert.equal(read.report.year, 2025);
  });

  it("reads the whole workbook in one sync once it knows the sheets", async () => {
    const { book, host } = await insertedBook();
    const before = book.syncs;
    await host.read();
    assert.equal(book.syncs - before, 1);
  });

  it("reads a typed number, keeps an error code and treats a blank as blank", async () => {
    const { book, host, read } = await insertedBook();
    const sheet = book.sheet(SHEET_NAMES.三);
    sheet.cell(read.locations[FIRST].address).value = 12;
    sheet.cell(read.locations[SECOND].address).value = "#REF!";
    const again = await host.read();
    assert.equal(again.report.values[FIRST], 12);
    assert.equal(again.report.values[SECOND], "#REF!");
    assert.equal(again.report.values["三|（一）予以公开|其他"], null);
  });

  it("reads again correctly after a sheet was renamed", async () => {
    const { book, host } = await insertedBook();
    book.sheet(SHEET_NAMES.三).name = "依申请";
    const read = await host.read();
    assert.equal(read.locations[FIRST].sheet, "依申请");
  });

  it("marks in one sync whatever the number of findings", async () => {
    const { book, host, read } = await insertedBook();
    const all = Object.keys(read.locations).map((id) => findingAt(read, id));
    const before = book.syncs;
    await host.mark(all);
    assert.equal(book.syncs - before, 1);
  });

  it("paints a failing cell without changing the value a person typed", async () => {
    const { book, host, read } = await insertedBook();
    const at = read.locations[FIRST].address;
    book.sheet(SHEET_NAMES.三).cell(at).value = 73;
    await host.mark([findingAt(await host.read(), FIRST)]);
    assert.equal(book.sheet(SHEET_NAMES.三).cell(at).fill, MARK_FILLS["错误"]);
    assert.equal(book.sheet(SHEET_NAMES.三).value(at), 73);
  });

  it("marks cells on the protected template sheets", async () => {
    const { book, host, read } = await insertedBook();
    assert.ok(book.sheet(SHEET_NAMES.三).protection);
    await host.mark([findingAt(read, FIRST)]);
    assert.equal(book.sheet(SHEET_NAMES.三).cell(read.locations[FIRST].address).fill, MARK_FILLS["错误"]);
  });

  it("gives a fixed cell its own fill back at the next marking", async () => {
    const { book, host, read } = await insertedBook();
    await host.mark([findingAt(read, FIRST), findingAt(read, SECOND)]);
    await host.read();
    await host.mark([findingAt(read, FIRST)]);
    assert.equal(book.sheet(SHEET_NAMES.三).cell(read.locations[SECOND].address).fill, INPUT_FILL);
    assert.equal(book.sheet(SHEET_NAMES.三).cell(read.locations[FIRST].address).fill, MARK_FILLS["错误"]);
  });

  it("clears every mark on request, restoring no fill where there was none", async () => {
    const { book, host, read } = await insertedBook();
    const bare = book.addSheet("备注");
    bare.setValues([["说明"]]);
    await host.read();
    const finding: Finding = { ...findingAt(read, FIRST), cells: [...findingAt(read, FIRST).cells, { sheet: "备注", address: "A1", table: "三", row: "", column: "", value: "说明" }] };
    await host.mark([finding]);
    await host.clearMarks();
    assert.equal(book.sheet(SHEET_NAMES.三).cell(read.locations[FIRST].address).fill, INPUT_FILL);
    assert.equal(bare.cell("A1").fill, null);
  });

  it("clears marks left by an earlier session from the record kept in the workbook", async () => {
    const { book, host, read } = await insertedBook();
    await host.mark([findingAt(read, FIRST)]);
    const later = new ExcelHost(book.run);
    await later.read();
    await later.clearMarks();
    assert.equal(book.sheet(SHEET_NAMES.三).cell(read.locations[FIRST].address).fill, INPUT_FILL);
  });

  it("keeps the original fill when a marked cell's severity changes", async () => {
    const { book, host, read } = await insertedBook();
    await host.mark([findingAt(read, FIRST, "警告")]);
    await host.read();
    await host.mark([findingAt(read, FIRST, "错误")]);
    await host.read();
    await host.clearMarks();
    assert.equal(book.sheet(SHEET_NAMES.三).cell(read.locations[FIRST].address).fill, INPUT_FILL);
  });

  it("selects a finding's cell on its sheet in one sync", async () => {
    const { book, host, read } = await insertedBook();
    const before = book.syncs;
    await host.select(read.locations[FIRST]);
    assert.equal(book.selection, `${SHEET_NAMES.三}!${read.locations[FIRST].address}`);
    assert.equal(book.activeSheet, SHEET_NAMES.三);
    assert.equal(book.syncs - before, 1);
  });
});
