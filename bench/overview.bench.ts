// The overview page's work for 100 department workbooks, without the browser: each read from
// its bytes, checked, given its verdict (the page reads files this way, in workers), then the
// overview built over them. The browser test prints the same in Chromium, from choosing the files.
import assert from "node:assert/strict";
import { writeReportXlsx } from "../src/hosts/file/write";
import { readDepartment } from "../src/apps/overview/read-department";
import { buildOverview, Overview } from "../src/checks/overview";
import { departmentReport } from "../test/checks/departments";
import { defineBench } from "./bench";

const WORKBOOKS = 100;
let workbooks: Uint8Array[] | undefined;

async function bytes(): Promise<Uint8Array[]> {
  if (workbooks) return workbooks;
  const written: Uint8Array[] = [];
  for (let i = 0; i < WORKBOOKS; i++) written.push(await writeReportXlsx(departmentReport(`第${i + 1}号单位`, { disclosed: 10 + (i % 40), unprovided: i % 6 })));
  return (workbooks = written);
}

export const benches = [
  defineBench({
    name: `总览 ${WORKBOOKS} 个 .xlsx（读取 + 校验 + 结论 + 汇总指标）`,
    runs: 5,
    warmups: 1,
    goalMs: 2000,
    async run(): Promise<Overview> {
      const files = await bytes();
      const departments = await Promise.all(files.map((file, i) => readDepartment(`${i + 1}.xlsx`, file)));
      return buildOverview(departments);
    },
    verify(overview) {
      assert.equal(overview.rows.length, WORKBOOKS);
      assert.equal(overview.verdicts["可以发布"], WORKBOOKS);
    },
    note: ({ mean }) => `每个工作簿 ${(mean / WORKBOOKS).toFixed(1)} ms`,
  }),
];
