// The seed report (襄州区民政局 2020, 2019 format, transcribed as published): a careful reviewer
// sees the 139 blank cells of 表三 (every applicant column, and the 总计 of 8.属于行政查询事项)
// and the blank 处理决定数量 of 行政许可 in 表二. Blanks count as 0, so every total holds: no error.
import assert from "node:assert/strict";
import { runChecks } from "../../src/checks/run";
import { fixtureReport } from "../fixtures/load";

const seed = fixtureReport("seed-xiangzhou-2020.json");
const result = runChecks({ report: seed });

describe("the seed report (襄州区民政局 2020)", () => {
  it("has no error: every total and every column's 勾稽 holds with blanks as 0", () => {
    assert.deepEqual([result.valid, result.counts], [true, { 错误: 0, 警告: 140, 提示: 0 }]);
  });

  it("warns about exactly the blank cells: 表二 行政许可·处理决定数量, every applicant cell of 表三, and 表三 8.属于行政查询事项·总计", () => {
    const blanks = result.findings.filter((f) => f.rule === "NB-C05").map((f) => `${f.cells[0].sheet}!${f.cells[0].address}`);
    const applicantCells = [];
    for (let row = 5; row <= 27; row++) for (const column of "DEFGHI") applicantCells.push(`三、依申请公开!${column}${row}`);
    const expected = ["二、主动公开!D8", ...applicantCells, "三、依申请公开!J16"];
    assert.deepEqual([...blanks].sort(), [...expected].sort());
    assert.equal(result.findings.length, expected.length);
  });

  it("checks the published prose too: its 受理政府信息公开申请0件 agrees with the blank table, a changed figure does not", () => {
    const said = seed.text["一、总体情况"];
    assert.ok(said.includes("共受理政府信息公开申请0件"));
    const changed = { ...seed, text: { ...seed.text, "一、总体情况": said.replace("共受理政府信息公开申请0件", "共受理政府信息公开申请3件") } };
    assert.deepEqual(runChecks({ report: changed }).findings.filter((f) => f.rule.startsWith("NB-P")).map((f) => f.rule), ["NB-P01"]);
  });

  it("lists the findings in table, row, column order", () => {
    const first = result.findings.slice(0, 3).map((f) => f.cells[0].address);
    assert.deepEqual(first, ["D8", "D5", "E5"]);
  });
});
