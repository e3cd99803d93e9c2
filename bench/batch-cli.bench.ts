// `nianbao check folder/` over 1,000 workbooks as a person runs it: one whole process of
// bin/nianbao.js (the compiled copy; worker threads, one per core), start-up included. Its peak
// memory is read from the process itself (test/apps/cli/peak-rss.js, preloaded). Twice: with one
// section written (the rest generated), and with every section written, as finished reports
// arrive at the office that collects them (their prose is read and checked against the tables).
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";
import assert from "node:assert/strict";
import { writeReportXlsx } from "../src/hosts/file/write";
import { consistentReport, withValues } from "../test/checks/builders";
import { generateNarrative } from "../src/narrative/generate";
import { getFormat } from "../src/model/formats";
import { Report } from "../src/model/report";
import { defineBench } from "./bench";

const WORKBOOKS = 1000;
/** Distinct workbooks, each copied to make up the thousand (copies are separate files). */
const DISTINCT = 50;
const BIN = path.join(__dirname, "..", "bin", "nianbao.js");
const PEAK_RSS = path.join(__dirname, "..", "test", "apps", "cli", "peak-rss.js");
const wrongTotal = (i: number) => i % 5 === 0;
/** What a finished report says under 五 (and any section the narrative does not write). */
const WRITTEN = "本机关政府信息公开工作仍存在公开内容不够全面、政策解读形式较为单一等问题。下一步，将进一步完善工作机制，加强业务培训，提升公开质量。";

/** Every section written: the narrative generated from the tables, as many offices publish it, and 五 in a person's words. */
function writtenOut(report: Report): Report {
  const blocks = generateNarrative(report).blocks;
  const text = Object.fromEntries(
    getFormat(report.format).sections.map((title) => [title, blocks.filter((b) => b.section === title).map((b) => b.text).join("\n") || WRITTEN]),
  );
  return { ...report, text };
}

function batchBench(everySection: boolean) {
  let folder: string | undefined;
  let peakMegabytes = 0;

  async function workbooks(): Promise<string> {
    if (folder) return folder;
    const made = mkdtempSync(path.join(tmpdir(), "nianbao-batch-cli-"));
    for (let i = 0; i < DISTINCT; i++) {
      const report = i % 3 === 0 ? consistentReport(i, "2019") : consistentReport(i);
      const total = "四|行政复议|总计";
      const varied = wrongTotal(i) ? withValues(report, { [total]: (report.values[total] as number) + 1 }) : report;
      // Finished reports (信息处理费 and, in 2019's format, 采购总金额单位 answered): only the wrong totals hold a report back.
      const finished = { ...varied, agency: `第 ${i + 1} 号单位`, fee: { charged: "否", cases: 0, amount: 0 }, procurementUnit: "万元" };
      writeFileSync(path.join(made, `${String(i).padStart(4, "0")}.xlsx`), await writeReportXlsx(everySection ? writtenOut(finished) : finished));
    }
    for (let i = DISTINCT; i < WORKBOOKS; i++) copyFileSync(path.join(made, `${String(i % DISTINCT).padStart(4, "0")}.xlsx`), path.join(made, `${String(i).padStart(4, "0")}.xlsx`));
    return (folder = made);
  }

  return defineBench({
    name: `nianbao check 文件夹（${WORKBOOKS} 个 .xlsx${everySection ? "，正文各部分都已写好" : ""}，整个进程，${availableParallelism()} 个核心）`,
    runs: 3,
    warmups: 0,
    goalMs: WORKBOOKS,
    async run() {
      const reports = await workbooks();
      const outcome = spawnSync(process.execPath, ["-r", PEAK_RSS, BIN, "check", reports], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
      peakMegabytes = Math.max(peakMegabytes, Number(/峰值内存 (\d+) MB/.exec(outcome.stderr)?.[1]));
      return outcome;
    },
    verify(outcome) {
      assert.equal(outcome.status, 1, outcome.stderr);
      const invalid = (WORKBOOKS / DISTINCT) * [...Array(DISTINCT).keys()].filter(wrongTotal).length;
      assert.match(outcome.stdout, new RegExp(`合计 ${WORKBOOKS} 个文件：.*可以发布 ${WORKBOOKS - invalid} 个.*有错误 ${invalid} 个，尚未填写 0 个，无法读取 0 个`));
    },
    cleanup: () => folder && rmSync(folder, { recursive: true, force: true }),
    note: ({ mean }) => `平均每秒 ${((WORKBOOKS / mean) * 1000).toFixed(0)} 个工作簿（目标 ≥ 1000），进程内存峰值 ${peakMegabytes} MB（RSS）`,
  });
}

export const benches = [batchBench(false), batchBench(true)];
