import assert from "node:assert/strict";
import { ExcelHost } from "../../../src/hosts/excel/excel-host";
import { readReportXlsx } from "../../../src/hosts/file/report-file";
import { SHEET_NAMES } from "../../../src/model/sheet-names";
import { FakeWorkbook } from "./fake-excel";
import { readWorkbookGrid } from "../../../src/hosts/file/read";
import { PREVIOUS_SHEET } from "../../../src/template/previous-sheet";
import { ReadResult } from "../../../src/reading/read";
import { runChecks } from "../../../src/checks/run";

const CARRIED_OUT = (column: string) => `三|四、结转下年度继续办理|${column}`;
const CARRIED_IN = (column: string) => `三|二、上年结转政府信息公开申请数量|${column}`;

describe("Excel host: 新建下一年度", () => {
  const globals = globalThis as { Excel?: unknown };
  let saved: unknown;
  let opened: string[];
  beforeEach(() => {
    saved = globals.Excel;
    opened = [];
    globals.Excel = { createWorkbook: async (base64: string) => void opened.push(base64) };
  });
  afterEach(() => (globals.Excel = saved));

  it("opens next year's workbook in Excel, 上年结转 from this one's 结转下年度, and leaves this one as it is", async () => {
    const book = new FakeWorkbook();
    const host = new ExcelHost(book.run);
    await host.insertTemplate({ format: "2021", year: 2024, agency: "某某市某某局", whenSheetsExist: "ask" });
    const read = await host.read();
    const sheet = book.sheet(SHEET_NAMES.三);
    sheet.cell(read.locations[CARRIED_OUT("自然人")].address).value = 3;
    sheet.cell(read.locations[CARRIED_OUT("总计")].address).value = 4;
    const before = JSON.stringify((await host.read()).report);

    const result = await host.nextYear();
    assert.deepEqual(result, { status: "opened", year: 2025, previousYear: 2024 });
    assert.equal(opened.length, 1);
    const next = await readReportXlsx(new Uint8Array(Buffer.from(opened[0], "base64")));
    assert.deepEqual([next.report.year, next.report.agency], [2025, "某某市某某局"]);
    assert.deepEqual([next.report.values[CARRIED_IN("自然人")], next.report.values[CARRIED_IN("总计")], next.report.values[CARRIED_IN("其他")]], [3, 4, null]);
    assert.equal(next.previous?.values[CARRIED_OUT("自然人")], 3);
    assert.equal(JSON.stringify((await host.read()).report), before);
  });

  it("in the workbook Excel opened, the cross-year checks run against the figures it keeps", async () => {
    const first = new FakeWorkbook();
    const host = new ExcelHost(first.run);
    await host.insertTemplate({ format: "2021", year: 2024, agency: "某某市某某局", whenSheetsExist: "ask" });
    const read = await host.read();
    first.sheet(SHEET_NAMES.三).cell(read.locations[CARRIED_OUT("自然人")].address).value = 3;
    await host.nextYear();
    // The new workbook as Excel holds it: every sheet of the file, last year's hidden.
    const opened2025 = new FakeWorkbook();
    for (const sheet of (await readWorkbookGrid(new Uint8Array(Buffer.from(opened[0], "base64")))).sheets) {
      const fake = opened2025.addSheet(sheet.name).setValues(sheet.values.map((row) => [...row]));
      if (sheet.name === PREVIOUS_SHEET) fake.visibility = "Hidden";
    }
    const next = new ExcelHost(opened2025.run);
    const nextRead = await next.read();
    assert.equal(nextRead.previous?.year, 2024);
    const rules = (r: ReadResult) => runChecks({ read: r }).findings.map((f) => f.rule);
    assert.ok(!rules(nextRead).includes("NB-Y01"));
    opened2025.sheet(SHEET_NAMES.三).cell(nextRead.locations[CARRIED_IN("自然人")].address).value = 5;
    assert.ok(rules(await next.read()).includes("NB-Y01"));
  });

  it("says in Chinese why it cannot start the next year when this one's 报告年度 is blank", async () => {
    const book = new FakeWorkbook();
    const host = new ExcelHost(book.run);
    await host.insertTemplate({ format: "2021", year: 2024, agency: "某某市某某局", whenSheetsExist: "ask" });
    const read = await host.read();
    book.sheet(read.locations["报告年度"].sheet).cell(read.locations["报告年度"].address).value = "";
    await assert.rejects(host.nextYear(), (error: { code?: string; message: string }) => error.code === "unknownYear" && /报告年度空白/u.test(error.message));
    assert.equal(opened.length, 0);
  });
});
