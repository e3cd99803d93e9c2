import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { fixtureReport } from "../../fixtures/load";
import { withValues } from "../../checks/builders";
import { nianbao, scratchFolder } from "./helpers";

const CELL = "三|一、本年新收政府信息公开申请数量|自然人";

describe("nianbao review: warnings a person confirmed (已核实)", () => {
  let folder: ReturnType<typeof scratchFolder>;
  beforeEach(() => (folder = scratchFolder()));
  afterEach(() => folder.remove());

  /** The seed with one full-width figure: a warning (全角数字) besides the blanks. */
  const seedWithWarning = () => folder.xlsx("seed.xlsx", withValues(fixtureReport("seed-xiangzhou-2020.json"), { [CELL]: "０" }));

  it("lists the open warnings, numbered", async () => {
    const result = await nianbao("review", await seedWithWarning());
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /^1\. \[警告\] 表二有 1 个空白单元格/m);
    assert.match(result.stdout, /^\d\. \[警告\] 表三 一、本年新收政府信息公开申请数量 · 自然人 D5：全角数字$/m);
  });

  it("keeps the mark in the workbook: a later check shows it reviewed and does not count it", async () => {
    const input = await seedWithWarning();
    const listed = (await nianbao("review", input)).stdout.split("\n");
    const number = listed.findIndex((line) => line.includes("全角数字")) + 1;
    const out = folder.file("reviewed.xlsx");
    const before = readFileSync(input);
    const marked = await nianbao("review", input, "--warning", String(number), "--reason", "原表如此，已与统计台账核对", "--out", out);
    assert.equal(marked.code, 0, marked.stderr);
    assert.deepEqual(readFileSync(input), before, "the input is untouched");
    const checked = await nianbao("check", out);
    assert.match(checked.stdout, /\[已核实 \d{4}-\d\d-\d\d\] 表三 一、本年新收政府信息公开申请数量 · 自然人 D5：全角数字（理由：原表如此，已与统计台账核对）/);
    const counts = JSON.parse((await nianbao("check", out, "--json")).stdout).problemCounts;
    const unreviewed = JSON.parse((await nianbao("check", input, "--json")).stdout).problemCounts;
    assert.equal(counts["警告"], unreviewed["警告"] - 1);
  });

  it("drops the mark by itself once a cell it is about changes", async () => {
    const input = await seedWithWarning();
    const number = (await nianbao("review", input)).stdout.split("\n").findIndex((line) => line.includes("全角数字")) + 1;
    const out = folder.file("reviewed.xlsx");
    await nianbao("review", input, "--warning", String(number), "--reason", "已核对", "--out", out);
    // A person types another full-width figure into the cell and saves.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const read = JSON.parse((await nianbao("check", out, "--json")).stdout);
    const address = read.problems.find((p: { headline: string }) => p.headline.includes("全角数字")).cells[0].address;
    workbook.getWorksheet("三、依申请公开")!.getCell(address).value = "１";
    writeFileSync(out, new Uint8Array(await workbook.xlsx.writeBuffer()));
    const after = await nianbao("check", out);
    assert.doesNotMatch(after.stdout, /已核实/);
    assert.match(after.stdout, /\[警告\] 表三 一、本年新收政府信息公开申请数量 · 自然人 D5：全角数字/);
  });

  it("asks for a reason, and refuses an error or a number that is not listed", async () => {
    const input = await seedWithWarning();
    assert.match((await nianbao("review", input, "--warning", "1", "--out", folder.file("x.xlsx"))).stderr, /请用 --reason 写明核实理由/);
    assert.match((await nianbao("review", input, "--warning", "99", "--reason", "x", "--out", folder.file("x.xlsx"))).stderr, /没有编号为“99”的警告/);
  });
});
