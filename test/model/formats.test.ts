import assert from "node:assert/strict";
import { FORMATS, formatForYear } from "../../src/model/formats";
import { inputCells, inputCellsOf, rowLabels } from "../../src/model/cells";

describe("report formats", () => {
  it("2021 表三 has 25 rows × 7 columns = 175 input cells", () => {
    assert.equal(inputCellsOf(FORMATS["2021"], "三").length, 175);
  });

  it("2019 表三 has 23 rows (（六）其他处理 as one row)", () => {
    assert.equal(rowLabels(FORMATS["2019"], "三").length, 23);
  });

  it("2021 表二 has 10 input cells", () => {
    assert.equal(inputCellsOf(FORMATS["2021"], "二").length, 10);
  });

  it("表四 has 15 input cells in both formats", () => {
    assert.deepEqual([inputCellsOf(FORMATS["2021"], "四").length, inputCellsOf(FORMATS["2019"], "四").length], [15, 15]);
  });

  it("row labels are unique within each table of each format", () => {
    for (const format of Object.values(FORMATS))
      for (const table of ["二", "三", "四"] as const) {
        const labels = rowLabels(format, table);
        assert.equal(new Set(labels).size, labels.length, `${format.id} ${table}`);
      }
  });

  it("cell ids are unique", () => {
    const ids = inputCells(FORMATS["2021"]).map((c) => c.id);
    assert.equal(new Set(ids).size, ids.length);
  });

  it("2021 的 本年收费金额 is an amount; the other 表二 cells are counts", () => {
    const kinds = inputCellsOf(FORMATS["2021"], "二").map((c) => c.kind);
    assert.deepEqual(kinds, ["count", "count", "count", "count", "count", "count", "count", "count", "count", "amount"]);
  });

  it("2019 本年增/减 is a signed count", () => {
    assert.ok(inputCellsOf(FORMATS["2019"], "二").filter((c) => c.column === "本年增/减").every((c) => c.kind === "signedCount"));
  });

  it("reports on 2021 and later use the 2021 format", () => {
    assert.deepEqual([formatForYear(2020), formatForYear(2021), formatForYear(2025)], ["2019", "2021", "2021"]);
  });
});
