// What the findings say where the words depend on the case: unknown years, moved rows, last year's workbook.
import assert from "node:assert/strict";
import { CellValue } from "../../src/model/types";
import { UNKNOWN_YEAR } from "../../src/model/report";
import { readWorkbook } from "../../src/reading/read";
import { RuleSet } from "../../src/checks/engine";
import { runChecks } from "../../src/checks/run";
import { consistentReport, editSheet, gridOf } from "../checks/builders";

const report = consistentReport(4);
const T3 = "三、依申请公开";
const messagesOf = (rule: string, ...args: Parameters<typeof runChecks>) => runChecks(...args).findings.filter((f) => f.rule === rule).map((f) => f.message);
const withRowInserted = (at: number) => editSheet(gridOf(report), T3, (s) => ({ ...s, values: [...s.values.slice(0, at), [], ...s.values.slice(at)] }));
const infoField = (label: string, value: CellValue) =>
  editSheet(gridOf(report), "基本信息", (s) => ({ ...s, values: s.values.map((row) => row.map((v, c) => (row[c - 1] === label ? value : v))) }));

describe("finding messages", () => {
  it("NB-Y04 says the year is unknown instead of “0 年”", () => {
    const [message] = messagesOf("NB-Y04", { report: { ...report, year: UNKNOWN_YEAR } }, { previous: { report } });
    assert.ok(message.includes("本报告的报告年度不明") && !/\b0 ?年/.test(message), message);
  });

  it("NB-Y04 names both years and the one wanted when both are known", () => {
    assert.deepEqual(messagesOf("NB-Y04", { report }, { previous: { report: { ...report, year: 2020 } } }), [
      "所给的上年报告是 2020 年的，本报告是 2024 年的；跨年度核对需要 2023 年的报告，已跳过。",
    ]);
  });

  it("NB-S04 gives both places of a moved row with their sheet", () => {
    const [message] = messagesOf("NB-S04", { read: readWorkbook(withRowInserted(10)) });
    assert.match(message, /原在 三、依申请公开!C11，现在 三、依申请公开!C12/);
  });

  it("NB-S12 names the cell, what was typed there and why the year matters", () => {
    const [message] = messagesOf("NB-S12", { read: readWorkbook(infoField("报告年度", "2024.5")) });
    assert.equal(message, "基本信息!B4的“报告年度”填的是“2024.5”，不是年份。请填写报告所述年度的四位数字，如 2025（不是发布年度）。填写之前无法判断应使用的格式，也无法做跨年度核对。");
  });

  it("NB-S12 says a blank 机关名称 is blank", () => {
    assert.deepEqual(messagesOf("NB-S12", { read: readWorkbook(infoField("机关名称", null)) }), ["基本信息!B3的“机关名称”是空白。请填写发布年报的机关全称，它是年报的标题。"]);
  });

  it("NB-Y05 counts last year's structure differences and lists each on last year's sheets", () => {
    const previous = readWorkbook(editSheet(gridOf({ ...report, year: 2023 }), T3, (s) => ({ ...s, name: "Sheet3" })));
    const [message] = messagesOf("NB-Y05", { report }, { previous: { read: previous } });
    assert.match(message, /^上年年报结构与模板有 1 处不同，跨年度核对可能不完整：（1）表三所在的工作表名为“Sheet3”/);
  });

  it("refuses to locate a cell that is not in the format instead of labelling it 表三", () => {
    const asking: RuleSet = { name: "test", run: ({ current }) => [{ rule: "x", severity: "提示", message: "", cells: [current.cell("三|不存在的行|自然人")] }] };
    assert.throws(() => runChecks({ report }, { ruleSets: [asking] }), RangeError);
  });
});
