import assert from "node:assert/strict";
import { ExcelHost } from "../../../src/hosts/excel/excel-host";
import { SHEET_NAMES } from "../../../src/report/layout";
import { TextSheetError } from "../../../src/taskpane/text-cells";
import { FakeWorkbook } from "./fake-excel";

const OPTIONS = { format: "2021", year: 2025, agency: "某某市某某局", whenSheetsExist: "ask" } as const;
const OVERVIEW = "一、总体情况";
const OTHER = "六、其他需要报告的事项";

/** The A-column cell holding a section's title on the 正文 sheet. */
function titleCell(book: FakeWorkbook, section: string): string {
  const sheet = book.sheet(SHEET_NAMES.text);
  return [...Array(20).keys()].map((i) => `A${i + 1}`).find((at) => sheet.value(at) === section)!;
}

async function insertedBook(): Promise<{ book: FakeWorkbook; host: ExcelHost }> {
  const book = new FakeWorkbook();
  const host = new ExcelHost(book.run);
  await host.insertTemplate(OPTIONS);
  await host.read();
  return { book, host };
}

describe("Excel host: writing the generated text", () => {
  it("writes every section in one sync", async () => {
    const { book, host } = await insertedBook();
    const before = book.syncs;
    await host.writeText("2021", { [OVERVIEW]: "总体情况的文字", [OTHER]: "其他事项的文字" });
    assert.equal(book.syncs - before, 1);
  });

  it("puts each section's text beside its title, where the reader finds it", async () => {
    const { host } = await insertedBook();
    await host.writeText("2021", { [OVERVIEW]: "总体情况的文字" });
    assert.equal((await host.read()).report.text[OVERVIEW], "总体情况的文字");
  });

  it("leaves the sections it was not given as a person wrote them", async () => {
    const { book, host } = await insertedBook();
    book.sheet(SHEET_NAMES.text).cell(titleCell(book, OTHER).replace("A", "B")).value = "本机关没有其他需要报告的事项。";
    await host.read();
    await host.writeText("2021", { [OVERVIEW]: "总体情况的文字" });
    assert.equal((await host.read()).report.text[OTHER], "本机关没有其他需要报告的事项。");
  });

  it("fits each written row to its text, so no section is cut off", async () => {
    const { book, host } = await insertedBook();
    await host.writeText("2021", { [OVERVIEW]: "总体情况的文字" });
    assert.deepEqual([...book.sheet(SHEET_NAMES.text).autofitRows], [Number(titleCell(book, OVERVIEW).slice(1))]);
  });

  it("says in Chinese which section title is missing instead of writing elsewhere", async () => {
    const { book, host } = await insertedBook();
    book.sheet(SHEET_NAMES.text).cell(titleCell(book, OTHER)).value = "其他";
    await host.read();
    await assert.rejects(host.writeText("2021", { [OTHER]: "文字" }), (error: Error) => error instanceof TextSheetError && error.message.includes(OTHER));
  });
});
