import assert from "node:assert/strict";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { nianbao, scratchFolder } from "./helpers";
import { row3, sampleReport } from "../../narrative/sample";

describe("cli: nianbao export --docx/--html and nianbao narrative", function () {
  this.timeout(60000);
  let folder: ReturnType<typeof scratchFolder>;
  beforeEach(() => (folder = scratchFolder()));
  afterEach(() => folder.remove());
  const workbook = (report = sampleReport()) => folder.xlsx("report.xlsx", report);
  /** （七）总计 off by 100: an error of the checks. */
  const broken = () => sampleReport({ 三: { "（七）总计": { ...row3(128, 4) } } });

  it("writes the .docx of a report without errors", async () => {
    const result = await nianbao("export", await workbook(), "--docx", "--out", folder.file("out.docx"));
    assert.equal(result.code, 0, result.stderr);
    assert.equal(readFileSync(folder.file("out.docx")).subarray(0, 2).toString(), "PK");
  });

  it("holds the export back while errors remain, listing them", async () => {
    const result = await nianbao("export", await workbook(broken()), "--html", "--out", folder.file("out.html"));
    assert.equal(result.code, 1);
    assert.match(result.stderr, /已暂停导出[\s\S]*1\. [\s\S]*--force/u);
    assert.equal(existsSync(folder.file("out.html")), false);
  });

  it("holds back a workbook whose text would publish a placeholder, naming the cell", async () => {
    // A blank cell is only a warning, but the generated text would read 【…未填写，请先填写】.
    const blank = sampleReport({ 三: { "四、结转下年度继续办理": { ...row3(0), 总计: null } } });
    const result = await nianbao("export", await workbook(blank), "--html", "--out", folder.file("out.html"));
    assert.deepEqual([result.code, existsSync(folder.file("out.html"))], [1, false]);
    assert.match(result.stderr, /已暂停导出[\s\S]*占位文字“【三、依申请公开!J\d+ 未填写，请先填写】”/u);
  });

  it("says how many warnings remain and how to see them, while still exporting", async () => {
    // A blank cell that no sentence states: a warning only.
    const warned = sampleReport({ 三: { "1.属于国家秘密": { ...row3(0), 科研机构: null } } });
    const result = await nianbao("export", await workbook(warned), "--html", "--out", folder.file("out.html"));
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stderr, /另有 1 项警告[\s\S]*npx nianbao check/u);
  });

  it("exports despite errors with --force and says how many errors remain", async () => {
    const result = await nianbao("export", await workbook(broken()), "--html", "--out", folder.file("out.html"), "--force");
    assert.equal(result.code, 0, result.stderr);
    assert.match(readFileSync(folder.file("out.html"), "utf8"), /<table>/u);
    assert.match(result.stderr, /还有 \d+ 处错误，已按 --force 导出/u);
  });

  it("refuses to replace an existing file with --force alone, naming --overwrite, and leaves it untouched", async () => {
    const out = folder.file("out.html");
    writeFileSync(out, "上次导出的网页");
    const result = await nianbao("export", await workbook(broken()), "--html", "--out", out, "--force");
    assert.deepEqual([result.code, /已存在[\s\S]*--overwrite/u.test(result.stderr), readFileSync(out, "utf8")], [1, true, "上次导出的网页"]);
  });

  it("still holds back a report with errors with --overwrite alone, leaving the old file", async () => {
    const out = folder.file("out.html");
    writeFileSync(out, "上次导出的网页");
    const result = await nianbao("export", await workbook(broken()), "--html", "--out", out, "--overwrite");
    assert.deepEqual([result.code, /已暂停导出/u.test(result.stderr), readFileSync(out, "utf8")], [1, true, "上次导出的网页"]);
  });

  it("replaces an existing file despite errors with --overwrite --force", async () => {
    const out = folder.file("out.html");
    writeFileSync(out, "上次导出的网页");
    const result = await nianbao("export", await workbook(broken()), "--html", "--out", out, "--overwrite", "--force");
    assert.equal(result.code, 0, result.stderr);
    assert.match(readFileSync(out, "utf8"), /<table>/u);
  });

  it("prints the generated text of a JSON report with the measure word asked for", async () => {
    const result = await nianbao("narrative", folder.json("report.json", sampleReport()), "--measure", "份");
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /^一、总体情况\n[\s\S]*新收政府信息公开申请30份/u);
  });

  it("rejects a measure word other than 件, 宗 or 份", async () => {
    const result = await nianbao("narrative", await workbook(), "--measure", "个");
    assert.equal(result.code, 2);
    assert.match(result.stderr, /--measure 应为 件、宗、份 之一/u);
  });
});
