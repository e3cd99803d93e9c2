import assert from "node:assert/strict";
import { buildOverview, DepartmentFile, rosterNames } from "../../src/checks/overview";
import { checkedDepartment, unreadableDepartment } from "../../src/apps/overview/department";
import { Report } from "../../src/model/report";
import { withValues } from "./builders";
import { departmentReport, DepartmentShape } from "./departments";

const checked = (file: string, report: Report): DepartmentFile => checkedDepartment(file, { report });
const department = (agency: string, shape: DepartmentShape, file = `${agency}.json`) => checked(file, departmentReport(agency, shape));
const rowOf = (overview: ReturnType<typeof buildOverview>, agency: string) => overview.rows.find((row) => row.agency === agency)!;

describe("the collecting office's overview", () => {
  it("gives each department its verdict, main figures and indicators", () => {
    // 18 + 2 + 5 + 5 = 30 handled; 复议 4 cases, 1 pending, so 3 concluded of which 2 corrected.
    const overview = buildOverview([department("县教育局", { disclosed: 18, partial: 2, unprovided: 5, refused: 5, review: [1, 2, 0, 1] })]);
    const row = rowOf(overview, "县教育局");
    assert.equal(overview.year, 2025);
    assert.equal(row.verdict.kind, "可以发布");
    assert.deepEqual(row.figures, { received: 30, handled: 30, forward: 0, review: 4, litigation: 0 });
    assert.deepEqual(row.rates.disclosure, { value: 66.7, base: 30, ranked: true, outlier: false });
    assert.deepEqual(row.rates.notProvided, { value: 33.3, base: 30, ranked: true, outlier: false });
    assert.deepEqual(row.rates.correction, { value: 66.7, base: 3, ranked: false, outlier: false });
    assert.deepEqual(row.rates.change, { value: null, base: null, ranked: false, outlier: false });
  });

  it("shows a rate of fewer than 10 applications without ranking it", () => {
    const row = rowOf(buildOverview([department("县档案馆", { disclosed: 3, unprovided: 3 })]), "县档案馆");
    assert.deepEqual(row.rates.disclosure, { value: 50, base: 6, ranked: false, outlier: false });
  });

  it("computes nothing from a figure that is not a clean number", () => {
    const report = withValues(departmentReport("县水利局", { disclosed: 20 }), { "三|（一）予以公开|自然人": "/", "三|（一）予以公开|总计": "/" });
    const row = rowOf(buildOverview([checked("县水利局.json", report)]), "县水利局");
    assert.equal(row.verdict.kind, "有错误");
    assert.equal(row.rates.disclosure.value, null);
    assert.equal(row.figures.handled, 20);
  });

  it("marks a disclosure rate far below the others and a correction rate far above, among departments with enough cases", () => {
    const typical = [80, 82, 85, 88, 90, 84].map((disclosed, i) => department(`第${i + 1}局`, { disclosed, unprovided: 100 - disclosed, review: [10, 0, 0, 0] }));
    const low = department("县低公开局", { disclosed: 20, unprovided: 80, review: [4, 8, 0, 0] });
    const fewCases = department("县小局", { disclosed: 0, unprovided: 5, review: [0, 5, 0, 0] });
    const overview = buildOverview([...typical, low, fewCases]);
    assert.deepEqual(overview.rows.filter((row) => row.rates.disclosure.outlier).map((row) => row.agency), ["县低公开局"]);
    assert.deepEqual(overview.rows.filter((row) => row.rates.correction.outlier).map((row) => row.agency), ["县低公开局"]);
    assert.deepEqual(overview.rows.filter((row) => row.rates.notProvided.outlier).map((row) => row.agency), ["县低公开局"]);
    assert.equal(rowOf(overview, "县小局").rates.disclosure.value, 0, "shown");
    assert.equal(rowOf(overview, "县小局").rates.disclosure.ranked, false, "not ranked");
  });

  it("marks nothing when too few departments have enough cases to compare", () => {
    const overview = buildOverview([department("甲局", { disclosed: 90, unprovided: 10 }), department("乙局", { disclosed: 10, unprovided: 90 })]);
    assert.equal(overview.rows.some((row) => row.rates.disclosure.outlier), false);
  });

  describe("against a roster", () => {
    const roster = ["县教育局", "县财政局", "县市场监督管理局", "县卫生健康委员会", "县民政局"];
    const overview = buildOverview(
      [
        department("县教育局", { disclosed: 10 }),
        department("县财政局", { disclosed: 12 }, "县财政局-修改后.json"),
        department("县财政局", { disclosed: 11 }, "县财政局.json"),
        department("县市场监督管里局", { disclosed: 9 }),
        department("县教育局", { disclosed: 7 }, "县民政局2025年报.json"),
        department("县气象局", { disclosed: 5 }),
      ],
      roster,
    );

    it("lists who has sent nothing", () => {
      assert.deepEqual(overview.missing, ["县卫生健康委员会"]);
    });

    it("names a department that sent two versions, on both rows", () => {
      assert.deepEqual(overview.versions, [{ name: "县财政局", files: ["县财政局-修改后.json", "县财政局.json"] }]);
      const notes = overview.rows.filter((row) => row.notes.some((note) => note.kind === "twoVersions")).map((row) => row.file);
      assert.deepEqual(notes, ["县财政局-修改后.json", "县财政局.json"]);
    });

    it("takes a name one character off the roster for a typo of it", () => {
      const row = rowOf(overview, "县市场监督管里局");
      assert.equal(row.rosterName, "县市场监督管理局");
      assert.deepEqual(row.notes.map((note) => note.kind), ["typo"]);
    });

    it("sees another agency's name pasted into a department's file", () => {
      const row = overview.rows.find((r) => r.file === "县民政局2025年报.json")!;
      assert.equal(row.rosterName, "县民政局");
      assert.deepEqual(row.notes.map((note) => note.kind), ["otherAgency"]);
      assert.match(row.notes[0].message, /县民政局.*县教育局/u);
      assert.equal(rowOf(overview, "县教育局").notes.length, 0, "the real 县教育局 is not called a second version");
    });

    it("says when an agency is not on the roster at all", () => {
      assert.deepEqual(rowOf(overview, "县气象局").notes.map((note) => note.kind), ["notListed"]);
    });
  });

  it("without a roster, calls two files of one agency two versions and lists no one missing", () => {
    const overview = buildOverview([department("县财政局", { disclosed: 12 }, "a.json"), department("县财政局", { disclosed: 11 }, "b.json")]);
    assert.equal(overview.missing, null);
    assert.deepEqual(overview.versions, [{ name: "县财政局", files: ["a.json", "b.json"] }]);
  });

  it("takes last year's report of a department for the change and the totals, not as a row", () => {
    const overview = buildOverview([
      department("县教育局", { disclosed: 30 }),
      department("县教育局", { disclosed: 20, year: 2024 }, "县教育局2024.json"),
      department("县财政局", { disclosed: 5 }),
      department("县统计局", { disclosed: 8, year: 2024 }),
    ]);
    assert.equal(overview.year, 2025);
    assert.deepEqual(overview.previousFiles, ["县教育局2024.json"]);
    assert.deepEqual(rowOf(overview, "县教育局").rates.change, { value: 50, base: 20, ranked: true, outlier: false });
    assert.deepEqual(overview.totals, {
      departments: 1,
      current: { received: 30, handled: 30, forward: 0, review: 0, litigation: 0 },
      previous: { received: 20, handled: 20, forward: 0, review: 0, litigation: 0 },
    });
    assert.deepEqual(rowOf(overview, "县统计局").notes.map((note) => note.kind), ["wrongYear"], "a lone report of another year is a row, and said to be");
  });

  it("with a roster, compares a file with last year's of the department it answers for, not of the name pasted into it", () => {
    const overview = buildOverview(
      [department("县教育局", { disclosed: 30 }), department("县教育局", { disclosed: 10 }, "县民政局.json"), department("县教育局", { disclosed: 20, year: 2024 }, "县教育局2024.json")],
      ["县教育局", "县民政局"],
    );
    assert.deepEqual(overview.rows.map((row) => [row.file, row.rates.change.value]), [["县教育局.json", 50], ["县民政局.json", null]]);
  });

  it("keeps a file that could not be read as a row of its own verdict", () => {
    const overview = buildOverview([unreadableDepartment("坏文件.xlsx", "文件已损坏。"), department("县教育局", { disclosed: 10 })]);
    assert.deepEqual(overview.verdicts, { 可以发布: 1, 有错误: 0, 尚未填写: 0, 无法读取: 1 });
    assert.deepEqual(overview.rows[0].verdict, { kind: "无法读取", errors: 0, warnings: 0, reasons: ["文件已损坏。"] });
    assert.equal(overview.rows[0].figures.received, null);
  });

  it("reads a roster one name a line, without its heading, blank lines or repeats", () => {
    assert.deepEqual(rosterNames(["\uFEFF单位名称", "县教育局", "", "  县财政局 ", "县教育局"]), ["县教育局", "县财政局"]);
    assert.deepEqual(rosterNames(["县教育局"]), ["县教育局"]);
  });
});
