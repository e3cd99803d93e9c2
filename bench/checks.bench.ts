// Checking a full report with every rule: in the core (JSON), with last year's report, with a
// finding to word, and from an .xlsx file through the file host.
import { readFileSync } from "node:fs";
import path from "node:path";
import { reportFromJson } from "../src/report";
import { runChecks } from "../src/checks";
import { readReportXlsx, writeReportXlsx } from "../src/hosts/file";
import { consistentReport, withValues } from "../test/checks/builders";
import type { Bench } from "./run";

const report = consistentReport(1);
const previous = { ...consistentReport(2), year: report.year - 1 };
const broken = withValues(report, { "三|（一）予以公开|自然人": 73 });
const seed = reportFromJson(JSON.parse(readFileSync(path.join(__dirname, "..", "test", "fixtures", "seed-xiangzhou-2020.json"), "utf8")));
let xlsx: Uint8Array | undefined;

export const benches: readonly Bench[] = [
  { name: "完整年报（2021 格式，全部规则，无发现）", run: () => runChecks({ report }), goalMs: 1 },
  { name: "完整年报 + 上年年报（跨年度规则）", run: () => runChecks({ report }, { previous: { report: previous } }), goalMs: 1 },
  { name: "一个数填错（3 条勾稽错误及其措辞）", run: () => runChecks({ report: broken }), goalMs: 1 },
  { name: "样例年报（2019 格式，140 条警告）", run: () => runChecks({ report: seed }) },
  {
    name: ".xlsx 文件：读取 + 按标签定位 + 校验",
    runs: 30,
    run: async () => {
      xlsx ??= await writeReportXlsx(report);
      return runChecks({ read: await readReportXlsx(xlsx) });
    },
  },
];
