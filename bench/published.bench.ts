// Reading published reports: the seed text copy, the largest real text copy of the corpus (a
// complete report from a PDF), and a saved page of a full report (HTML through parse5), GBK-encoded.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import iconv from "iconv-lite";
import { readPublished } from "../src/reading/published/read-published";
import { reportHtml } from "../src/export/html";
import { consistentReport } from "../test/checks/builders";
import { defineBench } from "./bench";

const FIXTURES = path.join(__dirname, "..", "test", "fixtures");
const seed = readFileSync(path.join(FIXTURES, "seed-xiangzhou-2020.txt"));
const huaian = readFileSync(path.join(FIXTURES, "published", "2024-huaian-szf", "source.txt"));
const report = consistentReport(1);
const page = new Uint8Array(iconv.encode(reportHtml(report).replace('<meta charset="utf-8">', '<meta charset="gbk">'), "gbk"));

export const benches = [
  defineBench({ name: `种子文字稿（${seed.length} 字节，2019 格式）`, run: () => readPublished(seed), verify: (read) => assert.equal(read.report.format, "2019"), runs: 500 }),
  defineBench({
    name: `淮安市 2024 年报文字稿（${huaian.length} 字节，完整）`,
    run: () => readPublished(huaian),
    verify: (read) => assert.equal(read.report.year, 2024),
    runs: 500,
  }),
  defineBench({
    name: `完整年报网页（GBK，${page.length} 字节）`,
    run: () => readPublished(page),
    verify: (read) => assert.deepEqual(read.report.values, report.values),
    runs: 200,
  }),
];
