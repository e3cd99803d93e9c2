import assert from "node:assert/strict";
import { ExcelHost } from "../../../src/hosts/excel/excel-host";
import { Review, REVIEW_SHEET } from "../../../src/model/review";
import { FakeWorkbook } from "./fake-excel";

const OPTIONS = { format: "2021", year: 2025, agency: "某某市某某局", whenSheetsExist: "ask" } as const;
const review = (reason: string): Review => ({ rules: ["NB-C02"], cells: ["三、依申请公开!D5"], values: ["０"], reason, date: "2026-01-10" });

describe("Excel host: 已核实 kept in the workbook", () => {
  it("adds the very hidden review sheet on the first review and a row for each later one, read back by the next read", async () => {
    const book = new FakeWorkbook();
    const host = new ExcelHost(book.run);
    await host.insertTemplate(OPTIONS);
    await host.addReview(review("第一条"));
    await host.addReview(review("第二条"));
    assert.equal(book.sheet(REVIEW_SHEET).visibility, "VeryHidden");
    assert.deepEqual((await host.read()).reviews.map((r) => r.reason), ["第一条", "第二条"]);
  });

  it("refuses to write into a person's own sheet of that name", async () => {
    const book = new FakeWorkbook();
    const host = new ExcelHost(book.run);
    await host.insertTemplate(OPTIONS);
    book.addSheet(REVIEW_SHEET).cell("A1").value = "我的记录";
    await assert.rejects(host.addReview(review("x")), /已有一张名为“校验记录”的工作表/);
    assert.equal(book.sheet(REVIEW_SHEET).cell("A2").value, null);
  });
});
