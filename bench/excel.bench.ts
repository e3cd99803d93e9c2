// The Excel host against the counting fake of the object model (test/hosts/excel/fake-excel.ts):
// how many context.sync() round trips each operation takes, whatever the number of findings.
import { runChecks } from "../src/checks";
import { ExcelHost } from "../src/hosts/excel/excel-host";
import { FakeWorkbook } from "../test/hosts/excel/fake-excel";
import { Bench } from "./run";

const OPTIONS = { format: "2021", year: 2025, agency: "某某县民政局", whenSheetsExist: "ask" } as const;

/** Syncs of the last operation measured, for the notes. */
const syncs = { insert: 0, read: 0, mark: 0, findings: 0 };

async function counted<T>(book: FakeWorkbook, key: keyof typeof syncs, work: () => Promise<T>): Promise<T> {
  const before = book.syncs;
  const result = await work();
  syncs[key] = book.syncs - before;
  return result;
}

async function filledBook(): Promise<{ book: FakeWorkbook; host: ExcelHost }> {
  const book = new FakeWorkbook();
  const host = new ExcelHost(book.run);
  await host.insertTemplate(OPTIONS);
  await host.read();
  // An empty template: every input cell is a finding (blank), the worst case for marking.
  book.sheet("三、依申请公开").cell("D5").value = 7;
  return { book, host };
}

let prepared: Promise<{ book: FakeWorkbook; host: ExcelHost }> | undefined;

export const benches: readonly Bench[] = [
  {
    name: "Excel：插入年报模板（模拟对象模型）",
    runs: 50,
    run: async () => {
      const book = new FakeWorkbook();
      await counted(book, "insert", () => new ExcelHost(book.run).insertTemplate(OPTIONS));
    },
    note: () => `context.sync() 次数：${syncs.insert}（目标 ≤ 3）`,
  },
  {
    name: "Excel：校验一次（读取全部数值 + 全部规则 + 标记全部问题单元格）",
    runs: 50,
    run: async () => {
      const { book, host } = await (prepared ??= filledBook());
      const read = await counted(book, "read", () => host.read());
      const { findings } = runChecks({ read });
      syncs.findings = findings.length;
      await counted(book, "mark", () => host.mark(findings));
    },
    note: () => `读取 ${syncs.read} 次 sync，标记 ${syncs.findings} 条发现 ${syncs.mark} 次 sync（与规则和发现的数量无关）`,
  },
];
