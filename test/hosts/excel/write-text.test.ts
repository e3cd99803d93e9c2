import assert from "node:assert/strict";
import { ExcelHost } from "../../../src/hosts/excel/excel-host";
import { TextChangedError, TextLockedError } from "../../../src/hosts/host";
import { SHEET_NAMES } from "../../../src/model/sheet-names";
import { TextSheetError } from "../../../src/reading/text-cells";
import { FakeWorkbook } from "./fake-excel";

const OPTIONS = { format: "2021", year: 2025, agency: "某某市某某局", whenSheetsExist: "ask" } as const;
const OVERVIEW = "一、总体情况";
const OTHER = "六、其他需要报告的事项";
/** What the merge starts from in a fresh template: every 正文 cell blank. */
const BLANK = {};

/** The A-column cell holding a section's title on the 正文 sheet (printed over lines, so compared without the breaks). */
function titleCell(book: FakeWorkbook, section: string): string {
  const sheet = book.sheet(SHEET_NAMES.text);
  return [...Array(20).keys()].map((i) => `A${i + 1}`).find((at) => String(sheet.value(at) ?? "").replaceAll("\n", "") === section)!;
}

async function insertedBook(): Promise<{ book: FakeWorkbook; host: ExcelHost }> {
  const book = new FakeWorkbook();
  const host = new ExcelHost(book.run);
  await host.insertTemplate(OPTIONS);
  await host.read();
  return { book, host };
}

describe("Excel host: writing the generated text", () => {
  it("checks and writes every section in two syncs", async () => {
    const { book, host } = await insertedBook();
    const before = book.syncs;
    await host.writeText({ [OVERVIEW]: "总体情况的文字", [OTHER]: "其他事项的文字" }, BLANK);
    assert.equal(book.syncs - before, 2);
  });

  it("writes nothing and names the cell when a person changed a section after the merge began", async () => {
    const { book, host } = await insertedBook();
    const cell = titleCell(book, OVERVIEW).replace("A", "B");
    const merged = (await host.read()).report.text;
    book.sheet(SHEET_NAMES.text).cell(cell).value = "刚刚输入的文字";
    await host.read(); // an auto-check re-read while the pane was asking
    await assert.rejects(
      host.writeText({ [OVERVIEW]: "生成的文字", [OTHER]: "其他事项的文字" }, merged),
      (error: Error) => error instanceof TextChangedError && error.message.includes(`${SHEET_NAMES.text}!${cell}`) && error.message.includes(OVERVIEW),
    );
    assert.equal(book.sheet(SHEET_NAMES.text).value(cell), "刚刚输入的文字");
    assert.equal(book.sheet(SHEET_NAMES.text).value(titleCell(book, OTHER).replace("A", "B")), null);
  });

  it("writes into the 正文 of the template inserted beside an older report", async () => {
    const { book, host } = await insertedBook();
    await host.insertTemplate({ ...OPTIONS, whenSheetsExist: "beside" });
    await host.read();
    await host.writeText({ [OVERVIEW]: "新的文字" }, BLANK);
    const newer = book.sheet(`${SHEET_NAMES.text} (2)`);
    assert.equal(newer.value(titleCell(book, OVERVIEW).replace("A", "B")), "新的文字");
    assert.equal(book.sheet(SHEET_NAMES.text).value(titleCell(book, OVERVIEW).replace("A", "B")), null);
  });

  it("puts each section's text beside its title, where the reader finds it", async () => {
    const { host } = await insertedBook();
    await host.writeText({ [OVERVIEW]: "总体情况的文字" }, BLANK);
    assert.equal((await host.read()).report.text[OVERVIEW], "总体情况的文字");
  });

  it("writes a section into the cell reading takes it from, even when its title also stands elsewhere", async () => {
    const { book, host } = await insertedBook();
    // A note repeating the title far to the right: first in reading order, farther from A1.
    book.sheet(SHEET_NAMES.text).cell("Z1").value = OVERVIEW;
    await host.read();
    await host.writeText({ [OVERVIEW]: "总体情况的文字" }, BLANK);
    assert.equal(book.sheet(SHEET_NAMES.text).value("AA1"), null);
    assert.equal((await host.read()).report.text[OVERVIEW], "总体情况的文字");
  });

  it("leaves the sections it was not given as a person wrote them", async () => {
    const { book, host } = await insertedBook();
    book.sheet(SHEET_NAMES.text).cell(titleCell(book, OTHER).replace("A", "B")).value = "本机关没有其他需要报告的事项。";
    await host.read();
    await host.writeText({ [OVERVIEW]: "总体情况的文字" }, BLANK);
    assert.equal((await host.read()).report.text[OTHER], "本机关没有其他需要报告的事项。");
  });

  it("fits each written row to its text, so no section is cut off", async () => {
    const { book, host } = await insertedBook();
    await host.writeText({ [OVERVIEW]: "总体情况的文字" }, BLANK);
    assert.deepEqual([...book.sheet(SHEET_NAMES.text).autofitRows], [Number(titleCell(book, OVERVIEW).slice(1))]);
  });

  it("writes every section on a sheet protected without row formatting, leaving the rows' heights and saying so", async () => {
    const { book, host } = await insertedBook();
    book.sheet(SHEET_NAMES.text).protection = { allowFormatCells: true };
    const written = await host.writeText({ [OVERVIEW]: "总体情况的文字", [OTHER]: "其他事项的文字" }, BLANK);
    assert.deepEqual(written, { rowsFitted: false });
    const { text } = (await host.read()).report;
    assert.deepEqual([text[OVERVIEW], text[OTHER]], ["总体情况的文字", "其他事项的文字"]);
    assert.equal(book.sheet(SHEET_NAMES.text).autofitRows.size, 0);
  });

  it("writes nothing, naming the cell, when one section's cell is locked on the protected sheet", async () => {
    const { book, host } = await insertedBook();
    const other = titleCell(book, OTHER).replace("A", "B");
    book.sheet(SHEET_NAMES.text).cell(other).locked = true;
    await assert.rejects(
      host.writeText({ [OVERVIEW]: "总体情况的文字", [OTHER]: "其他事项的文字" }, BLANK),
      (error: Error) => error instanceof TextLockedError && error.message.includes(`${SHEET_NAMES.text}!${other}`),
    );
    assert.equal((await host.read()).report.text[OVERVIEW], undefined);
  });

  it("says in Chinese which section title is missing instead of writing elsewhere", async () => {
    const { book, host } = await insertedBook();
    book.sheet(SHEET_NAMES.text).cell(titleCell(book, OTHER)).value = "其他";
    await host.read();
    await assert.rejects(host.writeText({ [OTHER]: "文字" }, BLANK), (error: Error) => error instanceof TextSheetError && error.message.includes(OTHER));
  });
});
