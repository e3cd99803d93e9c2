// The largest workbook a user may have: a report (every input filled, 正文 at Excel's cell limit)
// beside a big sheet of their own data; and what each batch the add-in sends to it weighs, as the
// counting fake estimates a request (about 133 bytes an action, plus the text it carries) and a
// response (the cells loaded). Shared by the request-size test and the Excel bench.
import { runChecks } from "../../../src/checks/run";
import { FunctionReads } from "../../../src/apps/functions/workbook";
import { ExcelHost } from "../../../src/hosts/excel/excel-host";
import { getFormat } from "../../../src/model/formats";
import { FakeWorkbook } from "./fake-excel";

const OPTIONS = { format: "2021", year: 2025, agency: "某某县民政局", whenSheetsExist: "ask" } as const;
/** Excel's most characters in one cell. */
const CELL_LIMIT = 32_767;
export const BIG_SHEET = { name: "原始数据", rows: 20_000, columns: 12 };

export interface BatchWeight {
  readonly operation: string;
  readonly syncs: number;
  /** Of the heaviest sync. */
  readonly actions: number;
  readonly requestBytes: number;
  readonly responseBytes: number;
}

async function weighed(book: FakeWorkbook, operation: string, work: () => Promise<unknown>): Promise<BatchWeight> {
  const first = book.requests.length;
  await work();
  const requests = book.requests.slice(first);
  const heaviest = (key: "bytes" | "responseBytes") => Math.max(0, ...requests.map((request) => request[key]));
  return { operation, syncs: requests.length, actions: Math.max(0, ...requests.map((r) => r.actions)), requestBytes: heaviest("bytes"), responseBytes: heaviest("responseBytes") };
}

/** Every kind of batch the add-in sends, each on the largest workbook. */
export async function weighEveryBatch(): Promise<BatchWeight[]> {
  const book = new FakeWorkbook();
  const host = new ExcelHost(book.run);
  const weights = [await weighed(book, "插入模板", () => host.insertTemplate(OPTIONS))];
  const big = book.addSheet(BIG_SHEET.name);
  for (let row = 1; row <= BIG_SHEET.rows; row++) for (let column = 1; column <= BIG_SHEET.columns; column++) big.cell(`${String.fromCharCode(64 + column)}${row}`).value = column === 1 ? `项目${row}` : row * column;
  const first = await host.read();
  for (const [i, id] of Object.keys(first.report.values).entries()) {
    const at = first.locations[id];
    book.sheet(at.sheet).cell(at.address).value = i % 7;
  }
  const fresh = new ExcelHost(book.run);
  let read = first;
  weights.push(await weighed(book, "读取（会话首次）", async () => (read = await fresh.read())));
  const { findings } = runChecks({ read });
  weights.push(await weighed(book, `标记 ${findings.length} 条发现`, () => fresh.mark(findings)));
  const sections = Object.fromEntries(getFormat("2021").sections.map((section) => [section, "政".repeat(CELL_LIMIT)]));
  weights.push(await weighed(book, "写入正文（每节 32767 字）", () => fresh.writeText(sections, read.report.text)));
  weights.push(await weighed(book, "自定义函数读取", () => new FunctionReads(book.run).read()));
  weights.push(await weighed(book, "把空白填为 0", () => fresh.fillZeros(Object.values(read.locations).slice(0, 500))));
  return weights;
}
