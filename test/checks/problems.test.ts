// What a clerk reads: one problem per thing to fix, headed in the words of the form.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { problemCounts, problemsOf } from "../../src/checks/problems";
import { runChecks } from "../../src/checks/run";
import { reportFromJson } from "../../src/model/json";
import { reportGrid } from "../../src/template/report-grid";
import { readWorkbook } from "../../src/reading/read";
import { fixturePath, fixtureReport } from "../fixtures/load";

/** The consistent fixture as a workbook would hold it, with 予以公开/自然人 typed as 21 instead of 20. */
function oneWrongCell() {
  const json = JSON.parse(readFileSync(fixturePath("consistent-2021.json"), "utf8"));
  assert.equal(json["三"]["（一）予以公开"]["自然人"], 20);
  json["三"]["（一）予以公开"]["自然人"] = 21;
  return runChecks({ read: readWorkbook(reportGrid(reportFromJson(json))) });
}

describe("problems: findings as a clerk acts on them", () => {
  it("gives one wrong cell one problem, headed by that cell, with both failing totals under it", () => {
    const result = oneWrongCell();
    assert.deepEqual(result.findings.map((f) => f.rule).sort(), ["NB-R01", "NB-R02"]);
    const problems = problemsOf(result.findings);
    assert.equal(problems.length, 1);
    const [problem] = problems;
    assert.equal(problem.cells[0].address, "D7");
    assert.equal(problem.headline, "表三 （一）予以公开 · 自然人 D7：与它有关的 2 处合计都对不上，请先核对这个数");
    assert.deepEqual(problem.findings.map((f) => f.rule).sort(), ["NB-R01", "NB-R02"]);
    assert.deepEqual(problemCounts(problems), { 错误: 1, 警告: 0, 提示: 0 });
  });

  it("takes a wrong total that fails its row and its column for one problem too", () => {
    const json = JSON.parse(readFileSync(fixturePath("consistent-2021.json"), "utf8"));
    json["三"]["（一）予以公开"]["总计"] = 27;
    const problems = problemsOf(runChecks({ read: readWorkbook(reportGrid(reportFromJson(json))) }).findings);
    // The fixture's prose restates the total, so the text is a problem of its own.
    assert.deepEqual(
      problems.filter((p) => p.cells[0].table === "三").map((p) => p.headline),
      ["表三 （一）予以公开 · 总计 J7：与它有关的 2 处合计都对不上，请先核对这个数"],
    );
  });

  it("heads a lone failing total with its place, what it should be and what it is, in words not signs", () => {
    const json = JSON.parse(readFileSync(fixturePath("consistent-2021.json"), "utf8"));
    const group = json["四"]["行政复议"];
    group["总计"] = group["总计"] - 1;
    const findings = runChecks({ read: readWorkbook(reportGrid(reportFromJson(json))) }).findings;
    assert.deepEqual(findings.filter((f) => !f.rule.startsWith("NB-P")).map((f) => f.rule), ["NB-R04"]);
    const problem = problemsOf(findings).find((p) => p.findings[0].rule === "NB-R04")!;
    const total = group["总计"];
    assert.match(problem.headline, /^表四 行政复议 · 总计 [A-Z]+\d+：/u);
    assert.ok(problem.headline.endsWith(`应为 ${total + 1}，实为 ${total}，少 1`), problem.headline);
    assert.ok(problem.headline.length <= 80, problem.headline);
  });

  it("makes the seed's 140 blanks one problem per table, every blank cell listed", () => {
    const result = runChecks({ report: fixtureReport("seed-xiangzhou-2020.json") });
    const problems = problemsOf(result.findings);
    assert.deepEqual(
      problems.map((p) => [p.headline, p.cells.length]),
      [
        ["表二有 1 个空白单元格，按 0 计算；按格式应填 0", 1],
        ["表三有 139 个空白单元格，按 0 计算；按格式应填 0", 139],
      ],
    );
    assert.deepEqual(problemCounts(problems), { 错误: 0, 警告: 2, 提示: 0 });
  });

  it("keeps every finding: each appears in exactly one problem", () => {
    const result = runChecks({ report: fixtureReport("seed-xiangzhou-2020.json") });
    const listed = problemsOf(result.findings).flatMap((p) => p.findings);
    assert.equal(listed.length, result.findings.length);
    assert.equal(new Set(listed).size, result.findings.length);
  });
});
