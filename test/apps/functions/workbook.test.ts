import assert from "node:assert/strict";
import { readOpenWorkbook } from "../../../src/apps/functions/workbook";
import { ExcelHost } from "../../../src/hosts/excel/excel-host";
import { FakeWorkbook } from "../../hosts/excel/fake-excel";

const OPTIONS = { format: "2021", year: 2024, agency: "旧机关", whenSheetsExist: "ask" } as const;

describe("custom functions: reading the open workbook", () => {
  it("reads the template the pane inserted last, as 校验 does, not an older report beside it", async () => {
    const book = new FakeWorkbook();
    const host = new ExcelHost(book.run);
    await host.insertTemplate(OPTIONS);
    await host.insertTemplate({ ...OPTIONS, year: 2025, agency: "新机关", whenSheetsExist: "beside" });
    const { report } = await readOpenWorkbook(book.run);
    assert.deepEqual([report.agency, report.year], ["新机关", 2025]);
  });
});
