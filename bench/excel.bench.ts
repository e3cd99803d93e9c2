// The Excel host: what each batch weighs on the largest workbook, as office.js's request builder
// writes it (test/hosts/excel/request-builder) beside the counting fake's estimate; and, against the
// fake (test/hosts/excel/fake-excel.ts), how many context.sync() round trips each operation takes,
// whatever the number of findings.
import { runChecks } from "../src/checks/run";
import { ExcelHost } from "../src/hosts/excel/excel-host";
import { FakeWorkbook } from "../test/hosts/excel/fake-excel";
import { BatchWeight, BIG_SHEET, PAYLOAD_LIMIT, weighEveryBatch } from "../test/hosts/excel/largest-workbook";
import { buildRequestBuilderPage, REQUEST_BUILDER_DIR } from "../test/hosts/excel/request-builder/build";
import { launch, serve, urlOf } from "../test/apps/taskpane/serve-build";
import { Bench } from "./bench";

const OPTIONS = { format: "2021", year: 2025, agency: "某某县民政局", whenSheetsExist: "ask" } as const;

/** Syncs of the last operation measured, for the notes. */
const syncs = { insert: 0, firstRead: 0, read: 0, firstMark: 0, mark: 0, findings: 0 };

async function counted<T>(book: FakeWorkbook, key: keyof typeof syncs, work: () => Promise<T>): Promise<T> {
  const before = book.syncs;
  const result = await work();
  syncs[key] = book.syncs - before;
  return result;
}

/** A check: read, run every rule, mark every finding's cell. */
async function check(book: FakeWorkbook, host: ExcelHost, read: "firstRead" | "read", mark: "firstMark" | "mark"): Promise<void> {
  const { findings } = runChecks({ read: await counted(book, read, () => host.read()) });
  syncs.findings = findings.length;
  await counted(book, mark, () => host.mark(findings));
}

async function checkedBook(): Promise<{ book: FakeWorkbook; host: ExcelHost }> {
  const book = new FakeWorkbook();
  await new ExcelHost(book.run).insertTemplate(OPTIONS);
  // An empty template: every input cell is a finding (blank), the worst case for marking.
  book.sheet("三、依申请公开").cell("D5").value = 7;
  // A new session: its first read learns the sheets, its first marking reads the cells' fills.
  const host = new ExcelHost(book.run);
  await check(book, host, "firstRead", "firstMark");
  return { book, host };
}

function within(what: string, count: number, most: number): void {
  if (count > most) throw new Error(`${what}: ${count} syncs, expected at most ${most}`);
}

let prepared: Promise<{ book: FakeWorkbook; host: ExcelHost }> | undefined;

/** Each batch on the largest workbook as office.js's request builder writes it, and the fake's estimate of it. */
let measured: BatchWeight[] = [];
let estimated: BatchWeight[] = [];

/** Runs the batches in headless Chromium through office.js's own request builder (test/hosts/excel/request-builder). */
async function measureEveryBatch(): Promise<void> {
  await buildRequestBuilderPage();
  const server = await serve(REQUEST_BUILDER_DIR);
  const browser = await launch();
  try {
    const page = await browser.newPage();
    await page.goto(urlOf(server, "index.html"));
    type Harness = { weighEveryBatch(): Promise<{ weights: BatchWeight[] }>; weighInsert(format: string): Promise<BatchWeight> };
    const every = await page.evaluate(() => (window as unknown as Harness).weighEveryBatch());
    const insert2019 = await page.evaluate(() => (window as unknown as Harness).weighInsert("2019"));
    measured = [...every.weights, { ...insert2019, operation: "插入模板（2019 格式）" }];
    estimated = (await weighEveryBatch()).weights;
  } finally {
    await browser.close();
    server.close();
  }
}
const kb = (bytes: number) => `${(bytes / 1000).toFixed(0)} kB`;

export const benches: readonly Bench[] = [
  {
    name: `Excel：每类批处理的请求与响应（office.js 请求生成器实测，Chromium；年报 + ${BIG_SHEET.rows} 行的自有工作表）`,
    runs: 1,
    warmups: 0,
    run: measureEveryBatch,
    verify: () => {
      for (const w of measured) if (w.failed || w.requestBytes >= PAYLOAD_LIMIT || w.responseBytes >= PAYLOAD_LIMIT) throw new Error(`${w.operation}: ${w.failed ?? "over 5 MB"}`);
    },
    note: () =>
      measured
        .map((w) => {
          const fake = estimated.find((e) => e.operation === w.operation);
          const estimate = fake ? `；模拟对象模型估算 ${kb(fake.requestBytes)} / ${kb(fake.responseBytes)}` : "";
          return `${w.operation}：${w.syncs} 次请求，最大请求 ${w.actions} 个动作 ${kb(w.requestBytes)}，最大响应 ${kb(w.responseBytes)}（上限 ${kb(PAYLOAD_LIMIT)}${estimate}）`;
        })
        .join("\n    "),
  },
  {
    name: "Excel：插入年报模板（模拟对象模型）",
    runs: 50,
    run: async () => {
      const book = new FakeWorkbook();
      await counted(book, "insert", () => new ExcelHost(book.run).insertTemplate(OPTIONS));
    },
    verify: () => within("insertion", syncs.insert, 3),
    note: () => `context.sync() 次数：${syncs.insert}（目标 ≤ 3）`,
  },
  {
    name: "Excel：再次校验（读取全部数值 + 全部规则 + 标记全部问题单元格）",
    runs: 50,
    run: async () => {
      const { book, host } = await (prepared ??= checkedBook());
      await check(book, host, "read", "mark");
    },
    verify: () => {
      within("first read", syncs.firstRead, 2);
      within("first marking", syncs.firstMark, 2);
      within("read", syncs.read, 1);
      within("unchanged marking", syncs.mark, 0);
    },
    note: () =>
      `读取 ${syncs.read} 次 sync（会话首次 ${syncs.firstRead} 次）；标记 ${syncs.findings} 条发现：首次 ${syncs.firstMark} 次 sync（读取新标记单元格的底色 + 写入），发现未变时 ${syncs.mark} 次（不写入，保留撤销记录）；与规则和发现的数量无关`,
  },
];
