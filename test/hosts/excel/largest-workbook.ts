// The largest workbook a user may have: a report (every input filled, 正文 at Excel's cell limit)
// beside a big sheet of their own data; and what each batch the add-in sends to it weighs. The
// weighing is a Meter's: the counting fake's estimate (book.requests), or office.js's own request
// builder in the browser (request-builder/office-run.ts). Shared by the request-size tests and
// the Excel bench; the same host functions run either way.
import { runChecks } from "../../../src/checks/run";
import { FunctionReads } from "../../../src/apps/functions/workbook";
import { ExcelHost } from "../../../src/hosts/excel/excel-host";
import { ExcelRun } from "../../../src/hosts/excel/run";
import { cellsToMark } from "../../../src/hosts/marks";
import { getFormat } from "../../../src/model/formats";
import { ReadResult } from "../../../src/reading/read";
import { sectionCells } from "../../../src/reading/text-cells";
import { MARK_FILLS } from "../../../src/template/style";
import { FakeWorkbook } from "./fake-excel";

const OPTIONS = { format: "2021", year: 2025, agency: "某某县民政局", whenSheetsExist: "ask" } as const;
/** Excel's most characters in one cell. */
const CELL_LIMIT = 32_767;
export const BIG_SHEET = { name: "原始数据", rows: 20_000, columns: 12 };
/** Excel on the web refuses a request or a response above 5 MB. */
export const PAYLOAD_LIMIT = 5_000_000;

/** One sync: its actions, the bytes of its request and of its response. */
export interface RequestWeight {
  readonly actions: number;
  readonly bytes: number;
  readonly responseBytes: number;
}

/** How the batches on `book` are run and their syncs weighed. */
export type Meter = (book: FakeWorkbook) => { readonly run: ExcelRun; readonly requests: readonly RequestWeight[] };

/** The counting fake's own estimate of each sync. */
export const FAKE_METER: Meter = (book) => ({ run: book.run, requests: book.requests });

export interface BatchWeight {
  readonly operation: string;
  readonly syncs: number;
  /** Of the heaviest sync. */
  readonly actions: number;
  readonly requestBytes: number;
  readonly responseBytes: number;
  /** The Office error code the batch failed with (a payload above 5 MB), if it failed. */
  readonly failed?: string;
}

/** What a read returned, against what the workbook was given. */
export interface ReadCheck {
  readonly values: number;
  readonly valuesAsFilled: number;
  readonly sections: number;
  readonly sectionsAsWritten: number;
}

/** What each batch did, for a test to hold against what it was given. */
export interface Done {
  readonly inserted: string;
  /** The cells the findings name, and how many of them now carry their severity's fill. */
  readonly marked: { readonly findings: number; readonly cells: number; readonly painted: number };
  /** 正文 sections written, and how many cells now hold exactly that text. */
  readonly text: { readonly sections: number; readonly inCells: number };
  readonly read: ReadCheck;
  readonly functionsRead: ReadCheck;
  /** Input cells emptied, how many the batch said it filled, how many now hold 0. */
  readonly zeros: { readonly blank: number; readonly filled: number; readonly zeroNow: number };
}

interface Metered {
  readonly book: FakeWorkbook;
  readonly run: ExcelRun;
  weigh(operation: string, work: () => Promise<unknown>): Promise<BatchWeight>;
}

function metered(meter: Meter): Metered {
  const book = new FakeWorkbook();
  const { run, requests } = meter(book);
  return {
    book,
    run,
    async weigh(operation, work) {
      const first = requests.length;
      let failed: string | undefined;
      try {
        await work();
      } catch (error) {
        failed = (error as { code?: string }).code;
        if (!failed) throw error;
      }
      const syncs = requests.slice(first);
      const heaviest = (key: keyof RequestWeight) => Math.max(0, ...syncs.map((sync) => sync[key]));
      return { operation, syncs: syncs.length, actions: heaviest("actions"), requestBytes: heaviest("bytes"), responseBytes: heaviest("responseBytes"), ...(failed ? { failed } : {}) };
    },
  };
}

function addBigSheet(book: FakeWorkbook, rows: number): void {
  const big = book.addSheet(BIG_SHEET.name);
  for (let row = 1; row <= rows; row++) for (let column = 1; column <= BIG_SHEET.columns; column++) big.cell(`${String.fromCharCode(64 + column)}${row}`).value = column === 1 ? `项目${row}` : row * column;
}

/** Types a value into every input cell the read located, as a person fills the report in; returns them by id. */
function fillInputs(book: FakeWorkbook, read: ReadResult): Record<string, number> {
  const filled: Record<string, number> = {};
  for (const [i, id] of Object.keys(read.report.values).entries()) {
    const at = read.locations[id];
    book.sheet(at.sheet).cell(at.address).value = filled[id] = i % 7;
  }
  return filled;
}

function readCheck(read: ReadResult, filled: Readonly<Record<string, number>>, text: Readonly<Record<string, string>>): ReadCheck {
  const ids = Object.keys(filled);
  const sections = Object.keys(text);
  return {
    values: ids.length,
    valuesAsFilled: ids.filter((id) => read.report.values[id] === filled[id]).length,
    sections: sections.length,
    sectionsAsWritten: sections.filter((section) => read.report.text[section] === text[section]).length,
  };
}

/** Inserting the template of `format` into an empty workbook. */
export async function weighInsert(meter: Meter, format: "2021" | "2019"): Promise<BatchWeight> {
  const { run, weigh } = metered(meter);
  return weigh("插入模板", async () => {
    const result = await new ExcelHost(run).insertTemplate({ ...OPTIONS, format });
    if (result.status !== "inserted") throw new Error(`the template was not inserted: ${result.status}`);
  });
}

/** The template inserted beside a big sheet of `rows` rows, every input filled: the session's first read. */
export async function weighFirstRead(meter: Meter, rows: number): Promise<BatchWeight> {
  const { book, run, weigh } = metered(meter);
  const host = new ExcelHost(run);
  await host.insertTemplate(OPTIONS);
  fillInputs(book, await host.read());
  addBigSheet(book, rows);
  return weigh("读取（会话首次）", () => new ExcelHost(run).read());
}

/**
 * Every kind of batch the add-in sends, each on the largest workbook, in the order a person
 * meets them: insert, check the empty template (every input a finding: the most marks), fill
 * it in and write 正文 at the cell limit, check again in a new session, the functions' read, then
 * empty every input and 把空白填为 0.
 */
export async function weighEveryBatch(meter: Meter = FAKE_METER): Promise<{ weights: BatchWeight[]; done: Done }> {
  const { book, run, weigh } = metered(meter);
  let inserted = "";
  const weights = [await weigh("插入模板", async () => (inserted = (await new ExcelHost(run).insertTemplate(OPTIONS)).status))];
  addBigSheet(book, BIG_SHEET.rows);

  const checking = new ExcelHost(run);
  const blank = await checking.read();
  const { findings } = runChecks({ read: blank });
  const cells = cellsToMark(findings, new Set(book.sheets.map((sheet) => sheet.name)));
  weights.push(await weigh(`标记 ${findings.length} 条发现（${cells.length} 个单元格）`, () => checking.mark(findings)));
  const painted = cells.filter((cell) => book.sheet(cell.sheet).cell(cell.address).fill === MARK_FILLS[cell.severity]).length;

  const filled = fillInputs(book, blank);
  const writing = new ExcelHost(run);
  const text = Object.fromEntries(getFormat(OPTIONS.format).sections.map((section, i) => [section, `${i}`.repeat(8) + "政".repeat(CELL_LIMIT - 8)]));
  const before = (await writing.read()).report.text;
  weights.push(await weigh(`写入正文（每节 ${CELL_LIMIT} 字）`, () => writing.writeText(text, before)));
  const textCells = sectionCells(blank, Object.keys(text));
  const inCells = Object.entries(textCells).filter(([section, at]) => book.sheet(at.sheet).value(at.address) === text[section]).length;

  let read = blank;
  weights.push(await weigh("读取（会话首次）", async () => (read = await new ExcelHost(run).read())));
  let functionsRead = blank;
  weights.push(await weigh("自定义函数读取", async () => (functionsRead = await new FunctionReads(run).read())));

  const inputs = Object.keys(filled).map((id) => read.locations[id]);
  for (const at of inputs) book.sheet(at.sheet).cell(at.address).value = null;
  const emptied = inputs.filter((at) => !book.sheet(at.sheet).cell(at.address).formula);
  let zeros = 0;
  weights.push(await weigh(`把空白填为 0（${inputs.length} 个单元格）`, async () => (zeros = await new ExcelHost(run).fillZeros(inputs))));
  const zeroNow = emptied.filter((at) => book.sheet(at.sheet).value(at.address) === 0).length;

  return {
    weights,
    done: {
      inserted,
      marked: { findings: findings.length, cells: cells.length, painted },
      text: { sections: Object.keys(text).length, inCells },
      read: readCheck(read, filled, text),
      functionsRead: readCheck(functionsRead, filled, text),
      zeros: { blank: emptied.length, filled: zeros, zeroNow },
    },
  };
}
