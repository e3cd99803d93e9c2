import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { fixture, nianbao, scratchFolder } from "./helpers";
import { consistentReport, withValues } from "../../checks/builders";

describe("nianbao check", () => {
  let folder: ReturnType<typeof scratchFolder>;
  beforeEach(() => (folder = scratchFolder()));
  afterEach(() => folder.remove());

  it("exits 0 and says 可以发布 and 全部通过 for a consistent, finished report", async () => {
    const finished = { ...consistentReport(21), fee: { charged: "否", cases: 0, amount: 0 } };
    const result = await nianbao("check", folder.json("ok.json", finished));
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /错误 0 个，警告 0 个，提示 0 个[\s\S]*结论：可以发布[\s\S]*全部通过/);
  });

  it("lists what would hold back export, as export would, when the tables are right but a placeholder would be published", async () => {
    const result = await nianbao("check", folder.json("fee.json", consistentReport(21)));
    assert.equal(result.code, 1);
    assert.match(result.stdout, /结论：有错误：1 处问题须先改正。[\s\S]*【导出前还须改正】\n {2}1\. 导出的年报“六、其他需要报告的事项”中会出现占位文字/);
  });

  it("exits 1 when the report has an error, headed in the words of the form, the rule and its operands indented under it", async () => {
    const report = consistentReport(21);
    const total = report.values["四|行政复议|总计"] as number;
    const broken = withValues(report, { "四|行政复议|总计": total + 1 });
    const result = await nianbao("check", folder.json("bad.json", broken));
    assert.equal(result.code, 1);
    assert.ok(result.stdout.includes(`【表四】\n[错误] 表四 行政复议 · 总计 E5：表四每组的总计等于各项结果之和，应为 ${total}，实为 ${total + 1}，多 1\n`), result.stdout);
    assert.match(result.stdout, /\n {4}NB-R04 表四“行政复议”的总计与各项结果之和不符：总计 四、复议诉讼!E5 = /);
    assert.match(result.stdout, /结论：有错误：1 个错误须先改正/);
    assert.match(result.stderr, /有错误：1 个错误须先改正/);
  });

  it("--json prints the verdict, the problems, and every finding's operands with sheet, address and official labels", async () => {
    const result = await nianbao("check", fixture("seed-xiangzhou-2020.json"), "--json");
    const output = JSON.parse(result.stdout);
    assert.deepEqual(Object.keys(output), ["verdict", "valid", "counts", "problemCounts", "problems", "findings", "blockers"]);
    assert.equal(output.verdict, "可以发布");
    assert.deepEqual(output.problemCounts, { 错误: 0, 警告: 2, 提示: 0 });
    assert.deepEqual([output.valid, output.counts], [true, { 错误: 0, 警告: 140, 提示: 0 }]);
    assert.deepEqual(output.findings[0].cells, [{ sheet: "二、主动公开", address: "D8", table: "二", row: "行政许可", column: "处理决定数量", value: null }]);
    assert.ok(output.findings.every((f: Record<string, unknown>) => typeof f.rule === "string" && typeof f.severity === "string" && typeof f.message === "string"));
  });

  it("checks an .xlsx written by nianbao import, against last year's file", async () => {
    const report = consistentReport(21);
    const xlsx = folder.file("report.xlsx");
    assert.equal((await nianbao("import", folder.json("report.json", report), "--out", xlsx)).code, 0);
    const previous = folder.json("previous.json", { ...consistentReport(3), year: report.year - 1 });
    const result = await nianbao("check", xlsx, "--previous", previous, "--json");
    const rules = new Set(JSON.parse(result.stdout).findings.map((f: { rule: string }) => f.rule));
    assert.ok(rules.has("NB-Y01"));
    assert.equal(result.code, 1);
  });

  it("exits 2 with the reason when the file is missing, not JSON, or of another type", async () => {
    const notJson = folder.file("broken.json");
    writeFileSync(notJson, "{ 不是 JSON");
    const outcomes = await Promise.all([nianbao("check", folder.file("none.json")), nianbao("check", notJson), nianbao("check", folder.file("report.pdf"))]);
    assert.deepEqual(outcomes.map((o) => o.code), [2, 2, 2]);
    assert.match(outcomes[0].stderr, /找不到文件/);
    assert.match(outcomes[1].stderr, /不是有效的 JSON/);
    assert.match(outcomes[2].stderr, /不是能读取的年报文件。请给出年报工作簿（\.xlsx）、数据文件（\.json），或发布的年报网页/);
  });

  it("says in Chinese on which line and column a broken JSON file goes wrong", async () => {
    const broken = folder.file("broken.json");
    writeFileSync(broken, '{\n  "format": "2021",\n  year: 2025\n}');
    assert.match((await nianbao("check", broken)).stderr, /第 3 行第 3 个字符附近有误/);
  });

  it("exits 2 naming the file when last year's report cannot be read", async () => {
    const result = await nianbao("check", folder.json("ok.json", consistentReport(21)), "--previous", folder.file("last.json"));
    assert.equal(result.code, 2);
    assert.match(result.stderr, /last\.json/);
  });

  describe("says the same verdict as export", () => {
    /** Both commands on the same workbook (export reads workbooks: a JSON report is imported first). */
    const verdicts = async (given: string) => {
      const file = given.endsWith(".json") ? folder.file("report.xlsx") : given;
      if (file !== given) assert.equal((await nianbao("import", given, "--out", file)).code, 0);
      const check = await nianbao("check", file);
      const exported = await nianbao("export", file, "--html", folder.file("out.html"));
      return { check: check.code, export: exported.code, said: /结论：(\S+?)：/u.exec(check.stdout)?.[1] };
    };

    it("a blank template: 尚未填写, and neither check nor export passes it", async () => {
      const template = folder.file("blank.xlsx");
      assert.equal((await nianbao("template", "--format", "2021", "--year", "2025", "--agency", "某某局", "--out", template)).code, 0);
      assert.deepEqual(await verdicts(template), { check: 1, export: 1, said: "尚未填写" });
    });

    it("the seed report: 可以发布 with warnings, and export writes it", async () => {
      assert.deepEqual(await verdicts(fixture("seed-xiangzhou-2020.json")), { check: 0, export: 0, said: "可以发布" });
    });

    it("a report with a wrong total: 有错误, and export holds it back", async () => {
      const report = consistentReport(21);
      const broken = withValues(report, { "四|行政复议|总计": (report.values["四|行政复议|总计"] as number) + 1 });
      assert.deepEqual(await verdicts(folder.json("bad.json", broken)), { check: 1, export: 1, said: "有错误" });
    });
  });
});
