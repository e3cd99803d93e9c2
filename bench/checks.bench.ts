// Checking a full report with every rule: in the core (JSON), with last year's report, with a
// finding to word, and from an .xlsx file through the file host.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { PROBLEMS_SECTION } from "../src/model/report";
import { reportFromJson } from "../src/model/json";
import { CheckResult } from "../src/model/findings";
import { runChecks } from "../src/checks/run";
import { readReportXlsx } from "../src/hosts/file/report-file";
import { writeReportXlsx } from "../src/hosts/file/write";
import { consistentReport, withValues } from "../test/checks/builders";
import { defineBench } from "./bench";

/** A finished report: consistent figures and the one section no table can write (五). */
const report = { ...consistentReport(1), text: { [PROBLEMS_SECTION]: "一是部分栏目更新不够及时。二是将加强培训，按期更新。" } };
/** Last year's report of other figures: its carry-over and 现行有效 do not follow on to this year's. */
const previous = { ...consistentReport(2), year: report.year - 1 };
const broken = withValues(report, { "三|（一）予以公开|自然人": 73 });
const seed = reportFromJson(JSON.parse(readFileSync(path.join(__dirname, "..", "test", "fixtures", "seed-xiangzhou-2020.json"), "utf8")));
let xlsx: Uint8Array | undefined;

const rulesOf = (result: CheckResult) => [...new Set(result.findings.map((finding) => finding.rule))].sort();
const noFindings = (result: CheckResult) => assert.deepEqual(result.findings, []);

export const benches = [
  defineBench({ name: "完整年报（2021 格式，全部规则，无发现）", run: () => runChecks({ report }), verify: noFindings, goalMs: 1 }),
  defineBench({
    name: "完整年报 + 不衔接的上年年报（跨年度规则，9 条发现）",
    run: () => runChecks({ report }, { previous: { report: previous } }),
    verify: (result) => assert.deepEqual([result.findings.length, rulesOf(result)], [9, ["NB-Y01", "NB-Y02"]]),
    goalMs: 1,
  }),
  defineBench({
    name: "一个数填错（行、列 2 条勾稽错误及其措辞）",
    run: () => runChecks({ report: broken }),
    verify: (result) => assert.deepEqual(result.findings.map((finding) => [finding.rule, finding.severity]), [["NB-R01", "错误"], ["NB-R02", "错误"]]),
    goalMs: 1,
  }),
  defineBench({
    name: "样例年报（2019 格式，140 条警告）",
    run: () => runChecks({ report: seed }),
    verify: (result) => assert.deepEqual(result.counts, { 错误: 0, 警告: 140, 提示: 0 }),
  }),
  defineBench({
    name: ".xlsx 文件：读取 + 按标签定位 + 校验",
    runs: 30,
    run: async () => {
      xlsx ??= await writeReportXlsx(report);
      return runChecks({ read: await readReportXlsx(xlsx) });
    },
    verify: noFindings,
  }),
];
