import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { readReportXlsx, writeReportXlsx } from "../../src/hosts/file";
import { getFormat, inputCells, Report, reportToJson } from "../../src/report";
import { consistentReport, withValues } from "../checks/builders";
import { nianbao, scratchFolder } from "./helpers";

describe("nianbao merge", () => {
  let folder: ReturnType<typeof scratchFolder>;
  beforeEach(() => (folder = scratchFolder()));
  afterEach(() => folder.remove());

  const xlsxFile = async (name: string, report: Report) => {
    const file = folder.file(name);
    writeFileSync(file, await writeReportXlsx(report));
    return file;
  };
  const jsonFile = (name: string, report: Report) => {
    const file = folder.file(name);
    writeFileSync(file, JSON.stringify(reportToJson(report)));
    return file;
  };
  const merged = async (file: string) => (await readReportXlsx(readFileSync(file))).report;

  it("sums every input cell of 2021 reports into one workbook, which checks clean", async () => {
    const [a, b, c] = [consistentReport(1), consistentReport(2), consistentReport(3)];
    const out = folder.file("汇总.xlsx");
    const result = await nianbao("merge", await xlsxFile("a.xlsx", a), await xlsxFile("b.xlsx", b), jsonFile("c.json", c), "--out", out, "--agency", "某某县人民政府");
    assert.equal(result.code, 0, result.stderr);
    const sum = await merged(out);
    for (const cell of inputCells(getFormat("2021")))
      assert.ok(Math.abs((sum.values[cell.id] as number) - [a, b, c].reduce((total, r) => total + (r.values[cell.id] as number), 0)) < 1e-9, cell.id);
    assert.equal(sum.agency, "某某县人民政府");
    assert.match(result.stdout, /已把 3 份年报（2021 年格式、2024 年度）汇总到[\s\S]*汇总结果校验：错误 0 项[\s\S]*正文（一至六部分）未合并/);
  });

  it("sums 2019 reports including 本年增/减, negative changes too", async () => {
    const a = consistentReport(4, "2019");
    const b = withValues(consistentReport(5, "2019"), { "二|行政许可|本年增/减": -3 });
    const out = folder.file("sum.xlsx");
    const result = await nianbao("merge", jsonFile("a.json", a), jsonFile("b.json", b), "--out", out);
    assert.equal(result.code, 0, result.stderr);
    assert.equal((await merged(out)).values["二|行政许可|本年增/减"], (a.values["二|行政许可|本年增/减"] as number) - 3);
  });

  it("merges the reports of a folder", async () => {
    jsonFile("a.json", consistentReport(1));
    jsonFile("b.json", consistentReport(2));
    const result = await nianbao("merge", folder.file(""), "--out", folder.file("sum.xlsx"));
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /已把 2 份年报/);
  });

  it("refuses reports of different years, naming the files of each", async () => {
    const result = await nianbao("merge", jsonFile("a.json", consistentReport(1)), jsonFile("b.json", consistentReport(2, "2021", 2023)), "--out", folder.file("s.xlsx"));
    assert.equal(result.code, 1);
    assert.match(result.stderr, /格式或年度不一致[\s\S]*2024 年度：.*a\.json[\s\S]*2023 年度：.*b\.json/);
  });

  it("refuses reports of different formats", async () => {
    const result = await nianbao("merge", jsonFile("a.json", consistentReport(1, "2021", 2020)), jsonFile("b.json", consistentReport(2, "2019", 2020)), "--out", folder.file("s.xlsx"));
    assert.equal(result.code, 1);
    assert.match(result.stderr, /2021 年格式、2020 年度：.*a\.json[\s\S]*2019 年格式、2020 年度：.*b\.json/);
  });

  it("names the files that have errors and does not merge, exit 1", async () => {
    const good = consistentReport(1);
    const bad = withValues(consistentReport(2), { "四|行政复议|总计": 9999 });
    const out = folder.file("s.xlsx");
    const result = await nianbao("merge", jsonFile("a.json", good), jsonFile("b.json", bad), "--out", out);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /以下年报校验有错误，未合并：\n.*b\.json：错误 \d+ 项[\s\S]*--force/);
    assert.throws(() => readFileSync(out));
  });

  it("merges despite errors with --force and says which files had them", async () => {
    const bad = withValues(consistentReport(2), { "四|行政复议|总计": 9999 });
    const result = await nianbao("merge", jsonFile("a.json", consistentReport(1)), jsonFile("b.json", bad), "--out", folder.file("s.xlsx"), "--force");
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /已按 --force 合并了校验有错误的年报：.*b\.json/);
  });

  it("does not replace an existing summary with --force alone, and names --overwrite", async () => {
    const out = folder.file("s.xlsx");
    writeFileSync(out, "上次的汇总");
    const result = await nianbao("merge", jsonFile("a.json", consistentReport(1)), jsonFile("b.json", consistentReport(2)), "--out", out, "--force");
    assert.deepEqual([result.code, /已存在[\s\S]*--overwrite/.test(result.stderr), readFileSync(out, "utf8")], [1, true, "上次的汇总"]);
  });

  it("replaces an existing summary with --overwrite", async () => {
    const out = folder.file("s.xlsx");
    writeFileSync(out, "上次的汇总");
    const result = await nianbao("merge", jsonFile("a.json", consistentReport(1)), jsonFile("b.json", consistentReport(2)), "--out", out, "--overwrite");
    assert.equal(result.code, 0, result.stderr);
    assert.equal((await merged(out)).agency, "汇总");
  });

  it("refuses a cell that is not a clean number, naming the file and the cell", async () => {
    const typed = withValues(consistentReport(2), { "三|（一）予以公开|自然人": "/" });
    const result = await nianbao("merge", await xlsxFile("a.xlsx", consistentReport(1)), await xlsxFile("b.xlsx", typed), "--out", folder.file("s.xlsx"), "--force");
    assert.equal(result.code, 1);
    assert.match(result.stderr, /“.*b\.xlsx”的 三、依申请公开!D\d+ 是“\/”，不是可以相加的数字/);
  });

  it("refuses to merge when a file cannot be read, naming it, exit 2", async () => {
    const broken = folder.file("broken.xlsx");
    writeFileSync(broken, "文本");
    const result = await nianbao("merge", jsonFile("a.json", consistentReport(1)), broken, "--out", folder.file("s.xlsx"));
    assert.equal(result.code, 2);
    assert.match(result.stderr, /以下文件无法读取，未合并：\n.*broken\.xlsx：该文件不是 \.xlsx 工作簿/);
  });

  it("asks for --out, exit 2", async () => {
    const result = await nianbao("merge", jsonFile("a.json", consistentReport(1)), jsonFile("b.json", consistentReport(2)));
    assert.equal(result.code, 2);
    assert.match(result.stderr, /请用 --out 给出汇总结果/);
  });
});
