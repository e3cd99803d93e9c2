import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { reportHtml } from "../../../src/export/html";
import { Download, Page } from "playwright-core";
import { CHECKER_TEXT } from "../../../src/catalogue/checker-messages";
import { IMPORT_MESSAGES } from "../../../src/catalogue/import-messages";
import { numberedReport } from "../../checks/builders";
import { MARK_FILLS } from "../../../src/template/style";
import { readReportXlsx } from "../../../src/hosts/file/report-file";
import { writeReportXlsx } from "../../../src/hosts/file/write";
import { generateNarrative } from "../../../src/narrative/generate";
import { mergeGenerated } from "../../../src/narrative/blocks";
import { Report } from "../../../src/model/report";
import { reportFromJson } from "../../../src/model/json";
import { fixturePath, fixtureReport } from "../../fixtures/load";
import { PANE_TEXT } from "../../../src/catalogue/pane-messages";
import { SHEET_NAMES } from "../../../src/model/sheet-names";
import { BUILD_DIR, buildAddin, servedBrowser, urlOf } from "../taskpane/serve-build";

const OUT = path.join(BUILD_DIR, "..", "checker");
const OVERVIEW = "一、总体情况";
const WRONG_CELL = { table: "三", row: "（一）予以公开", column: "自然人" } as const;

/** consistent-2021 with 予以公开·自然人 one too many: the 表三 totals no longer add up. */
function withError(): Report {
  const json = JSON.parse(fs.readFileSync(fixturePath("consistent-2021.json"), "utf8"));
  json[WRONG_CELL.table][WRONG_CELL.row][WRONG_CELL.column] += 1;
  return reportFromJson(json);
}

/** consistent-2021 with its generated blocks written in, and the 依申请公开 block edited by a person. */
function withEditedBlock(): Report {
  const report = fixtureReport("consistent-2021.json");
  const { text } = mergeGenerated(report.text, generateNarrative(report).blocks);
  const edited = text[OVERVIEW].replace(/(依申请公开方面[^】]*?)62件/u, "$1六十二件");
  assert.notEqual(edited, text[OVERVIEW], "the block was edited");
  return { ...report, text: { ...text, [OVERVIEW]: edited } };
}

async function saved(download: Download): Promise<Buffer> {
  const file = path.join(OUT, download.suggestedFilename());
  await download.saveAs(file);
  return fs.readFileSync(file);
}

describe("the standalone checker page (headless Chromium)", function () {
  this.timeout(180000);
  const served = servedBrowser(BUILD_DIR, buildAddin);
  let page: Page;
  const requests: string[] = [];
  const problems: string[] = [];
  let seedFile: string;
  let errorFile: string;
  let errorReport: Report;
  /** The cell the first error finding pointed at: "三、依申请公开!J7". */
  let shownCell = "";

  /** The whole page, or one part of it (a card) when the page has grown long. */
  const shot = (name: string, part?: string) =>
    part ? page.locator(part).screenshot({ path: path.join(OUT, `${name}.png`) }) : page.screenshot({ path: path.join(OUT, `${name}.png`), fullPage: true });
  const download = async (click: () => Promise<void>): Promise<Download> => {
    const [file] = await Promise.all([page.waitForEvent("download"), click()]);
    return file;
  };
  const clickButton = (name: string) => page.getByRole("button", { name, exact: true }).click();

  before(async () => {
    fs.mkdirSync(OUT, { recursive: true });
    seedFile = path.join(OUT, "seed-xiangzhou-2020.xlsx");
    fs.writeFileSync(seedFile, await writeReportXlsx(fixtureReport("seed-xiangzhou-2020.json")));
    errorReport = withError();
    errorFile = path.join(OUT, "consistent-2021-wrong.xlsx");
    fs.writeFileSync(errorFile, await writeReportXlsx(errorReport));
    page = await served.browser.newPage({ viewport: { width: 1366, height: 860 }, locale: "zh-CN", acceptDownloads: true });
    page.on("request", (request) => requests.push(request.url()));
    page.on("pageerror", (error) => problems.push(error.message));
    page.on("console", (message) => message.type() === "error" && problems.push(message.text()));
    await page.goto(urlOf(served.server, "checker.html"));
    await page.waitForSelector("#open-heading");
    await shot("1-start");
  });

  it("says what it is and that files stay on the computer", async () => {
    assert.equal(await page.textContent(".banner h1"), "公开年报助手 · 离线校验页");
    assert.match((await page.textContent(".banner p")) ?? "", /不会上传/);
  });

  it("forbids every connection in its Content-Security-Policy", async () => {
    const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', "content");
    assert.match(policy ?? "", /default-src 'self'/);
    assert.match(policy ?? "", /connect-src 'none'/);
  });

  it("opens a workbook chosen with the file picker and shows the summary and findings", async () => {
    await page.setInputFiles("#file", seedFile);
    await page.waitForSelector(".summary:not([hidden])");
    await shot("2-seed-checked");
    // The 140 blank cells are one problem per table (表二 1, 表三 139), each listing its cells.
    assert.equal(await page.textContent(".summary"), `${PANE_TEXT.summary(0, 2, 0)}　可以发布：没有错误，另有 2 个警告请核实。`);
    assert.deepEqual(await page.locator(".finding button.message").allTextContents(), [
      "表二有 1 个空白单元格，按 0 计算；按格式应填 0",
      "表三有 139 个空白单元格，按 0 计算；按格式应填 0",
    ]);
    assert.equal(await page.locator(`section.group:has(h3:text("${SHEET_NAMES["三"]}")) .finding .operands li`).count(), 139);
  });

  it("shows the opened workbook's sheets", async () => {
    const tabs = await page.locator(".sheet-tabs .tab").allTextContents();
    assert.deepEqual(tabs, ["二、主动公开", "三、依申请公开", "四、复议诉讼", "基本信息", "正文"]);
  });

  it("fills a table's blanks with 0 in one click and checks again", async () => {
    await page.locator(`section.group:has(h3:text("${SHEET_NAMES["三"]}")) button.fill`).click();
    await page.getByText(PANE_TEXT.filledZeros(139)).waitFor();
    assert.deepEqual(await page.locator(".finding button.message").allTextContents(), ["表二有 1 个空白单元格，按 0 计算；按格式应填 0"]);
    await page.getByRole("tab", { name: SHEET_NAMES["三"] }).click();
    assert.equal(await page.textContent('td[data-address="D5"]'), "0");
  });

  it("marks a warning 已核实 with a reason, stored in the workbook it downloads", async () => {
    const item = page.locator(".finding", { hasText: "表二有 1 个空白单元格" });
    await item.locator("button.review-open").click();
    await item.locator("input.reason").fill("本年度无行政许可事项，按 0 计");
    await item.getByRole("button", { name: PANE_TEXT.reviewSave }).click();
    await page.getByText(PANE_TEXT.reviewSaved).waitFor();
    await shot("2b-reviewed");
    assert.match((await page.locator(".finding.reviewed .review").textContent()) ?? "", /^已核实（\d{4}-\d\d-\d\d）：本年度无行政许可事项，按 0 计$/);
    assert.equal(await page.textContent(".summary"), PANE_TEXT.allPassed);
    const reread = await readReportXlsx(await saved(await download(() => clickButton(PANE_TEXT.markedButton))));
    assert.deepEqual(reread.reviews.map((review) => review.reason), ["本年度无行政许可事项，按 0 计"]);
  });

  it("opens a workbook dropped onto the page and lists its errors", async () => {
    const bytes = fs.readFileSync(errorFile).toString("base64");
    const transfer = await page.evaluateHandle((base64) => {
      const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([data], "有错的年报.xlsx"));
      return transfer;
    }, bytes);
    await page.dispatchEvent(".drop", "drop", { dataTransfer: transfer });
    await page.waitForSelector(".summary.error");
    await shot("3-errors-checked");
    assert.match((await page.textContent(".summary")) ?? "", /^错误 [1-9]/);
    assert.ok((await page.locator(".finding.error").count()) > 0);
  });

  it("shows the cell of a finding when it is clicked", async () => {
    const finding = page.locator(".finding.error button.message").first();
    await finding.click();
    const callout = (await page.textContent(".callout strong")) ?? "";
    await shot("4-finding-cell");
    await shot("4-finding-cell-viewer", "#viewer");
    assert.match(callout, /^三、依申请公开![A-Z]+\d+$/);
    shownCell = callout;
    const address = callout.split("!")[1];
    assert.equal(await page.getAttribute("td.selected", "data-address"), address);
    assert.equal(await page.locator("td.selected").isVisible(), true);
    assert.ok(await page.locator("td.selected").evaluate((cell) => {
      const box = cell.getBoundingClientRect();
      const view = cell.closest(".sheet-scroll")!.getBoundingClientRect();
      return box.top >= view.top && box.bottom <= view.bottom;
    }), "the cell is scrolled into view");
  });

  it("paints the failing cells in the rendered sheet", async () => {
    assert.ok((await page.locator("td.mark-error").count()) > 0);
  });

  it("generates the text from the figures and previews it", async () => {
    await clickButton(PANE_TEXT.generateButton);
    await page.waitForSelector(".preview:not([hidden]) h3");
    await shot("5-text-generated", "section:has(#text-heading)");
    const preview = (await page.textContent(".preview")) ?? "";
    assert.match(preview, /一、总体情况/);
    const received = errorReport.values["三|一、本年新收政府信息公开申请数量|总计"];
    assert.match(preview, new RegExp(`${received}件`));
  });

  it("words the exported report's generated text with the measure word chosen for 正文", async () => {
    await page.selectOption("#measure", "宗");
    await page.check("#export-override");
    const html = (await saved(await download(() => clickButton(PANE_TEXT.htmlButton)))).toString("utf8");
    await page.uncheck("#export-override");
    await page.selectOption("#measure", "件");
    const received = errorReport.values["三|一、本年新收政府信息公开申请数量|总计"];
    assert.match(html, new RegExp(`${received}宗`));
  });

  it("writes the generated text into the 正文 sheet of the open workbook", async () => {
    await clickButton(PANE_TEXT.writeButton);
    await page.waitForSelector(`text=${PANE_TEXT.written(["一、总体情况"]).slice(0, 8)}`);
    await page.getByRole("tab", { name: "正文" }).click();
    await shot("6-text-written", "#viewer");
    assert.match((await page.textContent("table.sheet")) ?? "", /【自动生成：依申请公开 #[0-9a-f]{6}】/);
  });

  it("holds export back while errors remain and lists the reasons", async () => {
    await clickButton(PANE_TEXT.docxButton);
    await page.waitForSelector(".blocked:not([hidden])");
    await shot("7-export-blocked", "section:has(#export-heading)");
    assert.match((await page.textContent(".blocked-title")) ?? "", /已暂停导出/);
    assert.ok((await page.locator(".reasons li").count()) > 0);
  });

  it("exports the report as .docx once the override is ticked", async () => {
    await page.check("#export-override");
    const file = await download(() => clickButton(PANE_TEXT.docxButton));
    const bytes = await saved(file);
    assert.equal(file.suggestedFilename(), `${errorReport.agency}${errorReport.year}年政府信息公开工作年度报告.docx`);
    assert.equal(bytes.subarray(0, 2).toString(), "PK", "a .docx is a zip");
    await shot("8-exported", "section:has(#export-heading)");
  });

  it("exports the report as HTML with the three tables", async () => {
    const html = (await saved(await download(() => clickButton(PANE_TEXT.htmlButton)))).toString("utf8");
    assert.equal((html.match(/<table>/g) ?? []).length, 3);
    assert.match(html, new RegExp(errorReport.agency));
  });

  it("downloads the workbook with the same values and the failing cells filled", async () => {
    const file = await download(() => clickButton(PANE_TEXT.markedButton));
    const bytes = await saved(file);
    assert.equal(file.suggestedFilename(), "有错的年报（已标记）.xlsx");
    const reread = await readReportXlsx(bytes);
    assert.deepEqual(reread.report.values, errorReport.values);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const [sheet, address] = shownCell.split("!");
    const cell = workbook.getWorksheet(sheet)!.getCell(address);
    assert.equal((cell.fill as ExcelJS.FillPattern).fgColor?.argb, `FF${MARK_FILLS.错误.slice(1)}`);
  });

  it("offers a blank template as a new workbook", async () => {
    await page.fill("#agency", "某某市某某局");
    const bytes = await saved(await download(() => clickButton(PANE_TEXT.templateButton)));
    const read = await readReportXlsx(bytes);
    assert.equal(read.report.agency, "某某市某某局");
    assert.ok(Object.values(read.report.values).every((value) => value === null));
  });

  it("says clearly when a file is not an .xlsx workbook, nor a text or page that holds a report", async () => {
    const notXlsx = path.join(OUT, "不是年报.pdf");
    fs.writeFileSync(notXlsx, "hello");
    await page.setInputFiles("#file", notXlsx);
    assert.equal(await page.textContent("#open-heading ~ .status"), CHECKER_TEXT.notXlsx("不是年报.pdf"));
    const notReport = path.join(OUT, "不是年报.txt");
    fs.writeFileSync(notReport, "hello");
    await page.setInputFiles("#file", notReport);
    // Waits for the message itself: the one before it stands in the same place.
    await page.waitForFunction((wanted) => document.querySelector("#open-heading ~ .status")!.textContent === wanted, IMPORT_MESSAGES.notAReport, { timeout: 5000 });
  });

  it("opens a published report's text copy: its figures checked, what it could not place said with its line", async () => {
    await page.setInputFiles("#file", fixturePath("seed-xiangzhou-2020.txt"));
    await page.waitForSelector(".finding");
    assert.match((await page.textContent("#open-heading ~ .status"))!, /已读入“seed-xiangzhou-2020\.txt”中的年报.*第158行：章节标题“五、存在的主要问题和改进措施”/u);
    // The seed's 行政许可 处理决定数量 is blank on the page: the check finds it in the imported table.
    assert.match((await page.textContent("#app"))!, /二、主动公开!D8 = 空白/u);
  });

  it("opens a saved page in GBK: the figures land in the workbook it shows", async () => {
    const report = numberedReport("2021", 2024);
    const file = path.join(OUT, "年报网页.html");
    fs.writeFileSync(file, iconv.encode(reportHtml(report).replace('<meta charset="utf-8">', '<meta charset="gbk">'), "gbk"));
    await page.setInputFiles("#file", file);
    await page.waitForFunction(() => document.querySelector("#open-heading ~ .status")!.textContent!.startsWith("已读入"), undefined, { timeout: 10000 });
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("text=下载工作簿（含正文和标记）")]);
    const read = await readReportXlsx(fs.readFileSync((await download.path())!));
    assert.deepEqual(read.report.values, report.values);
  });

  it("新建下一年度 offers next year's workbook, 上年结转 carried, last year's figures kept inside", async () => {
    const previous = numberedReport("2021", 2024);
    const file = path.join(OUT, "上年.xlsx");
    fs.writeFileSync(file, await writeReportXlsx(previous));
    await page.setInputFiles("#file", file);
    await page.waitForSelector(".summary:not([hidden])");
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#next-year")]);
    const bytes = fs.readFileSync((await download.path())!);
    const read = await readReportXlsx(bytes);
    assert.equal(read.report.year, previous.year + 1);
    for (const column of ["自然人", "总计"])
      assert.equal(read.report.values[`三|二、上年结转政府信息公开申请数量|${column}`], previous.values[`三|四、结转下年度继续办理|${column}`]);
    assert.equal(read.previous?.year, previous.year);
    assert.match((await page.textContent("#next-year-heading ~ .status"))!, new RegExp(`上年结转取自 ${previous.year} 年`, "u"));
    // Opened in the page, the new workbook says its cross-year checks use the figures it keeps.
    const next = path.join(OUT, "下一年.xlsx");
    fs.writeFileSync(next, bytes);
    await page.setInputFiles("#file", next);
    await page.waitForSelector(".summary:not([hidden])");
    assert.match((await page.textContent(".summary"))!, new RegExp(`使用工作簿中存着的 ${previous.year} 年数字`, "u"));
  });

  it("forgets the previous file when the next one fails to open: no findings, sheets or export of the old one", async () => {
    await page.setInputFiles("#file", seedFile);
    await page.waitForSelector(".finding");
    const broken = path.join(OUT, "坏的年报.xlsx");
    fs.writeFileSync(broken, "PK\u0003\u0004 不是完整的工作簿");
    await page.setInputFiles("#file", broken);
    await page.waitForSelector("#open-heading ~ .status.failed");
    await shot("10-failed-after-seed");
    assert.deepEqual(
      [await page.locator(".finding").count(), await page.locator(".summary:not([hidden])").count(), await page.locator(".sheet-tabs .tab").count()],
      [0, 0, 0],
    );
    await clickButton(PANE_TEXT.htmlButton);
    await page.waitForSelector(`section:has(#export-heading) .status.failed`);
    assert.equal(await page.textContent("section:has(#export-heading) .status.failed"), CHECKER_TEXT.noFile);
  });

  describe("when a generated block was edited by a person", () => {
    before(async () => {
      const file = path.join(OUT, "edited-block.xlsx");
      fs.writeFileSync(file, await writeReportXlsx(withEditedBlock()));
      await page.setInputFiles("#file", file);
      await page.waitForSelector(".summary:not([hidden])");
    });

    const writeAndAsk = async () => {
      await clickButton(PANE_TEXT.generateButton);
      await clickButton(PANE_TEXT.writeButton);
      await page.waitForSelector("[role=alertdialog]:not([hidden]) #block-question");
    };

    it("asks about it in Chinese, showing both texts, before replacing it", async () => {
      await writeAndAsk();
      await shot("9-conflict", "section:has(#text-heading)");
      assert.equal(await page.textContent("#block-question"), PANE_TEXT.conflictQuestion(OVERVIEW, "依申请公开", 1, 1));
      assert.match((await page.textContent("blockquote.current")) ?? "", /六十二件/);
      assert.match((await page.textContent("blockquote.generated")) ?? "", /62件/);
    });

    it("keeps the person's words when they choose to", async () => {
      await clickButton(PANE_TEXT.keepBlock);
      await page.waitForSelector(`text=${PANE_TEXT.nothingToWrite}`);
      await page.getByRole("tab", { name: "正文" }).click();
      assert.match((await page.textContent("table.sheet")) ?? "", /六十二件/);
    });

    it("replaces the block when they choose to", async () => {
      await writeAndAsk();
      await clickButton(PANE_TEXT.replaceBlock);
      await page.waitForSelector(`text=${PANE_TEXT.written([OVERVIEW])}`);
      assert.doesNotMatch((await page.textContent("table.sheet")) ?? "", /六十二件/);
    });
  });

  describe("when a sheet holds more rows than the page shows", () => {
    const LEDGER_ROWS = 130_000;

    before(async () => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await writeReportXlsx(fixtureReport("consistent-2021.json"))) as unknown as ArrayBuffer);
      const ledger = workbook.addWorksheet("台账");
      for (let row = 1; row <= LEDGER_ROWS; row++) ledger.getCell(row, 1).value = row;
      const file = path.join(OUT, "long-ledger.xlsx");
      fs.writeFileSync(file, new Uint8Array(await workbook.xlsx.writeBuffer()));
      await page.setInputFiles("#file", file);
      await page.waitForSelector(".summary:not([hidden])");
    });

    it("shows its first 2,000 rows and says which part is shown", async () => {
      await page.getByRole("tab", { name: "台账" }).click();
      await page.waitForSelector(".sheet-scroll > .hint");
      assert.deepEqual(
        [await page.textContent(".sheet-scroll > .hint"), await page.locator("table.sheet tbody tr").count()],
        [CHECKER_TEXT.partialSheet("台账", "A1", "A2000", LEDGER_ROWS, 1), 2000],
      );
    });
  });

  // Mocha runs nested suites after the outer tests: these look back over every step above.
  describe("over every step", () => {
    it("sends no request beyond localhost", async () => {
      const outside = requests.filter((url) => !/^(http:\/\/(127\.0\.0\.1|localhost)[:/]|blob:|data:)/.test(url));
      assert.deepEqual(outside, []);
    });

    it("runs without a script error or a blocked resource", async () => {
      assert.deepEqual(problems, []);
    });
  });
});
