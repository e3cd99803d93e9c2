// The pane as it runs in Excel: startPane over ExcelHost over the counting fake workbook, in
// headless Chromium. What a person does (click, answer, type in a cell) and what the workbook
// then holds.
import assert from "node:assert/strict";
import { Page } from "playwright-core";
import { MARK_FILLS } from "../../../src/template/style";
import { SHEET_NAMES } from "../../../src/model/sheet-names";
import { PANE_TEXT } from "../../../src/catalogue/pane-messages";
import type { FakeWorkbook } from "../../hosts/excel/fake-excel";
import type { HarnessOptions } from "./excel-pane/harness";
import { buildHarness, HARNESS_DIR, servedBrowser, urlOf } from "./serve-build";

interface Harness {
  book: FakeWorkbook;
  stats: { reads: number; running: number; mostAtOnce: number };
  start(options?: HarnessOptions): void;
  insertTemplate(): Promise<void>;
  check(): Promise<void>;
}
declare const harness: Harness;

const OVERVIEW = "一、总体情况";

describe("the task pane over the Excel host (headless Chromium, fake workbook)", function () {
  this.timeout(180000);
  const served = servedBrowser(HARNESS_DIR, buildHarness);
  let page: Page;
  let errors: string[];

  /** A fresh page holding a workbook with the blank template, and the pane started over it. */
  async function open(options: HarnessOptions = {}): Promise<void> {
    await page?.close();
    page = await served.browser.newPage({ viewport: { width: 360, height: 900 }, locale: "zh-CN" });
    errors = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(urlOf(served.server, "index.html"));
    await page.evaluate(async (options) => {
      await harness.insertTemplate();
      harness.start(options);
    }, options);
  }

  const button = (name: string) => page.getByRole("button", { name, exact: true });

  /** Fills of every cell of the workbook that holds one of the pane's marks. */
  const markedCells = () =>
    page.evaluate((fills) => harness.book.sheets.flatMap((sheet) => [...sheet.cells.entries()].filter(([, cell]) => fills.includes(cell.fill ?? "")).map(([at]) => `${sheet.name}!${at}`)), Object.values(MARK_FILLS));

  /** The 正文 cell holding a section's text (the one right of its title). */
  const textCell = (section: string) =>
    page.evaluate(
      ({ sheet, section }) => {
        const cells = harness.book.sheet(sheet).cells;
        const title = [...cells.entries()].find(([, cell]) => cell.value === section)![0];
        return title.replace(/^A/u, "B");
      },
      { sheet: SHEET_NAMES.text, section },
    );
  const textIn = (at: string) => page.evaluate(({ sheet, at }) => String(harness.book.sheet(sheet).value(at) ?? ""), { sheet: SHEET_NAMES.text, at });
  /** A person typing into a cell directly (no change event: the pane is asking meanwhile). */
  const type = (at: string, value: string) => page.evaluate(({ sheet, at, value }) => void (harness.book.sheet(sheet).cell(at).value = value), { sheet: SHEET_NAMES.text, at, value });

  /** Writes the generated text once, then edits the body of its first generated block in 一、总体情况. */
  async function writeThenEditBlock(): Promise<{ cell: string; edited: string }> {
    await button(PANE_TEXT.generateButton).click();
    await button(PANE_TEXT.writeButton).click();
    await page.getByText(PANE_TEXT.written([OVERVIEW]).slice(0, 8)).waitFor();
    const cell = await textCell(OVERVIEW);
    const written = await textIn(cell);
    const edited = written.replace(/(【自动生成：[^】]+】\n)([^\n]+)/u, "$1这是一段人工改写的总体情况。");
    assert.notEqual(edited, written, "the overview holds a generated block");
    await type(cell, edited);
    return { cell, edited };
  }

  /** Clicks 校验 and waits until it is done. */
  async function checkByClick(): Promise<void> {
    await button(PANE_TEXT.checkButton).click();
    await page.locator(`section:has(#check-heading) button:text("${PANE_TEXT.checkButton}"):not([disabled])`).waitFor();
  }

  /** Counts how often the 正文 question is shown from now on. */
  const countQuestions = () =>
    page.evaluate(() => {
      const ask = document.querySelector<HTMLElement>("#block-question")!.parentElement!;
      const counter = { shown: 0 };
      new MutationObserver(() => void (ask.hidden || (counter.shown += 1))).observe(ask, { attributes: true, attributeFilter: ["hidden"] });
      (window as unknown as { questions: typeof counter }).questions = counter;
    });
  const questionsShown = () => page.evaluate(() => (window as unknown as { questions: { shown: number } }).questions.shown);

  describe("checks", () => {
    beforeEach(() => open());

    it("never runs two Excel batches at once when 校验, 清除标记 and 生成正文 are clicked together", async () => {
      await page.evaluate(() => Object.assign(harness.stats, { mostAtOnce: 0 }));
      await page.evaluate((names) => {
        for (const name of names) [...document.querySelectorAll("button")].find((b) => b.textContent === name)!.click();
      }, [PANE_TEXT.checkButton, PANE_TEXT.clearButton, PANE_TEXT.generateButton]);
      await page.getByText(PANE_TEXT.cleared).waitFor();
      await page.locator(".preview:not([hidden])").waitFor();
      assert.equal(await page.evaluate(() => harness.stats.mostAtOnce), 1);
    });

    it("runs checks asked for before the first one starts only once", async () => {
      await page.evaluate(() => Object.assign(harness.stats, { reads: 0 }));
      await page.evaluate(() => Promise.all([harness.check(), harness.check(), harness.check()]));
      assert.equal(await page.evaluate(() => harness.stats.reads), 1);
    });

    it("announces the result to screen readers through a live region present from the start", async () => {
      const live = page.locator("section:has(#check-heading) [role=status]:has(.summary)");
      assert.equal(await live.getAttribute("aria-live"), "polite");
      await checkByClick();
      assert.equal((await live.textContent())?.trim(), await page.textContent(".summary"));
      assert.match((await live.textContent()) ?? "", /^错误 \d+ 个/u);
    });

    it("re-checks as a person types but leaves the cells unpainted until 校验 is clicked", async () => {
      await checkByClick();
      const before = await markedCells();
      const listed = await page.textContent(".summary");
      // A figure where 总计 should be: an error the list shows at once and the cell shows after 校验.
      const at = await page.evaluate(async ({ sheet, warned }) => {
        const [at] = [...harness.book.sheet(sheet).cells.entries()].find(([, cell]) => cell.fill === warned)!;
        await harness.book.personEdits(sheet, at, -5);
        return at;
      }, { sheet: SHEET_NAMES["三"], warned: MARK_FILLS.警告 });
      const fill = () => page.evaluate(({ sheet, at }) => harness.book.sheet(sheet).cell(at).fill, { sheet: SHEET_NAMES["三"], at });
      await page.getByText(PANE_TEXT.autoChecked).waitFor({ timeout: 10000 });
      assert.notEqual(await page.textContent(".summary"), listed, "the list follows the new value");
      assert.deepEqual(await markedCells(), before, "auto-check painted no cell");
      await checkByClick();
      assert.equal(await fill(), MARK_FILLS.错误);
    });

    it("lists the findings and says which sheet it could not mark when a person re-protected it with Excel's defaults", async () => {
      await page.evaluate((sheet) => (harness.book.sheet(sheet).protection = { allowFormatCells: false }), SHEET_NAMES["三"]);
      await checkByClick();
      assert.ok((await page.locator("li.finding, .findings li").count()) > 0, "the findings are listed");
      assert.equal((await page.textContent("section:has(#check-heading) p.status"))?.trim(), PANE_TEXT.marksRefused([SHEET_NAMES["三"]]));
      assert.ok((await markedCells()).every((at) => !at.startsWith(`${SHEET_NAMES["三"]}!`)));
    });

    it("clears the marks of an earlier session without checking first", async () => {
      await checkByClick();
      assert.ok((await markedCells()).length > 0);
      await page.evaluate(() => harness.start());
      await button(PANE_TEXT.clearButton).click();
      await page.getByText(PANE_TEXT.cleared).waitFor();
      assert.deepEqual(await markedCells(), []);
    });

    it("says in Chinese what to do when a finding's cell is gone, instead of failing silently", async () => {
      await checkByClick();
      await page.evaluate((sheet) => harness.book.sheets.splice(harness.book.sheets.findIndex((s) => s.name === sheet), 1), SHEET_NAMES["三"]);
      await page.locator(`section.group:has(h3:text("表${SHEET_NAMES["三"]}")) button.message`).first().click();
      await page.getByText(PANE_TEXT.excelErrors.ItemNotFound).waitFor();
      assert.deepEqual(errors, []);
    });
  });

  describe("writing the 正文 while a person edits it", () => {
    beforeEach(() => open());

    it("puts the focus on keeping the person's paragraph", async () => {
      await writeThenEditBlock();
      await button(PANE_TEXT.writeButton).click();
      await page.locator("#block-question").waitFor();
      assert.equal(await page.evaluate(() => document.activeElement?.textContent), PANE_TEXT.keepBlock);
    });

    it("keeps what was typed during the question and does not ask again about what was answered", async () => {
      const { cell } = await writeThenEditBlock();
      await countQuestions();
      await button(PANE_TEXT.writeButton).click();
      await page.locator("#block-question").waitFor();
      await type(cell, `${await textIn(cell)}\n问题打开期间补写的一句。`);
      await button(PANE_TEXT.replaceBlock).click();
      await page.getByText(PANE_TEXT.written([OVERVIEW]).slice(0, 8)).waitFor();
      const text = await textIn(cell);
      assert.match(text, /问题打开期间补写的一句。/u);
      assert.doesNotMatch(text, /人工改写/u, "the answer 替换 still applied");
      assert.equal(await questionsShown(), 1);
    });

    it("asks again about a paragraph edited once more while the question was open", async () => {
      const { cell, edited } = await writeThenEditBlock();
      await countQuestions();
      await button(PANE_TEXT.writeButton).click();
      await page.locator("#block-question").waitFor();
      await type(cell, edited.replace("人工改写", "再次人工改写"));
      await button(PANE_TEXT.replaceBlock).click();
      await page.waitForFunction(() => (window as unknown as { questions: { shown: number } }).questions.shown === 2);
      assert.match((await page.textContent("blockquote.current")) ?? "", /再次人工改写/u);
      await button(PANE_TEXT.keepBlock).click();
      await page.getByText(PANE_TEXT.nothingToWrite).waitFor();
      assert.match(await textIn(cell), /再次人工改写/u);
    });
  });

  describe("export", () => {
    beforeEach(() => open());

    it("holds back a report whose 五 is empty, though no check finds an error, and puts the focus on the reasons", async () => {
      await button(PANE_TEXT.docxButton).click();
      await page.locator(".blocked:not([hidden])").waitFor();
      assert.match((await page.textContent(".reasons")) ?? "", /五、存在的主要问题及改进情况/u);
      assert.equal(await page.evaluate(() => document.activeElement?.className), "blocked-title");
    });
  });

  describe("where files are not saved to Excel", () => {
    it("in the standalone page says the page's copy was changed and how to save it", async () => {
      await open({ copy: true });
      await button(PANE_TEXT.generateButton).click();
      await button(PANE_TEXT.writeButton).click();
      await page.getByText(PANE_TEXT.writtenInPage).waitFor();
    });

    it("in Excel for Mac offers no download and points to the standalone page", async () => {
      await open({ savesFiles: false });
      assert.equal(await button(PANE_TEXT.docxButton).isDisabled(), true);
      assert.equal(await button(PANE_TEXT.htmlButton).isDisabled(), true);
      assert.equal(await page.getByRole("link", { name: PANE_TEXT.noDownloadsLink }).getAttribute("href"), "checker.html");
      assert.ok(await page.getByText(PANE_TEXT.noDownloads).isVisible());
    });
  });
});
