import assert from "node:assert/strict";
import { cellId, inputCells } from "../../src/model/cells";
import { getFormat } from "../../src/model/formats";
import { nextYearReport } from "../../src/template/next-year";
import { numberedReport } from "../checks/builders";

const COLUMNS = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"];
const CARRIED_IN = "二、上年结转政府信息公开申请数量";
const CARRIED_OUT = "四、结转下年度继续办理";

describe("next year's report from this one", () => {
  for (const [format, year, nextFormat] of [["2021", 2024, "2021"], ["2019", 2020, "2021"], ["2019", 2019, "2019"]] as const) {
    describe(`${format}-format report on ${year}`, () => {
      const previous = { ...numberedReport(format, year), fee: { charged: "是", cases: 3, amount: 120 } };
      const next = nextYearReport(previous)!;

      it(`is a ${nextFormat}-format report on ${year + 1} of the same agency`, () => {
        assert.deepEqual([next.report.format, next.report.year, next.report.agency], [nextFormat, year + 1, previous.agency]);
      });

      it("fills 二、上年结转 in every column from last year's 四、结转下年度继续办理, and names those cells", () => {
        assert.deepEqual(COLUMNS.map((c) => next.report.values[cellId("三", CARRIED_IN, c)]), COLUMNS.map((c) => previous.values[cellId("三", CARRIED_OUT, c)]));
        assert.deepEqual(next.carried, COLUMNS.map((c) => cellId("三", CARRIED_IN, c)));
      });

      it("leaves every other figure blank, carries no prose, and carries the fee setting but not its figures", () => {
        const others = inputCells(getFormat(nextFormat)).filter((cell) => !next.carried.includes(cell.id));
        assert.equal(others.length + COLUMNS.length, inputCells(getFormat(nextFormat)).length);
        assert.ok(others.every((cell) => next.report.values[cell.id] === null));
        assert.deepEqual(next.report.text, {});
        assert.deepEqual(next.report.fee, { charged: "是", cases: null, amount: null });
      });
    });
  }

  it("keeps a carried figure as it was written, blank or not a number", () => {
    const previous = numberedReport("2021", 2024);
    const written = { ...previous, values: { ...previous.values, [cellId("三", CARRIED_OUT, "自然人")]: "3件", [cellId("三", CARRIED_OUT, "其他")]: null } };
    const next = nextYearReport(written)!;
    assert.deepEqual([next.report.values[cellId("三", CARRIED_IN, "自然人")], next.report.values[cellId("三", CARRIED_IN, "其他")]], ["3件", null]);
  });

  it("cannot start the year after an unknown year", () => {
    assert.equal(nextYearReport({ ...numberedReport("2021", 2024), year: 0 }), undefined);
  });
});
