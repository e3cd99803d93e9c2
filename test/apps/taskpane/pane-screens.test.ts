// What a clerk sees in the pane inside Excel (the fake workbook) for four workbooks: a consistent
// report, one wrong cell, the seed report and a blank template, at the pane's narrow width and
// at a desktop's. Each screen is saved under test-output/pane-screens/ to be looked at.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { Page } from "playwright-core";
import { PANE_TEXT } from "../../../src/catalogue/pane-messages";
import { reportFromJson } from "../../../src/model/json";
import { Report } from "../../../src/model/report";
import { reportGrid } from "../../../src/template/report-grid";
import type { FakeWorkbook } from "../../hosts/excel/fake-excel";
import { fixturePath, fixtureReport } from "../../fixtures/load";
import { buildHarness, HARNESS_DIR, servedBrowser, urlOf } from "./serve-build";

declare const harness: { book: FakeWorkbook; insertTemplate(): Promise<void>; start(): void };

const OUT = path.join(HARNESS_DIR, "..", "pane-screens");

/** The consistent fixture, with 予以公开/自然人 typed as 21 instead of 20 when `wrong`. */
function consistent(wrong: boolean): Report {
  const json = JSON.parse(fs.readFileSync(fixturePath("consistent-2021.json"), "utf8"));
  if (wrong) json["三"]["（一）予以公开"]["自然人"] = 21;
  return reportFromJson(json);
}

const CASES: readonly { name: string; report: Report | null; problems: (headlines: string[]) => void }[] = [
  { name: "consistent", report: consistent(false), problems: (headlines) => assert.deepEqual(headlines, []) },
  { name: "one-wrong-cell", report: consistent(true), problems: (headlines) => assert.deepEqual(headlines, ["表三 （一）予以公开 · 自然人 D7：与它有关的 2 处合计都对不上，请先核对这个数"]) },
  { name: "seed", report: fixtureReport("seed-xiangzhou-2020.json"), problems: (headlines) => assert.equal(headlines.filter((h) => h.includes("空白单元格")).length, 2) },
  { name: "blank-template", report: null, problems: (headlines) => assert.ok(headlines.every((h) => !/^表[二三四] .* · /u.test(h)), "no cell by cell list of blanks") },
];

describe("the pane's screens (headless Chromium, fake workbook)", function () {
  this.timeout(180000);
  const served = servedBrowser(HARNESS_DIR, buildHarness);
  before(() => fs.mkdirSync(OUT, { recursive: true }));

  for (const { name, report, problems } of CASES) {
    for (const width of [350, 1366]) {
      it(`${name} at ${width} px: one line per problem`, async () => {
        const page: Page = await served.browser.newPage({ viewport: { width, height: 900 }, locale: "zh-CN" });
        await page.goto(urlOf(served.server, "index.html"));
        // A workbook whose sheets hold the report as a template filled in by a person would.
        const sheets = report ? reportGrid(report).sheets.map((sheet) => ({ name: sheet.name, values: sheet.values })) : null;
        await page.evaluate(async (sheets) => {
          if (sheets) for (const sheet of sheets) harness.book.addSheet(sheet.name).setValues(sheet.values as never);
          else await harness.insertTemplate();
          harness.start();
        }, sheets);
        await page.getByRole("button", { name: PANE_TEXT.checkButton, exact: true }).click();
        await page.waitForSelector(".summary:not([hidden])");
        await page.screenshot({ path: path.join(OUT, `${name}-${width}.png`), fullPage: true });
        problems(await page.locator(".finding button.message").allTextContents());
        await page.close();
      });
    }
  }
});
