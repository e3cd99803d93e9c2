import assert from "node:assert/strict";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { readReportXlsx } from "../../../src/hosts/file/report-file";
import { FeeInfo, Report } from "../../../src/model/report";
import { FormatId } from "../../../src/model/types";
import { getFormat } from "../../../src/model/formats";
import { inputCells } from "../../../src/model/cells";
import { consistentReport, withValues, zeroReport } from "../../checks/builders";
import { nianbao, nianbaoProcess, scratchFolder } from "./helpers";

/** A department's consistent report, under its own name. */
const department = (seed: number, format?: FormatId, year?: number): Report => ({ ...consistentReport(seed, format, year), agency: `第 ${seed} 科` });
const withFee = (report: Report, fee: FeeInfo): Report => ({ ...report, fee });

describe("nianbao merge", () => {
  let folder: ReturnType<typeof scratchFolder>;
  beforeEach(() => (folder = scratchFolder()));
  afterEach(() => folder.remove());

  const merged = async (file: string) => (await readReportXlsx(readFileSync(file))).report;

  it("sums every input cell of 2021 reports into one workbook, which checks clean", async () => {
    const [a, b, c] = [department(1), department(2), department(3)];
    const out = folder.file("汇总.xlsx");
    const result = await nianbao("merge", await folder.xlsx("a.xlsx", a), await folder.xlsx("b.xlsx", b), folder.json("c.json", c), "--out", out, "--agency", "某某县人民政府");
    assert.equal(result.code, 0, result.stderr);
    const sum = await merged(out);
    for (const cell of inputCells(getFormat("2021")))
      assert.ok(Math.abs((sum.values[cell.id] as number) - [a, b, c].reduce((total, r) => total + (r.values[cell.id] as number), 0)) < 1e-9, cell.id);
    assert.equal(sum.agency, "某某县人民政府");
    assert.match(result.stdout, /已把 3 份年报（2021 年格式、2024 年度）汇总到[\s\S]*汇总结果校验：错误 0 个[\s\S]*正文（一至六部分）未合并/);
  });

  it("sums 2019 reports including 本年增/减, negative changes too", async () => {
    const a = department(4, "2019");
    const b = withValues(department(5, "2019"), { "二|行政许可|本年增/减": -3 });
    const out = folder.file("sum.xlsx");
    const result = await nianbao("merge", folder.json("a.json", a), folder.json("b.json", b), "--out", out);
    assert.equal(result.code, 0, result.stderr);
    assert.equal((await merged(out)).values["二|行政许可|本年增/减"], (a.values["二|行政许可|本年增/减"] as number) - 3);
  });

  it("merges the reports of a folder", async () => {
    folder.json("a.json", department(1));
    folder.json("b.json", department(2));
    const result = await nianbao("merge", folder.file(""), "--out", folder.file("sum.xlsx"));
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /已把 2 份年报/);
  });

  it("merges a folder large enough for worker threads as it sums in one thread", async () => {
    const reports = Array.from({ length: 70 }, (_, i) => department(i + 1));
    reports.forEach((report, i) => folder.json(`${String(i).padStart(2, "0")}.json`, report));
    const out = folder.file("汇总.xlsx");
    const result = nianbaoProcess(["merge", folder.file(""), "--out", out], { timeoutMs: 60_000 });
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /已把 70 份年报/);
    const sum = await merged(out);
    for (const cell of inputCells(getFormat("2021")))
      assert.ok(Math.abs((sum.values[cell.id] as number) - reports.reduce((total, r) => total + (r.values[cell.id] as number), 0)) < 1e-6, cell.id);
  });

  it("refuses reports of different years, naming the files of each", async () => {
    const result = await nianbao("merge", folder.json("a.json", department(1)), folder.json("b.json", department(2, "2021", 2023)), "--out", folder.file("s.xlsx"));
    assert.equal(result.code, 1);
    assert.match(result.stderr, /格式或年度不一致[\s\S]*2024 年度：.*a\.json[\s\S]*2023 年度：.*b\.json/);
  });

  it("refuses reports of different formats", async () => {
    const result = await nianbao("merge", folder.json("a.json", department(1, "2021", 2020)), folder.json("b.json", department(2, "2019", 2020)), "--out", folder.file("s.xlsx"));
    assert.equal(result.code, 1);
    assert.match(result.stderr, /2021 年格式、2020 年度：.*a\.json[\s\S]*2019 年格式、2020 年度：.*b\.json/);
  });

  it("names the files that have errors and does not merge, exit 1", async () => {
    const good = department(1);
    const bad = withValues(department(2), { "四|行政复议|总计": 9999 });
    const out = folder.file("s.xlsx");
    const result = await nianbao("merge", folder.json("a.json", good), folder.json("b.json", bad), "--out", out);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /以下年报校验有错误，未合并：\n.*b\.json：错误 \d+ 个[\s\S]*--force/);
    assert.throws(() => readFileSync(out));
  });

  it("merges despite errors with --force and says which files had them", async () => {
    const bad = withValues(department(2), { "四|行政复议|总计": 9999 });
    const result = await nianbao("merge", folder.json("a.json", department(1)), folder.json("b.json", bad), "--out", folder.file("s.xlsx"), "--force");
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /已按 --force 合并了校验有错误的年报：.*b\.json/);
  });

  it("does not replace an existing summary with --force alone, and names --overwrite", async () => {
    const out = folder.file("s.xlsx");
    writeFileSync(out, "上次的汇总");
    const result = await nianbao("merge", folder.json("a.json", department(1)), folder.json("b.json", department(2)), "--out", out, "--force");
    assert.deepEqual([result.code, /已存在[\s\S]*--overwrite/.test(result.stderr), readFileSync(out, "utf8")], [1, true, "上次的汇总"]);
  });

  it("replaces an existing summary with --overwrite", async () => {
    const out = folder.file("s.xlsx");
    writeFileSync(out, "上次的汇总");
    const result = await nianbao("merge", folder.json("a.json", department(1)), folder.json("b.json", department(2)), "--out", out, "--overwrite");
    assert.equal(result.code, 0, result.stderr);
    assert.equal((await merged(out)).agency, "汇总");
  });

  it("refuses a cell that is not a clean number, naming the file and the cell", async () => {
    const typed = withValues(department(2), { "三|（一）予以公开|自然人": "/" });
    const result = await nianbao("merge", await folder.xlsx("a.xlsx", department(1)), await folder.xlsx("b.xlsx", typed), "--out", folder.file("s.xlsx"), "--force");
    assert.equal(result.code, 1);
    assert.match(result.stderr, /“.*b\.xlsx”的 三、依申请公开!D\d+（表三“（一）予以公开”·自然人） 是“\/”，不是可以相加的数字/);
  });

  it("refuses to merge when a file cannot be read, naming it, exit 2", async () => {
    const broken = folder.file("broken.xlsx");
    writeFileSync(broken, "文本");
    const result = await nianbao("merge", folder.json("a.json", department(1)), broken, "--out", folder.file("s.xlsx"));
    assert.equal(result.code, 2);
    assert.match(result.stderr, /以下文件无法读取，未合并：\n.*broken\.xlsx：该文件不是 \.xlsx 工作簿/);
  });

  it("asks for --out, exit 2", async () => {
    const result = await nianbao("merge", folder.json("a.json", department(1)), folder.json("b.json", department(2)));
    assert.equal(result.code, 2);
    assert.match(result.stderr, /请用 --out 给出汇总结果/);
  });

  it("names a JSON report's cell by the template's sheet!cell, as the checks do", async () => {
    const typed = withValues(department(2), { "三|（一）予以公开|自然人": "/" });
    const result = await nianbao("merge", folder.json("a.json", department(1)), folder.json("b.json", typed), "--out", folder.file("s.xlsx"), "--force");
    assert.match(result.stderr, /“.*b\.json”的 三、依申请公开!D\d+（表三“（一）予以公开”·自然人） 是“\/”/);
  });

  describe("never counting a report twice", () => {
    const natural = "三|一、本年新收政府信息公开申请数量|自然人";
    const sumOf = (...reports: Report[]) => reports.reduce((total, r) => total + (r.values[natural] as number), 0);

    it("re-run into its own folder leaves the previous summary out", async () => {
      const [a, b] = [department(1), department(2)];
      folder.json("a.json", a);
      folder.json("b.json", b);
      const out = folder.file("汇总.xlsx");
      assert.equal((await nianbao("merge", folder.file(""), "--out", out)).code, 0);
      const again = await nianbao("merge", folder.file(""), "--out", out, "--overwrite");
      assert.equal(again.code, 0, again.stderr);
      assert.match(again.stdout, /已把 2 份年报[\s\S]*汇总\.xlsx 在所给的文件夹中，没有作为输入/);
      assert.equal((await merged(out)).values[natural], sumOf(a, b));
    });

    it("counts a file named twice once", async () => {
      const [a, b] = [department(1), department(2)];
      const fileA = folder.json("a.json", a);
      mkdirSync(folder.file("x"));
      const out = folder.file("s.xlsx");
      const result = await nianbao("merge", fileA, fileA, `${folder.file("x")}/../a.json`, folder.json("b.json", b), "--out", out);
      assert.equal(result.code, 0, result.stderr);
      assert.match(result.stdout, /已把 2 份年报/);
      assert.equal((await merged(out)).values[natural], sumOf(a, b));
    });

    it("refuses a copy of a report under another name, naming both, exit 1", async () => {
      const a = department(1);
      const out = folder.file("s.xlsx");
      const result = await nianbao("merge", folder.json("a.json", a), folder.json("a-副本.json", a), folder.json("b.json", department(2)), "--out", out);
      assert.equal(result.code, 1);
      assert.match(result.stderr, /像是重复的，未合并：\n.*a\.json、.*a-副本\.json：机关名称都是“第 1 科”\n.*a\.json、.*a-副本\.json：所有数字完全相同/);
      assert.throws(() => readFileSync(out));
    });

    it("refuses two reports of one agency", async () => {
      const result = await nianbao("merge", folder.json("a.json", department(1)), folder.json("b.json", { ...department(2), agency: "第 1 科" }), "--out", folder.file("s.xlsx"));
      assert.equal(result.code, 1);
      assert.match(result.stderr, /机关名称都是“第 1 科”/);
    });

    it("refuses an earlier summary saved under another name, naming it", async () => {
      const [a, b] = [department(1), department(2)];
      folder.json("a.json", a);
      folder.json("b.json", b);
      assert.equal((await nianbao("merge", folder.file(""), "--out", folder.file("2024汇总.xlsx"))).code, 0);
      const result = await nianbao("merge", folder.file(""), "--out", folder.file("汇总-新.xlsx"));
      assert.equal(result.code, 1);
      assert.match(result.stderr, /2024汇总\.xlsx：每个数字都等于其余年报之和，像是上次的汇总结果/);
    });

    it("merges suspected copies with --force and says so", async () => {
      const a = department(1);
      const result = await nianbao("merge", folder.json("a.json", a), folder.json("a-副本.json", a), "--out", folder.file("s.xlsx"), "--force");
      assert.equal(result.code, 0, result.stderr);
      assert.match(result.stdout, /已按 --force 合并了像是重复的年报/);
    });

    it("does not take two reports of zeros from different agencies for copies", async () => {
      const result = await nianbao("merge", folder.json("a.json", { ...zeroReport(), agency: "甲" }), folder.json("b.json", { ...zeroReport(), agency: "乙" }), "--out", folder.file("s.xlsx"));
      assert.equal(result.code, 0, result.stderr);
    });

    it("refuses an output that is one of the inputs, even with --overwrite, and leaves it intact", async () => {
      const a = await folder.xlsx("a.xlsx", department(1));
      const before = readFileSync(a);
      const result = await nianbao("merge", a, await folder.xlsx("b.xlsx", department(2)), "--out", a, "--overwrite");
      assert.deepEqual([result.code, /就是输入文件/.test(result.stderr), readFileSync(a).equals(before)], [2, true, true]);
    });
  });

  describe("信息处理费", () => {
    const feeOf = async (...reports: Report[]) => {
      const out = folder.file("fee.xlsx");
      const files = reports.map((report, i) => folder.json(`${i}.json`, report));
      const result = await nianbao("merge", ...files, "--out", out);
      assert.equal(result.code, 0, result.stderr);
      return (await merged(out)).fee;
    };

    it("leaves the fee unanswered and blank when no department answered", async () => {
      assert.deepEqual(await feeOf(department(1), department(2)), { charged: null, cases: null, amount: null });
    });

    it("says 是 when any department charged, with the cases and amounts summed", async () => {
      const fee = await feeOf(withFee(department(1), { charged: "是", cases: 2, amount: 30.5 }), withFee(department(2), { charged: "否", cases: 0, amount: 0 }), department(3));
      assert.deepEqual(fee, { charged: "是", cases: 2, amount: 30.5 });
    });

    it("says 否 only when every department said 否", async () => {
      const none = { charged: "否", cases: 0, amount: 0 };
      assert.deepEqual(await feeOf(withFee(department(1), none), withFee(department(2), none)), { charged: "否", cases: 0, amount: 0 });
    });

    it("leaves 是否收取 unanswered when some said 否 and others nothing", async () => {
      const fee = await feeOf(withFee(department(1), { charged: "否", cases: 0, amount: 0 }), department(2));
      assert.equal(fee.charged, null);
    });
  });
});
