// What a person without the add-in sees on the offline page for four workbooks: a consistent
// report, one wrong cell, the seed report and a blank template, on a phone-sized screen and a
// desktop. Each screen is saved under test-output/page-screens/ to be looked at.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { writeReportXlsx, writeTemplateXlsx } from "../../../src/hosts/file/write";
import { reportFromJson } from "../../../src/model/json";
import { fixturePath, fixtureReport } from "../../fixtures/load";
import { BUILD_DIR, buildAddin, servedBrowser, urlOf } from "../taskpane/serve-build";

const OUT = path.join(BUILD_DIR, "..", "page-screens");

async function consistent(wrong: boolean): Promise<Uint8Array> {
  const json = JSON.parse(fs.readFileSync(fixturePath("consistent-2021.json"), "utf8"));
  if (wrong) json["三"]["（一）予以公开"]["自然人"] = 21;
  return writeReportXlsx(reportFromJson(json));
}

const CASES: readonly { name: string; bytes: () => Promise<Uint8Array>; verdict: RegExp }[] = [
  { name: "consistent", bytes: () => consistent(false), verdict: /全部通过/u },
  { name: "one-wrong-cell", bytes: () => consistent(true), verdict: /有错误：1 个错误须先改正/u },
  { name: "seed", bytes: () => writeReportXlsx(fixtureReport("seed-xiangzhou-2020.json")), verdict: /可以发布：没有错误，另有 2 个警告请核实/u },
  { name: "blank-template", bytes: () => writeTemplateXlsx("2021", 2025, "某某市某某局"), verdict: /尚未填写/u },
];

describe("the offline page's screens (headless Chromium)", function () {
  this.timeout(180000);
  const served = servedBrowser(BUILD_DIR, buildAddin);
  before(() => fs.mkdirSync(OUT, { recursive: true }));

  for (const { name, bytes, verdict } of CASES) {
    for (const width of [350, 1366]) {
      it(`${name} at ${width} px: the verdict in the summary`, async () => {
        const file = path.join(OUT, `${name}.xlsx`);
        fs.writeFileSync(file, await bytes());
        const page = await served.browser.newPage({ viewport: { width, height: 900 }, locale: "zh-CN" });
        await page.goto(urlOf(served.server, "checker.html"));
        await page.setInputFiles("#file", file);
        await page.waitForSelector(".summary:not([hidden])");
        await page.screenshot({ path: path.join(OUT, `${name}-${width}.png`), fullPage: true });
        assert.match((await page.textContent(".summary")) ?? "", verdict);
        await page.close();
      });
    }
  }
});
