import assert from "node:assert/strict";
import { ExcelHost } from "../../../src/hosts/excel/excel-host";
import { writeReportXlsx, writeTemplateXlsx } from "../../../src/hosts/file/write";
import { MARK_FILLS } from "../../../src/template/style";
import { Finding } from "../../../src/model/findings";
import { SHEET_NAMES } from "../../../src/model/sheet-names";
import { numberedReport } from "../../checks/builders";
import { openedInExcel } from "./opened-file";

const FIRST = "三|（一）予以公开|自然人";

// The add-in works on workbooks it did not insert: those of `nianbao template` and the offline page.
describe("Excel host on a workbook the file writer made", () => {
  it("marks findings on a template written by the file host, its sheets protected", async () => {
    const book = await openedInExcel(await writeTemplateXlsx("2021", 2025, "某某局"));
    assert.ok(book.sheet(SHEET_NAMES.三).protection, "the written sheets are protected");
    const host = new ExcelHost(book.run);
    const read = await host.read();
    const where = read.locations[FIRST];
    const finding: Finding = { rule: "测试", severity: "错误", message: "测试", cells: [{ ...where, table: "三", row: "（一）予以公开", column: "自然人", value: null }] };
    await host.mark([finding]);
    assert.equal(book.sheet(where.sheet).cell(where.address).fill, MARK_FILLS.错误);
    await host.clearMarks();
    assert.notEqual(book.sheet(where.sheet).cell(where.address).fill, MARK_FILLS.错误);
  });

  it("writes 正文 into a report written by the file host and fits its rows", async () => {
    const book = await openedInExcel(await writeReportXlsx(numberedReport("2021")));
    const host = new ExcelHost(book.run);
    const { report, locations } = await host.read();
    const section = Object.keys(report.text)[0] ?? "一、总体情况";
    await host.writeText({ [section]: "新的文字" }, report.text);
    const where = locations[section];
    assert.equal(book.sheet(where.sheet).value(where.address), "新的文字");
    assert.ok(book.sheet(where.sheet).autofitRows.has(Number(where.address.replace(/\D/g, ""))));
  });
});
