import assert from "node:assert/strict";
import { chromium, Browser, Page } from "playwright-core";
import { reportHtml } from "../../src/export";
import { getFormat } from "../../src/report";
import { sampleReport } from "../narrative/sample";
import { expectedLabels, expectedValues, squeeze } from "./labels";

const CHROMIUM = "/usr/lib/chromium/chromium-headless-shell";
const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/** A header cell's spans, found by its text, in the table under the section. */
async function spans(page: Page, section: string, text: string) {
  return page.evaluate(
    ([section, text]) => {
      const heading = [...document.querySelectorAll("h2")].find((h) => h.textContent === section)!;
      const cell = [...heading.parentElement!.querySelectorAll("th")].find((th) => th.textContent === text)!;
      return cell ? [cell.rowSpan, cell.colSpan] : undefined;
    },
    [section, text],
  );
}

describe("export: the finished report as HTML", function () {
  this.timeout(60000);
  let browser: Browser;
  let page: Page;
  const report = sampleReport({ agency: "某某局<script>alert(1)</script>" });
  before(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
    page = await browser.newPage();
    await page.setContent(reportHtml(report));
  });
  after(() => browser?.close());

  const T3 = "三、收到和处理政府信息公开申请情况";
  const T4 = "四、政府信息公开行政复议、行政诉讼情况";

  it("gives 表三's corner note three rows and three columns", async () => {
    assert.deepEqual(await spans(page, T3, getFormat(report.format).tables.三.cornerNote), [3, 3]);
  });

  it("gives 表三 its three header levels: 申请人情况 over all, 法人或其他组织 over five, 自然人 and 总计 down two rows", async () => {
    assert.deepEqual(
      [await spans(page, T3, "申请人情况"), await spans(page, T3, "法人或其他组织"), await spans(page, T3, "自然人"), await spans(page, T3, "总计"), await spans(page, T3, "商业企业")],
      [[1, 7], [1, 5], [2, 1], [2, 1], [1, 1]],
    );
  });

  it("groups 表四: 行政复议 over two rows and five columns, 行政诉讼 over ten", async () => {
    assert.deepEqual([await spans(page, T4, "行政复议"), await spans(page, T4, "行政诉讼"), await spans(page, T4, "未经复议直接起诉")], [[2, 5], [1, 10], [1, 5]]);
  });

  it("shows every label and figure", async () => {
    const text = squeeze(await page.evaluate(() => document.body.innerText));
    const missing = [...expectedLabels(report), ...expectedValues(report)].filter((label) => !text.includes(squeeze(label)));
    assert.deepEqual(missing, []);
  });

  it("escapes text: an agency name with markup stays text and no script runs", async () => {
    assert.equal(await page.evaluate(() => document.querySelectorAll("script").length), 0);
    assert.equal(await page.evaluate(() => document.querySelector("h1")!.textContent), "某某局<script>alert(1)</script>2025年政府信息公开工作年度报告");
  });
});
