// Cells judged on the number they stand for, and the 信息处理费 fields.
import assert from "node:assert/strict";
import { CellValue } from "../../src/model/types";
import { NO_FEE } from "../../src/model/report";
import { readWorkbook } from "../../src/reading/read";
import { runChecks } from "../../src/checks/run";
import { consistentReport, gridOf, withValues, zeroReport } from "./builders";

const NEW = "三|一、本年新收政府信息公开申请数量|自然人";
const NEW_TOTAL = "三|一、本年新收政府信息公开申请数量|总计";
const checked = (value: CellValue) => runChecks({ report: withValues(zeroReport(), { [NEW]: value, [NEW_TOTAL]: 0 }) });
const rulesOn = (value: CellValue) => checked(value).findings.filter((f) => f.cells.length === 1).map((f) => f.rule);

describe("numbers typed as text or in full-width digits", () => {
  it("a total stored as text that does not add up makes the report invalid", () => {
    const report = consistentReport(3);
    const result = runChecks({ report: withValues(report, { [NEW_TOTAL]: String((report.values[NEW_TOTAL] as number) + 37) }) });
    assert.deepEqual([result.valid, result.findings.filter((f) => f.severity === "错误").map((f) => f.rule)], [false, ["NB-R05", "NB-R05"]]);
  });

  for (const [value, rules] of [
    ["-5", ["NB-C03", "NB-C06"]],
    ["2.5", ["NB-C03", "NB-C07"]],
    ["99999999999", ["NB-C03", "NB-C09"]],
    ["－３", ["NB-C02", "NB-C06"]],
  ] as const)
    it(`“${value}” in a count cell is judged on the number it stands for`, () => assert.deepEqual(rulesOn(value), rules));

  it("does not suggest retyping a negative count as that negative number", () => {
    const finding = checked("-5").findings.find((f) => f.rule === "NB-C03")!;
    assert.equal(finding.suggestion, undefined);
  });

  it("still suggests the number for a clean count stored as text", () => {
    assert.equal(checked("12").findings.find((f) => f.rule === "NB-C03")!.suggestion, "三、依申请公开!D5 应改为 12。");
  });
});

describe("the 信息处理费 fields", () => {
  const withFee = (charged: CellValue, cases: CellValue, amount: CellValue) => {
    const report = { ...consistentReport(3), fee: { ...NO_FEE, charged, cases, amount } };
    return runChecks({ read: readWorkbook(gridOf(report)) }).findings.filter((f) => f.cells.some((c) => c.table === "info"));
  };
  const show = (findings: ReturnType<typeof withFee>) => findings.map((f) => [f.rule, f.cells.map((c) => `${c.sheet}!${c.address}`).join(",")]);

  it("accepts 否 with no cases and no amount", () => assert.deepEqual(withFee("否", 0, 0), []));
  it("accepts 是 with cases and an amount", () => assert.deepEqual(withFee("是", 2, 35.5), []));
  it("accepts the fields left blank", () => assert.deepEqual(withFee(null, null, null), []));
  it("reports “/” as the number of cases", () => assert.deepEqual(show(withFee("否", "/", 0)), [["NB-C04", "基本信息!B8"]]));
  it("reports a negative amount", () => assert.deepEqual(show(withFee("是", 1, -3)), [["NB-C06", "基本信息!B9"]]));
  it("reports an answer other than 是 or 否", () => assert.deepEqual(show(withFee("收了", 1, 3)), [["NB-C10", "基本信息!B7"]]));
  it("reports 否 with cases charged", () => assert.deepEqual(show(withFee("否", 3, 0)), [["NB-R06", "基本信息!B7,基本信息!B8"]]));
  it("reports 是 with no case", () => assert.deepEqual(show(withFee("是", 0, 10)), [["NB-R06", "基本信息!B7,基本信息!B8"]]));

  it("names the cells and the fix in its message", () => {
    assert.equal(
      withFee("否", 3, 0)[0].message,
      "是否收取信息处理费 基本信息!B7 = “否”，但收取信息处理费件数 基本信息!B8 = 3。未收取时件数和金额都应为 0；如确有收取，请把“是否收取信息处理费”改为“是”。",
    );
  });
});
