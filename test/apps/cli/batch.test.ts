import assert from "node:assert/strict";
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { progressLine } from "../../../src/apps/cli/batch";
import { consistentReport, withValues } from "../../checks/builders";
import { nianbao, nianbaoProcess, scratchFolder } from "./helpers";

describe("nianbao check with many files", () => {
  let folder: ReturnType<typeof scratchFolder>;
  beforeEach(() => (folder = scratchFolder()));
  afterEach(() => folder.remove());

  /** A finished report: consistent tables, 五 written, 信息处理费 answered, so that export would write it. */
  const finished = <T extends object>(report: T) => ({ ...report, fee: { charged: "否", cases: 0, amount: 0 } });
  const good = finished(consistentReport(21));
  const bad = withValues(good, { "四|行政复议|总计": (good.values["四|行政复议|总计"] as number) + 1 });
  /** Another department's report: its own name and its own figures, so that no file looks sent twice. */
  const department = (seed: number, agency: string) => finished({ ...consistentReport(seed), agency });
  /** The report with its first 0 of 表三 left blank: a warning (空白单元格) that does not hold back export. */
  const oneBlank = <T extends { values: Readonly<Record<string, unknown>> }>(report: T): T => {
    const zero = Object.keys(report.values).find((id) => id.startsWith("三|") && report.values[id] === 0)!;
    return { ...report, values: { ...report.values, [zero]: null } };
  };

  it("prints one verdict line per file and a total, exit 0 when every file passes", async () => {
    const a = folder.json("a.json", department(21, "某某县民政局"));
    const b = await folder.xlsx("b.xlsx", department(22, "某某县统计局"));
    const result = await nianbao("check", a, b);
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(result.stdout.split("\n"), [`${a}：可以发布`, `${b}：可以发布`, "", "合计 2 个文件：可以发布 2 个（其中有警告 0 个），有错误 0 个，尚未填写 0 个，无法读取 0 个；共错误 0 个、警告 0 个。"]);
  });

  it("exits 1 and counts the errors when a file has errors", async () => {
    const result = await nianbao("check", folder.json("a.json", good), folder.json("b.json", bad));
    assert.equal(result.code, 1);
    assert.match(result.stdout, /b\.json：有错误：错误 1 个、警告 0 个\n/);
    assert.match(result.stderr, /1 个文件不能发布（有错误或尚未填写）/);
  });

  it("says a file with warnings but no errors passes with warnings, and counts it apart in the total", async () => {
    const unfinished = oneBlank(department(22, "某某县统计局"));
    const a = folder.json("a.json", department(21, "某某县民政局"));
    const b = folder.json("b.json", unfinished);
    const result = await nianbao("check", a, b);
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(result.stdout.split("\n"), [
      `${a}：可以发布`,
      `${b}：可以发布（有警告）：警告 1 个，请逐项核实`,
      "",
      "合计 2 个文件：可以发布 2 个（其中有警告 1 个），有错误 0 个，尚未填写 0 个，无法读取 0 个；共错误 0 个、警告 1 个。",
    ]);
  });

  it("--json counts the files with warnings among the valid ones", async () => {
    const unfinished = oneBlank({ ...good, agency: "某某县统计局" });
    const result = await nianbao("check", folder.json("a.json", good), folder.json("b.json", unfinished), "--json");
    assert.deepEqual(JSON.parse(result.stdout).counts, { files: 2, valid: 2, warned: 1, invalid: 0, unreadable: 0, skipped: 0, 错误: 0, 警告: 1, 提示: 0 });
  });

  it("checks a file named twice, or also found in a folder given, once", async () => {
    const a = folder.json("a.json", good);
    const result = await nianbao("check", a, folder.file("./a.json"), folder.file(""));
    assert.match(result.stdout, /合计 1 个文件/);
  });

  it("checks a folder's and its sub-folders' .xlsx and .json files in name order, naming every other file with why it was not checked", async () => {
    folder.json("b.json", department(22, "某某县统计局"));
    await folder.xlsx("a.xlsx", department(21, "某某县民政局"));
    folder.json("~$a.xlsx", good);
    writeFileSync(folder.file("readme.txt"), "not a report");
    mkdirSync(folder.file("sub"));
    folder.json("sub/c.json", department(23, "某某县财政局"));
    const result = await nianbao("check", folder.file(""));
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(result.stdout.split("\n"), [
      `${folder.file("a.xlsx")}：可以发布`,
      `${folder.file("b.json")}：可以发布`,
      `${folder.file("sub/c.json")}：可以发布`,
      "",
      "未校验的文件：",
      `  ${folder.file("~$a.xlsx")}：这是 Excel 打开工作簿时留下的临时锁定文件（~$ 开头），不是年报。`,
      `  ${folder.file("readme.txt")}：不是年报文件：只校验 .xlsx 工作簿和 .json 数据文件。`,
      "",
      "合计 3 个文件：可以发布 3 个（其中有警告 0 个），有错误 0 个，尚未填写 0 个，无法读取 0 个；共错误 0 个、警告 0 个。另有 2 个文件未校验（见上）。",
    ]);
  });

  it("says, as merge would, which departments look sent twice: the same name, or the very same figures", async () => {
    const a = folder.json("a.json", department(21, "某某县民政局"));
    const b = folder.json("b.json", department(21, "某某县统计局"));
    const c = folder.json("c.json", department(22, "某某县民政局"));
    const result = await nianbao("check", a, b, c);
    const lines = result.stdout.split("\n");
    const heading = lines.indexOf("像是同一单位的重复年报（汇总时 merge 会拒绝，请核对后只留一份）：");
    assert.ok(heading > 0, result.stdout);
    assert.deepEqual(lines.slice(heading + 1, heading + 3), [`  ${a}、${c}：机关名称都是“某某县民政局”`, `  ${a}、${b}：所有数字完全相同`]);
    const merged = await nianbao("merge", a, b, c, "--out", folder.file("汇总.xlsx"));
    assert.notEqual(merged.code, 0);
    assert.match(merged.stderr, /机关名称都是“某某县民政局”/);
    assert.match(merged.stderr, /所有数字完全相同/);
  });

  it("says a folder without reports holds none, exit 2", async () => {
    mkdirSync(folder.file("empty"));
    const result = await nianbao("check", folder.file("empty"));
    assert.equal(result.code, 2);
    assert.match(result.stderr, /没有 \.xlsx 或 \.json 文件/);
  });

  it("goes on past an unreadable file, says why, and exits 2 even when another file has errors", async () => {
    const broken = folder.file("broken.xlsx");
    writeFileSync(broken, "这是一个改了扩展名的文本文件");
    const result = await nianbao("check", folder.json("a.json", bad), broken, folder.file("missing.json"), folder.json("c.json", good));
    assert.equal(result.code, 2);
    const lines = result.stdout.split("\n");
    assert.match(lines[1], /broken\.xlsx：无法读取：该文件不是 \.xlsx 工作簿/);
    assert.match(lines[2], /missing\.json：无法读取：找不到文件/);
    assert.match(lines[3], /c\.json：可以发布/);
    assert.match(result.stdout, /可以发布 1 个（其中有警告 0 个），有错误 1 个，尚未填写 0 个，无法读取 2 个/);
  });

  it("--json prints the total counts and one entry per file, unreadable ones with their error", async () => {
    const broken = folder.file("broken.json");
    writeFileSync(broken, "{ 不是 JSON");
    const result = await nianbao("check", folder.json("a.json", good), folder.json("b.json", bad), broken, "--json");
    const output = JSON.parse(result.stdout);
    assert.deepEqual(output.counts, { files: 3, valid: 1, warned: 0, invalid: 1, unreadable: 1, skipped: 0, 错误: 1, 警告: 0, 提示: 0 });
    assert.deepEqual(
      output.files.map((f: Record<string, unknown>) => Object.keys(f)),
      [["file", "verdict", "valid", "counts", "findings"], ["file", "verdict", "valid", "counts", "findings"], ["file", "error"]],
    );
    assert.equal(output.files[1].findings[0].rule, "NB-R04");
    assert.match(output.files[2].error, /不是有效的 JSON/);
  });

  it("a large batch, checked in worker threads by the compiled command line, gives the same lines in the same order", async () => {
    const first = await folder.xlsx("000.xlsx", good);
    const broken = folder.file("001.xlsx");
    writeFileSync(broken, "不是工作簿");
    await folder.xlsx("002.xlsx", bad);
    for (let i = 3; i < 80; i++) copyFileSync(first, folder.file(`${String(i).padStart(3, "0")}.xlsx`));
    const inThread = await nianbao("check", folder.file(""));
    const inWorkers = nianbaoProcess(["check", folder.file("")], { timeoutMs: 60_000 });
    assert.equal(inWorkers.code, 2);
    assert.equal(inWorkers.stdout, inThread.stdout);
    assert.match(inWorkers.stdout, /合计 80 个文件：可以发布 78 个（其中有警告 0 个），有错误 1 个，尚未填写 0 个，无法读取 1 个/);
  });

  it("refuses --previous with several files, exit 2, saying it needs one file", async () => {
    const result = await nianbao("check", folder.json("a.json", good), folder.json("b.json", good), "--previous", folder.json("p.json", good));
    assert.equal(result.code, 2);
    assert.match(result.stderr, /--previous 只能在校验单个文件时使用/);
  });

  it("the help says which exit code wins with many files", async () => {
    const result = await nianbao("check", "--help");
    assert.match(result.stdout, /2 优先于 1，1 优先于 0/);
  });
});

describe("batch progress", () => {
  const stream = (isTTY: boolean) => {
    const written: string[] = [];
    return { written, isTTY, columns: 80, write: (text: string) => written.push(text) };
  };

  it("rewrites one line in place on a terminal", () => {
    const terminal = stream(true);
    let clock = 0;
    const progress = progressLine(terminal, 3, () => (clock += 200));
    progress.update(1, "/x/a.xlsx");
    progress.update(3, "/x/c.xlsx");
    progress.clear();
    assert.deepEqual(terminal.written, ["\r\x1b[K校验中 1/3：a.xlsx", "\r\x1b[K校验中 3/3：c.xlsx", "\r\x1b[K"]);
  });

  it("writes nothing into a pipe or a CI log", () => {
    const pipe = stream(false);
    const progress = progressLine(pipe, 3);
    progress.update(1, "a.xlsx");
    progress.clear();
    assert.deepEqual(pipe.written, []);
  });
});
