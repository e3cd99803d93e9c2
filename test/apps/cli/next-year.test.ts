import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { loadWorkbook } from "../../hosts/file/helpers";
import { nianbao, scratchFolder } from "./helpers";
import { numberedReport } from "../../checks/builders";
import { readReportXlsx } from "../../../src/hosts/file/report-file";
import { templateLocations } from "../../../src/reading/read";
import { cellId, inputCells } from "../../../src/model/cells";
import { getFormat } from "../../../src/model/formats";
import { reportHtml } from "../../../src/export/html";
import { Report } from "../../../src/model/report";
import { CellValue } from "../../../src/model/types";

const COLUMNS = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"];
const carriedIn = (column: string) => cellId("三", "二、上年结转政府信息公开申请数量", column);
const carriedOut = (column: string) => cellId("三", "四、结转下年度继续办理", column);

/** Types values into a workbook as a person would in a spreadsheet application, by the template's addresses. */
async function typeInto(file: string, report: Report, changes: Readonly<Record<string, CellValue>>): Promise<void> {
  const workbook = await loadWorkbook(readFileSync(file));
  const where = templateLocations(getFormat(report.format));
  for (const [id, value] of Object.entries(changes)) workbook.getWorksheet(where[id].sheet)!.getCell(where[id].address).value = value;
  writeFileSync(file, new Uint8Array(await workbook.xlsx.writeBuffer()));
}

describe("nianbao next-year", () => {
  let folder: ReturnType<typeof scratchFolder>;
  beforeEach(() => (folder = scratchFolder()));
  afterEach(() => folder.remove());

  for (const [format, year] of [["2021", 2024], ["2019", 2020]] as const) {
    it(`from a ${format}-format workbook on ${year}: the next year's template, 上年结转 carried and marked, all else blank`, async () => {
      const previous = { ...numberedReport(format, year), fee: { charged: "否", cases: 0, amount: 0 } };
      const out = folder.file("next.xlsx");
      const result = await nianbao("next-year", await folder.xlsx("last.xlsx", previous), "--out", out);
      assert.equal(result.code, 0, result.stderr);
      assert.match(result.stdout, new RegExp(`${year + 1} 年年报，表三“二、上年结转”的 7 个单元格取自 ${year} 年`, "u"));
      const read = await readReportXlsx(readFileSync(out));
      assert.deepEqual([read.report.format, read.report.year, read.report.agency, read.report.fee.charged], ["2021", year + 1, previous.agency, "否"]);
      assert.deepEqual(COLUMNS.map((c) => read.report.values[carriedIn(c)]), COLUMNS.map((c) => previous.values[carriedOut(c)]));
      const blank = inputCells(getFormat("2021")).filter((cell) => !COLUMNS.some((c) => carriedIn(c) === cell.id));
      assert.ok(blank.every((cell) => read.report.values[cell.id] === null));
      assert.ok(Object.values(read.report.text).every((text) => text.trim() === ""), JSON.stringify(read.report.text));
      assert.deepEqual(read.issues, []);
      assert.deepEqual(read.previous?.values, previous.values);

      const workbook = await loadWorkbook(readFileSync(out));
      const where = templateLocations(getFormat("2021"))[carriedIn("自然人")];
      assert.match(String(workbook.getWorksheet(where.sheet)!.getCell(where.address).note), new RegExp(`由 ${year} 年年报表三“四、结转下年度继续办理”带入`, "u"));
      assert.equal(workbook.getWorksheet("上年数字")!.state, "hidden");
    });
  }

  it("the new workbook's cross-year checks run with no --previous; --previous given wins", async () => {
    const previous = numberedReport("2021", 2024);
    const out = folder.file("2025.xlsx");
    assert.equal((await nianbao("next-year", folder.json("2024.json", previous), "--out", out)).code, 0);
    const next = (await readReportXlsx(readFileSync(out))).report;
    const rules = async (...extra: string[]) => {
      const result = await nianbao("check", out, "--json", ...extra);
      return { rules: JSON.parse(result.stdout).findings.map((f: { rule: string }) => f.rule) as string[], stderr: result.stderr };
    };
    const untouched = await rules();
    assert.ok(!untouched.rules.includes("NB-Y01"));
    assert.match(untouched.stderr, /跨年度核对：使用工作簿中存着的 2024 年数字/u);

    // A clerk overtypes a carried figure and copies last year's 表四 forward.
    const review = Object.fromEntries(inputCells(getFormat("2021")).filter((c) => c.table === "四").map((c) => [c.id, previous.values[c.id]]));
    await typeInto(out, next, { [carriedIn("自然人")]: 999, ...review });
    const typed = await rules();
    assert.ok(typed.rules.includes("NB-Y01") && typed.rules.includes("NB-Y03"), typed.rules.join(" "));

    const other = folder.json("other-2024.json", { ...previous, values: { ...previous.values, [carriedOut("自然人")]: 999, [cellId("四", "行政复议", "结果维持")]: 0 } });
    const given = await rules("--previous", other);
    assert.ok(!given.rules.includes("NB-Y01") && !given.rules.includes("NB-Y03"), given.rules.join(" "));
    assert.match(given.stderr, /以 --previous 给出的上年年报为准/u);
  });

  it("calls the new workbook 尚未填写 (its carried 上年结转 are not this year's figures) until a figure of this year is typed", async () => {
    const previous = { ...numberedReport("2021", 2024), fee: { charged: "否", cases: 0, amount: 0 } };
    const out = folder.file("2025.xlsx");
    assert.equal((await nianbao("next-year", folder.json("2024.json", previous), "--out", out)).code, 0);
    const verdict = async (file: string) => JSON.parse((await nianbao("check", file, "--json")).stdout).verdict as string;
    assert.equal(await verdict(out), "尚未填写");
    const batch = await nianbao("check", out, folder.json("other.json", previous));
    assert.match(batch.stdout, /2025\.xlsx：尚未填写：表格中还没有填本年的数字/u);

    const next = (await readReportXlsx(readFileSync(out))).report;
    await typeInto(out, next, { [cellId("三", "一、本年新收政府信息公开申请数量", "自然人")]: 4 });
    assert.equal(await verdict(out), "有错误");
  });

  it("starts from a published page too", async () => {
    const previous = { ...numberedReport("2021", 2024), fee: { charged: "否", cases: 0, amount: 0 } };
    const page = folder.file("2024.html");
    writeFileSync(page, reportHtml(previous));
    const out = folder.file("2025.xlsx");
    const result = await nianbao("next-year", page, "--out", out);
    assert.equal(result.code, 0, result.stderr);
    const read = await readReportXlsx(readFileSync(out));
    assert.deepEqual(COLUMNS.map((c) => read.report.values[carriedIn(c)]), COLUMNS.map((c) => previous.values[carriedOut(c)]));
  });

  it("refuses a report whose year is unknown, writing nothing", async () => {
    const text = folder.file("noyear.txt");
    writeFileSync(text, ["三、收到和处理政府信息公开申请情况", "申请人情况", "四、结转下年度继续办理 | 1 | 0 | 0 | 0 | 0 | 0 | 1"].join("\n"));
    const result = await nianbao("next-year", text, "--out", folder.file("next.xlsx"));
    assert.equal(result.code, 1);
    assert.match(result.stderr, /没有写明报告年度，无法确定下一年度/u);
  });
});
