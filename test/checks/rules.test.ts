// Every rule of the catalogue has a fixture that fails it and one that passes it.
import assert from "node:assert/strict";
import { CellValue } from "../../src/model/types";
import { NO_FEE, Report } from "../../src/model/report";
import { readWorkbook } from "../../src/reading/read";
import { readReportJson } from "../../src/reading/json";
import { WorkbookGrid } from "../../src/model/grid";
import { CheckInput, CheckOptions } from "../../src/checks/engine";
import { RULES } from "../../src/catalogue/rules";
import { runChecks } from "../../src/checks/run";
import { placeholder } from "../../src/catalogue/narrative-messages";
import { consistentReport, editRows, editSheet, gridOf, withValues, zeroReport } from "./builders";
import { group4, sampleReport } from "../narrative/sample";

const NEW = "三|一、本年新收政府信息公开申请数量|自然人";
const cellValue = (value: CellValue) => ({ report: withValues(zeroReport(), { [NEW]: value, "三|一、本年新收政府信息公开申请数量|总计": 0 }) });
const clean = consistentReport(11);
const sheet3 = "三、依申请公开";
const INFO = "基本信息";
type Rows = CellValue[][];
/** Where a label stands in a row; the template prints some labels over lines, so compared without the breaks. */
const columnOf = (row: CellValue[], label: string) => row.findIndex((v) => typeof v === "string" && v.replaceAll("\n", "") === label);
const rowOf = (rows: Rows, label: string) => rows.findIndex((row) => columnOf(row, label) >= 0);
/** `clean` read from its template grid with one sheet edited as a person might. */
const editedClean = (sheet: string, change: (rows: Rows) => Rows, grid: WorkbookGrid = gridOf(clean)): CheckInput => ({
  read: readWorkbook(editRows(grid, sheet, change)),
});
const withoutRow = (label: string) => (rows: Rows) => rows.filter((_, r) => r !== rowOf(rows, label));
/** Replaces the value right of a field's label. */
const field = (label: string, value: CellValue) => (rows: Rows) =>
  rows.map((row) => (row.includes(label) ? row.map((v, c) => (row[c - 1] === label ? value : v)) : row));
const asTemplate: CheckInput = { read: readWorkbook(gridOf(clean)) };
const fee = (charged: CellValue, cases: CellValue, amount: CellValue): CheckInput => ({ report: { ...clean, fee: { ...NO_FEE, charged, cases, amount } } });
/** The narrative tests' sample (30 new, 32 handled, 复议 2 with 1 维持) saying `text` in its overview. */
const saying = (text: string, report = sampleReport()): CheckInput => ({ report: { ...report, text: { "一、总体情况": text } } });
const HANDLED = (refused: number) => `办结32件，其中予以公开20件、部分公开2件、不予公开0件、无法提供7件、不予处理${refused}件、其他处理0件。`;

/** Last year's report that carries `clean`'s 上年结转 forward. */
function lastYear(of: Report): Report {
  const previous = consistentReport(5, of.format, of.year - 1);
  const carried = Object.fromEntries(
    Object.entries(of.values)
      .filter(([id]) => id.startsWith("三|二、上年结转"))
      .map(([id, v]) => [id.replace("二、上年结转政府信息公开申请数量", "四、结转下年度继续办理"), v]),
  );
  return withValues(previous, carried);
}

interface Case {
  readonly input: CheckInput;
  readonly options?: CheckOptions;
}

const CASES: Readonly<Record<string, { fail: Case; pass: Case }>> = {
  "NB-C01": { fail: { input: cellValue("12件") }, pass: { input: cellValue(0) } },
  "NB-C02": { fail: { input: cellValue("１２") }, pass: { input: cellValue(0) } },
  "NB-C03": { fail: { input: cellValue("12") }, pass: { input: cellValue(12) } },
  "NB-C04": { fail: { input: cellValue("—") }, pass: { input: cellValue(0) } },
  "NB-C05": { fail: { input: cellValue(null) }, pass: { input: cellValue(0) } },
  "NB-C06": { fail: { input: cellValue(-2) }, pass: { input: cellValue(2) } },
  "NB-C07": { fail: { input: cellValue(2.5) }, pass: { input: cellValue(2) } },
  "NB-C08": { fail: { input: cellValue("#REF!") }, pass: { input: cellValue(0) } },
  "NB-C09": { fail: { input: cellValue(123456789) }, pass: { input: cellValue(123456) } },
  "NB-C10": { fail: { input: fee("收取", 1, 10) }, pass: { input: fee("是", 1, 10) } },
  "NB-C11": {
    fail: { input: { report: withValues(zeroReport(), { "二|行政事业性收费|本年收费金额（单位：万元）": "43.788万元" }) } },
    pass: { input: { report: withValues(zeroReport(), { "二|行政事业性收费|本年收费金额（单位：万元）": 43.788 }) } },
  },
  "NB-S01": {
    fail: { input: { read: readWorkbook(editSheet(gridOf(clean), "四、复议诉讼", () => undefined)) } },
    pass: { input: { read: readWorkbook(gridOf(clean)) } },
  },
  "NB-S02": {
    fail: { input: { read: readWorkbook(editSheet(gridOf(clean), sheet3, (s) => ({ ...s, name: "Sheet3" }))) } },
    pass: { input: { read: readWorkbook(gridOf(clean)) } },
  },
  "NB-S03": {
    fail: { input: editedClean("二、主动公开", (rows) => rows.map((row) => row.map((v) => (v === "行政规范性文件" ? "内部文件" : v)))) },
    pass: { input: asTemplate },
  },
  "NB-S14": {
    fail: { input: editedClean("二、主动公开", (rows) => rows.map((row) => row.map((v) => (v === "行政规范性文件" ? "规范性文件" : v)))) },
    pass: { input: asTemplate },
  },
  "NB-S16": {
    fail: { input: { read: readReportJson({ format: "2021", year: 2023, 三: { "（六）其他处理": { 自然人: 0 } } }) } },
    pass: { input: { read: readReportJson({ format: "2021", year: 2023, 三: { "3.其他": { 自然人: 0 } } }) } },
  },
  "NB-S15": {
    fail: { input: { read: readReportJson({ format: "2021", year: 2023, 三: { 办理结果合计: { 自然人: 1 } } }) } },
    pass: { input: { read: readReportJson({ format: "2021", year: 2023, 三: { "（七）总计": { 自然人: 0 } } }) } },
  },
  "NB-S04": {
    fail: { input: { read: readWorkbook(editSheet(gridOf(clean), sheet3, (s) => ({ ...s, values: [...s.values.slice(0, 7), [], ...s.values.slice(7)] }))) } },
    pass: { input: { read: readWorkbook(gridOf(clean)) } },
  },
  "NB-S05": { fail: { input: editedClean(sheet3, withoutRow("2.重复申请")) }, pass: { input: asTemplate } },
  "NB-S06": {
    fail: { input: { read: readWorkbook(editSheet(gridOf(clean), sheet3, (s) => ({ ...s, values: s.values.map((row) => [...row.slice(0, 4), null, ...row.slice(4)]) }))) } },
    pass: { input: { read: readWorkbook(gridOf(clean)) } },
  },
  "NB-S07": {
    fail: {
      input: editedClean(sheet3, (rows) => {
        const column = columnOf(rows[rowOf(rows, "科研机构")], "科研机构");
        return rows.map((row) => row.filter((_, c) => c !== column));
      }),
    },
    pass: { input: asTemplate },
  },
  "NB-S08": { fail: { input: editedClean(INFO, field("格式", "2019")) }, pass: { input: asTemplate } },
  "NB-S09": { fail: { input: editedClean(INFO, withoutRow("报告年度")) }, pass: { input: asTemplate } },
  "NB-S10": { fail: { input: { report: zeroReport("2019", 2023) } }, pass: { input: { report: zeroReport("2019", 2020) } } },
  "NB-S11": { fail: { input: { report: zeroReport("2021", 2020) } }, pass: { input: { report: zeroReport("2021", 2021) } } },
  "NB-R01": {
    fail: { input: { report: withValues(clean, { "三|（一）予以公开|总计": (clean.values["三|（一）予以公开|总计"] as number) + 1 }) } },
    pass: { input: { report: clean } },
  },
  "NB-R02": {
    fail: { input: { report: withValues(zeroReport(), { "三|2.重复申请|其他": 1, "三|2.重复申请|总计": 1 }) } },
    pass: { input: { report: clean } },
  },
  "NB-R03": {
    fail: { input: { report: withValues(zeroReport(), { "三|四、结转下年度继续办理|科研机构": 2, "三|四、结转下年度继续办理|总计": 2 }) } },
    pass: { input: { report: clean } },
  },
  "NB-R04": {
    fail: { input: { report: withValues(zeroReport(), { "四|复议后起诉|尚未审结": 1 }) } },
    pass: { input: { report: clean } },
  },
  "NB-S12": { fail: { input: editedClean(INFO, field("报告年度", "2024.5")) }, pass: { input: editedClean(INFO, field("报告年度", "2024年")) } },
  "NB-S13": {
    fail: { input: { read: readWorkbook({ sheets: [...gridOf(clean).sheets, { ...gridOf(clean).sheets.find((s) => s.name === sheet3)!, name: "2023年表三" }].map((s) => (s.name === sheet3 ? { ...s, name: "2024年表三" } : s)) }) } },
    pass: { input: asTemplate },
  },
  "NB-R05": { fail: { input: cellValue("/") }, pass: { input: cellValue(0) } },
  "NB-R06": { fail: { input: fee("否", 3, 0) }, pass: { input: fee("否", 0, 0) } },
  "NB-R07": {
    fail: { input: { report: withValues(zeroReport(), { "二|行政规范性文件|本年制发件数": 3, "二|行政规范性文件|现行有效件数": 0 }) } },
    pass: { input: { report: withValues(zeroReport(), { "二|行政规范性文件|本年制发件数": 3, "二|行政规范性文件|现行有效件数": 3 }) } },
  },
  "NB-Y01": {
    fail: { input: { report: clean }, options: { previous: { report: consistentReport(5, "2021", 2023) } } },
    pass: { input: { report: clean }, options: { previous: { report: lastYear(clean) } } },
  },
  "NB-Y02": {
    fail: { input: { report: clean }, options: { previous: { report: lastYear(clean) } } },
    pass: {
      input: { report: clean },
      options: {
        previous: {
          report: withValues(lastYear(clean), {
            "二|规章|现行有效件数": (clean.values["二|规章|现行有效件数"] as number) + (clean.values["二|规章|本年废止件数"] as number) - (clean.values["二|规章|本年制发件数"] as number),
            "二|行政规范性文件|现行有效件数":
              (clean.values["二|行政规范性文件|现行有效件数"] as number) +
              (clean.values["二|行政规范性文件|本年废止件数"] as number) -
              (clean.values["二|行政规范性文件|本年制发件数"] as number),
          }),
        },
      },
    },
  },
  "NB-Y03": {
    fail: { input: { report: clean }, options: { previous: { report: { ...clean, year: clean.year - 1 } } } },
    pass: { input: { report: clean }, options: { previous: { report: lastYear(clean) } } },
  },
  "NB-Y04": {
    fail: { input: { report: clean }, options: { previous: { report: zeroReport("2021", 2021) } } },
    pass: { input: { report: clean }, options: { previous: { report: lastYear(clean) } } },
  },
  "NB-Y05": {
    fail: { input: asTemplate, options: { previous: { read: readWorkbook(editSheet(gridOf(lastYear(clean)), sheet3, (s) => ({ ...s, values: withoutRow("（七）总计")(s.values) }))) } } },
    pass: { input: asTemplate, options: { previous: { read: readWorkbook(gridOf(lastYear(clean))) } } },
  },
  "NB-T01": { fail: { input: { report: { ...clean, text: {} } } }, pass: { input: { report: clean } } },
  "NB-P01": { fail: { input: saying("本年度新收政府信息公开申请31件。") }, pass: { input: saying("本年度新收政府信息公开申请30件。") } },
  "NB-P02": {
    fail: { input: saying("本年度发生行政复议2件，均获维持。") },
    pass: { input: saying("本年度发生行政复议2件，均获维持。", sampleReport({ 四: { 行政复议: group4(2) } })) },
  },
  "NB-P03": { fail: { input: saying(HANDLED(5)) }, pass: { input: saying(HANDLED(3)) } },
  "NB-P04": {
    fail: { input: saying(`本年度发生行政复议${placeholder("四、复议诉讼!E5", "/", 0)}。`) },
    pass: { input: saying("本年度发生行政复议2件。") },
  },
};

const rulesOf = (c: Case) => new Set(runChecks(c.input, c.options).findings.map((f) => f.rule));

describe("rule catalogue fixtures", () => {
  it("every rule in the catalogue has a failing and a passing fixture", () => {
    assert.deepEqual(Object.keys(CASES).sort(), RULES.map((r) => r.id).sort());
  });

  for (const rule of RULES) {
    it(`${rule.id} ${rule.title}: reported on its failing fixture`, () => {
      assert.ok(rulesOf(CASES[rule.id].fail).has(rule.id));
    });
    it(`${rule.id} ${rule.title}: silent on its passing fixture`, () => {
      assert.ok(!rulesOf(CASES[rule.id].pass).has(rule.id));
    });
  }
});
