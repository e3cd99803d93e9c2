import assert from "node:assert/strict";
import { FunctionReads } from "../../../src/apps/functions/workbook";
import { ExcelHost } from "../../../src/hosts/excel/excel-host";
import { SHEET_NAMES } from "../../../src/model/sheet-names";
import { INFO_FIELDS } from "../../../src/model/report";
import { FakeWorkbook } from "../../hosts/excel/fake-excel";

const OPTIONS = { format: "2021", year: 2024, agency: "旧机关", whenSheetsExist: "ask" } as const;
const FIRST = "三|（一）予以公开|自然人";

async function insertedBook(): Promise<{ book: FakeWorkbook; reads: FunctionReads; figures: string }> {
  const book = new FakeWorkbook();
  await new ExcelHost(book.run).insertTemplate(OPTIONS);
  const read = await new ExcelHost(book.run).read();
  const at = read.locations[FIRST];
  return { book, reads: new FunctionReads(book.run), figures: `'${at.sheet}'!${at.address}` };
}

describe("custom functions: reading the open workbook", () => {
  it("reads the template the pane inserted last, as 校验 does, not an older report beside it", async () => {
    const book = new FakeWorkbook();
    const host = new ExcelHost(book.run);
    await host.insertTemplate(OPTIONS);
    await host.insertTemplate({ ...OPTIONS, year: 2025, agency: "新机关", whenSheetsExist: "beside" });
    const { report } = await new FunctionReads(book.run).read();
    assert.deepEqual([report.agency, report.year], ["新机关", 2025]);
  });

  it("reads only the report's sheets, not a big sheet beside them", async () => {
    const { book, reads } = await insertedBook();
    // Far beyond one response's 5 MB if it were read.
    book.addSheet("原始数据").cell("Z400000").value = "大量数据";
    const { report } = await reads.read();
    assert.equal(report.agency, "旧机关");
  });

  it("serves every call of a recalculation wave from one read", async () => {
    const { book, reads, figures } = await insertedBook();
    const before = book.syncs;
    await Promise.all(Array.from({ length: 20 }, () => reads.read([[""]], figures)));
    await reads.read([[""]], figures);
    assert.equal(book.syncs - before, 2);
  });

  it("reads again once the workbook changed, or when Excel passes figures the last read does not hold", async () => {
    const { book, reads, figures } = await insertedBook();
    await reads.read([[""]], figures);
    const at = figures.split("!")[1];
    book.sheet(SHEET_NAMES.三).cell(at).value = 7;
    // The figures Excel recalculated with show the edit, though no event has said so yet.
    assert.equal((await reads.read([[7]], figures)).report.values[FIRST], 7);
    // A change elsewhere, which the figures cannot show: Excel's change event ends the wave.
    const agency = (await new ExcelHost(book.run).read()).locations[INFO_FIELDS.agency];
    await book.personEdits(agency.sheet, agency.address, "新机关");
    assert.equal((await reads.read([[7]], figures)).report.agency, "新机关");
  });

  it("waits while a person edits a cell instead of failing", async () => {
    const { book, reads } = await insertedBook();
    book.entersCell();
    const reading = reads.read();
    setTimeout(() => book.leavesCell(), 10);
    assert.equal((await reading).report.agency, "旧机关");
  });
});
