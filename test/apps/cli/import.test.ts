import assert from "node:assert/strict";
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import iconv from "iconv-lite";
import { fixture, nianbao, scratchFolder } from "./helpers";
import { fixtureReport } from "../../fixtures/load";
import { readReportXlsx } from "../../../src/hosts/file/report-file";
import { reportFromJson } from "../../../src/model/json";
import { reportHtml } from "../../../src/export/html";
import { consistentReport, withValues } from "../../checks/builders";

describe("nianbao import of a published report", () => {
  let folder: ReturnType<typeof scratchFolder>;
  beforeEach(() => (folder = scratchFolder()));
  afterEach(() => folder.remove());
  const seed = fixtureReport("seed-xiangzhou-2020.json");

  it("turns the seed's text copy into a workbook holding exactly its figures, the agency given", async () => {
    const out = folder.file("seed.xlsx");
    const result = await nianbao("import", fixture("seed-xiangzhou-2020.txt"), "--out", out, "--agency", "襄州区民政局");
    assert.equal(result.code, 0, result.stderr);
    const read = await readReportXlsx(readFileSync(out));
    assert.deepEqual(read.report.values, seed.values);
    assert.deepEqual([read.report.format, read.report.year, read.report.agency], ["2019", 2020, "襄州区民政局"]);
    assert.match(result.stderr, /第158行：章节标题“五、存在的主要问题和改进措施”/u);
  });

  it("--json writes the contract's JSON, which reads back to the same figures", async () => {
    const page = folder.file("page.html");
    writeFileSync(page, iconv.encode(reportHtml(seed).replace('<meta charset="utf-8">', '<meta charset="gbk">'), "gbk"));
    const result = await nianbao("import", page, "--json");
    assert.equal(result.code, 0, result.stderr);
    const json = reportFromJson(JSON.parse(readFileSync(folder.file("page.json"), "utf8")));
    assert.deepEqual(json.values, seed.values);
  });

  it("says which figures it could not place, with their lines, and still writes the rest", async () => {
    const text = folder.file("copy.txt");
    writeFileSync(text, ["某某局2024年政府信息公开工作年度报告", "二、主动公开政府信息情况", "第二十条第（一）项", "信息内容", "本年制发件数", "本年废止件数", "现行有效件数", "规章", "0 0 0", "行政规范性文件", "3", "18"].join("\n"));
    const result = await nianbao("import", text, "--json");
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stderr, /第10行：表二“行政规范性文件”后只有 2 个数（应有 3 个）/u);
    const json = JSON.parse(readFileSync(folder.file("copy.json"), "utf8"));
    assert.deepEqual([json.agency, json.year, json.二.规章.本年制发件数, json.二.行政规范性文件.现行有效件数], ["某某局", 2024, 0, null]);
  });

  it("refuses JSON without a year rather than write one it cannot read again; --year supplies it", async () => {
    const text = folder.file("noyear.txt");
    writeFileSync(text, ["二、主动公开政府信息情况", "第二十条第（五）项", "信息内容", "本年处理决定数量", "行政许可", "12"].join("\n"));
    const refused = await nianbao("import", text, "--json");
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /没有写明报告所述的年度/u);
    assert.equal(existsSync(folder.file("noyear.json")), false);
    const given = await nianbao("import", text, "--json", "--year", "2023");
    assert.equal(given.code, 0, given.stderr);
    assert.equal(JSON.parse(readFileSync(folder.file("noyear.json"), "utf8")).year, 2023);
  });

  it("refuses a page that holds no report, in Chinese, and writes nothing", async () => {
    const page = folder.file("news.html");
    writeFileSync(page, "<html><body><p>今日要闻</p></body></html>");
    const result = await nianbao("import", page);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /“.*news\.html”：没有在文件中找到年报的表格或章节标题/u);
    assert.equal(existsSync(folder.file("news.xlsx")), false);
  });
});

describe("nianbao check with a published report", () => {
  let folder: ReturnType<typeof scratchFolder>;
  beforeEach(() => (folder = scratchFolder()));
  afterEach(() => folder.remove());

  it("checks a saved page as it stands: a consistent one passes, a wrong total is found", async () => {
    const report = { ...consistentReport(21), fee: { charged: "否", cases: 0, amount: 0 } };
    const page = folder.file("report.html");
    writeFileSync(page, reportHtml(report));
    const passed = await nianbao("check", page, "--json");
    assert.equal(passed.code, 0, passed.stdout + passed.stderr);
    writeFileSync(page, reportHtml(withValues(report, { "四|行政复议|总计": (report.values["四|行政复议|总计"] as number) + 1 })));
    const failed = await nianbao("check", page, "--json");
    assert.equal(failed.code, 1);
    assert.ok(JSON.parse(failed.stdout).findings.some((f: { rule: string; message: string }) => f.rule === "NB-R04" && f.message.includes("行政复议")));
  });

  it("--previous last-year.html: this year's 上年结转 against last year's published 结转下年度", async () => {
    const current = consistentReport(21);
    const lastYear = { ...consistentReport(3), year: current.year - 1 };
    const page = folder.file("last-year.html");
    writeFileSync(page, reportHtml(lastYear));
    const carried = (column: string) => lastYear.values[`三|四、结转下年度继续办理|${column}`];
    const matching = withValues(current, Object.fromEntries(["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"].map((c) => [`三|二、上年结转政府信息公开申请数量|${c}`, carried(c)])));
    const rulesOf = async (name: string, report: typeof current) => {
      const result = await nianbao("check", folder.json(name, report), "--previous", page, "--json");
      return JSON.parse(result.stdout).findings.map((f: { rule: string }) => f.rule) as string[];
    };
    assert.ok((await rulesOf("current.json", current)).includes("NB-Y01"));
    assert.ok(!(await rulesOf("matching.json", matching)).includes("NB-Y01"));
  });
});
