// Checking many workbooks as `nianbao check folder/` does: 200 varied workbooks (both formats,
// some with errors) written by the file host into a temp folder, then read from disk, located by
// their labels and checked, through the same pool as the command line. The folder is removed
// when the bench is done.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import assert from "node:assert/strict";
import { writeReportXlsx } from "../src/hosts/file/write";
import { checkFiles } from "../src/apps/cli/batch";
import { BatchEntry } from "../src/apps/cli/batch-entry";
import { readReportFile } from "../src/apps/cli/report-file";
import { Report } from "../src/model/report";
import { consistentReport, withValues } from "../test/checks/builders";
import { defineBench } from "./bench";

const WORKBOOKS = 200;
let folder: string | undefined;
let files: string[] | undefined;
let peakRss = 0;

const wrongTotal = (i: number) => i % 5 === 0;
const textInCount = (i: number) => i % 7 === 0;

/** Workbook i: 2021 or 2019 format, every fifth one with a wrong total, every seventh with text in a count. */
function variedReport(i: number): Report {
  const report = i % 3 === 0 ? consistentReport(i, "2019") : consistentReport(i);
  const total = "四|行政复议|总计";
  let varied = wrongTotal(i) ? withValues(report, { [total]: (report.values[total] as number) + 1 }) : report;
  if (textInCount(i)) varied = withValues(varied, { "三|（一）予以公开|自然人": "１２" });
  return { ...varied, agency: `第 ${i + 1} 号单位` };
}

async function workbooks(): Promise<string[]> {
  if (files) return files;
  folder = mkdtempSync(path.join(tmpdir(), "nianbao-bench-"));
  const written: string[] = [];
  for (let i = 0; i < WORKBOOKS; i++) {
    const file = path.join(folder, `${String(i).padStart(3, "0")}.xlsx`);
    writeFileSync(file, await writeReportXlsx(variedReport(i)));
    written.push(file);
  }
  return (files = written);
}

export const benches = [
  defineBench({
    name: `批量校验 ${WORKBOOKS} 个 .xlsx（读盘 + 按标签定位 + 全部规则）`,
    runs: 5,
    warmups: 1,
    goalMs: (WORKBOOKS / 100) * 1000,
    async run(): Promise<BatchEntry[]> {
      const paths = await workbooks();
      return checkFiles(paths, readReportFile, () => (peakRss = Math.max(peakRss, process.memoryUsage().rss)));
    },
    verify(entries) {
      // Every workbook read; exactly those with a wrong total or text in a count have errors.
      const invalid = entries.map((entry, i) => ("error" in entry ? entry.error : !entry.result.valid ? i : -1)).filter((i) => i !== -1);
      assert.deepEqual(invalid, [...Array(WORKBOOKS).keys()].filter((i) => wrongTotal(i) || textInCount(i)));
    },
    cleanup: () => folder && rmSync(folder, { recursive: true, force: true }),
    note: ({ mean }) => `每秒 ${((WORKBOOKS / mean) * 1000).toFixed(0)} 个工作簿（目标 ≥ 100），校验期间内存峰值 ${(peakRss / 1024 / 1024).toFixed(0)} MB（RSS）`,
  }),
];
