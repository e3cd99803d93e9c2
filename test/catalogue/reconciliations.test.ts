import assert from "node:assert/strict";
import { FORMATS } from "../../src/model/formats";
import { inputCells } from "../../src/model/cells";
import { reconciliations } from "../../src/catalogue/reconciliations";
import { runChecks } from "../../src/checks/run";
import { consistentReport } from "../checks/builders";

describe("reconciliations(format)", () => {
  it("2021: 25 row totals, 7 （七）总计 columns, 7 勾稽 columns and 3 表四 groups", () => {
    const counts = reconciliations(FORMATS["2021"]).reduce<Record<string, number>>((c, i) => ({ ...c, [i.rule]: (c[i.rule] ?? 0) + 1 }), {});
    assert.deepEqual(counts, { "NB-R01": 25, "NB-R02": 7, "NB-R03": 7, "NB-R04": 3 });
  });

  it("2019: 23 row totals, and （六）其他处理 is one result row of （七）总计", () => {
    const identities = reconciliations(FORMATS["2019"]);
    assert.equal(identities.filter((i) => i.rule === "NB-R01").length, 23);
    const column = identities.find((i) => i.id === "NB-R02:自然人")!;
    assert.equal(column.right.length, 19);
    assert.ok(column.right.includes("三|（六）其他处理|自然人"));
  });

  it("2021 （七）总计 sums the 21 result rows, with （六）'s three sub-rows and not （七） itself", () => {
    const column = reconciliations(FORMATS["2021"]).find((i) => i.id === "NB-R02:总计")!;
    assert.deepEqual(column.left, ["三|（七）总计|总计"]);
    assert.equal(column.right.length, 21);
    assert.ok(column.right.includes("三|3.其他|总计"));
  });

  it("the 勾稽 identity of a column is 一 + 二 = （七）总计 + 四", () => {
    const balance = reconciliations(FORMATS["2021"]).find((i) => i.id === "NB-R03:商业企业")!;
    assert.deepEqual(balance.left, ["三|一、本年新收政府信息公开申请数量|商业企业", "三|二、上年结转政府信息公开申请数量|商业企业"]);
    assert.deepEqual(balance.right, ["三|（七）总计|商业企业", "三|四、结转下年度继续办理|商业企业"]);
  });

  it("表四: each group's 总计 equals its four results", () => {
    const group = reconciliations(FORMATS["2021"]).find((i) => i.id === "NB-R04:复议后起诉")!;
    assert.deepEqual(group.left, ["四|复议后起诉|总计"]);
    assert.deepEqual(group.right, ["结果维持", "结果纠正", "其他结果", "尚未审结"].map((c) => `四|复议后起诉|${c}`));
  });

  it("every identity names only input cells of its format, with unique ids, errors and tolerance 0", () => {
    for (const format of Object.values(FORMATS)) {
      const cells = new Set(inputCells(format).map((c) => c.id));
      const identities = reconciliations(format);
      assert.equal(new Set(identities.map((i) => i.id)).size, identities.length);
      for (const i of identities) {
        for (const id of [...i.left, ...i.right]) assert.ok(cells.has(id), `${i.id}: ${id}`);
        assert.equal(i.severity, "错误");
        assert.equal(i.tolerance, 0);
      }
    }
  });

  it("a consistent report satisfies every identity and the engine finds nothing", () => {
    for (const format of ["2021", "2019"] as const) assert.deepEqual(runChecks({ report: consistentReport(7, format) }).findings, []);
  });
});
