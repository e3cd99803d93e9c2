import assert from "node:assert/strict";
import { ExcelHost } from "../../../src/hosts/excel/excel-host";
import { MARK_FILLS } from "../../../src/template/style";
import { Finding, Severity } from "../../../src/model/findings";
import { INPUT_FILL } from "../../../src/template/style";
import { SHEET_NAMES } from "../../../src/model/sheet-names";
import { ReadResult } from "../../../src/reading/read";
import { INFO_FIELDS } from "../../../src/model/report";
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

  it("takes two syncs for its first read in a session", async () => {
    const { book } = await insertedBook();
    const before = book.syncs;
    await new ExcelHost(book.run).read();
    assert.equal(book.syncs - before, 2);
  });

  it("reads a sheet whose formatting reaches Excel's last row, loading values only", async () => {
    const { book, host } = await insertedBook();
    book.sheet(SHEET_NAMES.三).formattedThrough = "K1048576";
    const read = await host.read();
    assert.equal(read.locations[FIRST].sheet, SHEET_NAMES.三);
    assert.equal(book.cellPropertiesLoaded, 0);
  });

  it("passes on a failure other than a vanished sheet at once, as it is", async () => {
    const { book, host } = await insertedBook();
    book.sheet(SHEET_NAMES.三).cell("Z400000").value = "远处的数值";
    const before = book.syncs;
    await assert.rejects(host.read(), (error: { code?: string }) => error.code === "RequestPayloadSizeLimitExceeded");
    assert.equal(book.syncs - before, 1);
  });

  it("marks in two syncs whatever the number of findings", async () => {
    const { book, host, read } = await insertedBook();
    const all = Object.keys(read.locations).map((id) => findingAt(read, id));
    const before = book.syncs;
    await host.mark(all);
    assert.equal(book.syncs - before, 2);
  });

  it("reads the fills of the cells it paints for the first time, and no others", async () => {
    const { book, host, read } = await insertedBook();
    await host.mark([findingAt(read, FIRST)]);
    await host.read();
    await host.mark([findingAt(read, FIRST), findingAt(read, SECOND)]);
    assert.equal(book.cellPropertiesLoaded, 2);
  });

  it("writes nothing when the marks are already as the findings want them", async () => {
    const { book, host, read } = await insertedBook();
    await host.mark([findingAt(read, FIRST)]);
    await host.read();
    const before = book.syncs;
    await host.mark([findingAt(read, FIRST)]);
    assert.equal(book.syncs - before, 0);
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

  it("leaves a sheet re-protected without 'format cells' as it is and names it, marking the other sheets", async () => {
    const { book, host, read } = await insertedBook();
    // What Excel's own 保护工作表 dialog gives by default: select cells, nothing else.
    book.sheet(SHEET_NAMES.三).protection = { allowFormatCells: false, allowFormatColumns: false, allowFormatRows: false };
    const agency = findingAt(read, INFO_FIELDS.agency);
    const outcome = await host.mark([findingAt(read, FIRST), agency]);
    assert.deepEqual(outcome.refused, [SHEET_NAMES.三]);
    assert.equal(book.sheet(SHEET_NAMES.三).cell(read.locations[FIRST].address).fill, INPUT_FILL);
    assert.equal(book.sheet(SHEET_NAMES.info).cell(read.locations[INFO_FIELDS.agency].address).fill, MARK_FILLS["错误"]);
  });

  it("keeps the marks of a sheet re-protected later recorded, so they are cleared once it is unprotected", async () => {
    const { book, host, read } = await insertedBook();
    await host.mark([findingAt(read, FIRST)]);
    await host.read();
    book.sheet(SHEET_NAMES.三).protection = { allowFormatCells: false };
    assert.deepEqual((await host.mark([])).refused, [SHEET_NAMES.三]);
    book.sheet(SHEET_NAMES.三).protection = null;
    await new ExcelHost(book.run).clearMarks();
    assert.equal(book.sheet(SHEET_NAMES.三).cell(read.locations[FIRST].address).fill, INPUT_FILL);
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

  it("clears marks left by an earlier session without reading first, in two syncs", async () => {
    const { book, host, read } = await insertedBook();
    await host.mark([findingAt(read, FIRST)]);
    const later = new ExcelHost(book.run);
    const before = book.syncs;
    await later.clearMarks();
    assert.equal(book.sheet(SHEET_NAMES.三).cell(read.locations[FIRST].address).fill, INPUT_FILL);
    assert.equal(book.syncs - before, 2);
  });

  it("leaves a cell that had no fill without one after marking it twice and clearing", async () => {
    const { book, host } = await insertedBook();
    const bare = book.addSheet("备注").setValues([["说明"]]);
    const note: Finding = { rule: "测试", severity: "错误", message: "测试", cells: [{ sheet: "备注", address: "A1", table: "三", row: "", column: "", value: "说明" }] };
    await host.read();
    await host.mark([note]);
    await host.read();
    await host.mark([note, { ...note, severity: "警告" }]);
    await host.read();
    await host.mark([{ ...note, severity: "警告" }]);
    await host.clearMarks();
    assert.equal(bare.cell("A1").fill, null);
  });

  it("reads the template inserted beside an older report, not the older one", async () => {
    const book = new FakeWorkbook();
    const host = new ExcelHost(book.run);
    await host.insertTemplate({ ...OPTIONS, year: 2024 });
    await host.read();
    await host.insertTemplate({ ...OPTIONS, year: 2025, agency: "新机关", whenSheetsExist: "beside" });
    for (const reader of [host, new ExcelHost(book.run)]) {
      const read = await reader.read();
      assert.equal(read.report.year, 2025);
      assert.equal(read.report.agency, "新机关");
      assert.equal(read.locations[FIRST].sheet, `${SHEET_NAMES.三} (2)`);
    }
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

  it("waits while a person is typing in a cell instead of failing, for reading, marking and writing", async () => {
    const { book, host, read } = await insertedBook();
    book.entersCell();
    const done = Promise.all([host.read(), host.mark([findingAt(read, FIRST)]), host.fillZeros([read.locations[SECOND]])]);
    await new Promise((resolve) => setTimeout(resolve, 10));
    assert.equal(book.sheet(SHEET_NAMES.三).value(read.locations[SECOND].address), null, "nothing happens while the cell is being edited");
    book.leavesCell();
    await done;
    assert.equal(book.sheet(SHEET_NAMES.三).value(read.locations[SECOND].address), 0);
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
