import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { Page } from "playwright-core";
import { PANE_TEXT } from "../../../src/catalogue/pane-messages";
import { defaultReportYear } from "../../../src/model/formats";
import { BUILD_DIR, buildAddin, openPane, servedBrowser, urlOf } from "../taskpane/serve-build";

describe("the task pane outside Excel (headless Chromium)", function () {
  this.timeout(180000);
  const served = servedBrowser(BUILD_DIR, buildAddin);
  let page: Page;
  let errors: string[];

  before(async () => {
    ({ page, errors } = await openPane(served.browser, urlOf(served.server, "taskpane.html")));
    await page.waitForSelector(".notice:not([hidden])", { timeout: 30000 });
    await page.screenshot({ path: path.join(BUILD_DIR, "..", "pane-outside-excel.png"), fullPage: true });
  });

  it("says clearly that it is not running in Excel", async () => {
    assert.equal((await page.textContent(".notice p"))?.trim(), PANE_TEXT.outsideExcel);
  });

  it("points to the standalone checker page, which works without Excel", async () => {
    assert.equal(await page.getAttribute(`.notice a:text("${PANE_TEXT.checkerLink}")`, "href"), "checker.html");
  });

  it("shows the insert form in Chinese with the 2021 format and last year preselected", async () => {
    assert.equal(await page.textContent("h2#insert-heading"), PANE_TEXT.insertHeading);
    assert.equal(await page.inputValue("#format"), "2021");
    assert.equal(await page.inputValue("#year"), String(defaultReportYear()));
  });

  it("lets a person fill the form by keyboard", async () => {
    await page.focus("#year");
    await page.keyboard.press("Control+A");
    await page.keyboard.type("2020");
    await page.keyboard.press("Tab");
    await page.keyboard.type("某某市人民政府办公室");
    assert.equal(await page.inputValue("#agency"), "某某市人民政府办公室");
    assert.equal(await page.inputValue("#format"), "2019", "a 2020 report follows the 2019 format");
  });

  it("disables the actions that need Excel", async () => {
    for (const name of [PANE_TEXT.insertButton, PANE_TEXT.checkButton, PANE_TEXT.clearButton, PANE_TEXT.generateButton, PANE_TEXT.docxButton, PANE_TEXT.htmlButton]) assert.equal(await page.getByRole("button", { name }).isDisabled(), true, name);
  });

  it("loads the code the pane and the custom functions share once, and functions.js still registers every function", async () => {
    const scripts = (await page.$$eval("script[src]", (elements) => elements.map((element) => element.getAttribute("src") ?? ""))).filter((src) => !src.includes("office-js/"));
    assert.ok(scripts.indexOf("functions.js") > scripts.indexOf("shared.js"), scripts.join(" "));
    // The marks' setting name is used by the host (pane) and the snapshot (functions): one copy.
    const holding = scripts.filter((src) => fs.readFileSync(path.join(BUILD_DIR, src), "utf8").includes('"nianbao.marks"'));
    assert.deepEqual(holding, ["shared.js"]);
    // office.js's own custom-functions runtime keeps what functions.js associated.
    const associated = await page.evaluate(() => Object.keys((window as unknown as { CustomFunctions: { _association: { mappings: object } } }).CustomFunctions._association.mappings));
    const metadata = JSON.parse(fs.readFileSync(path.join(BUILD_DIR, "functions.json"), "utf8")) as { functions: { id: string }[] };
    assert.deepEqual([...associated].sort(), metadata.functions.map((f) => f.id).sort());
  });

  it("has a Content-Security-Policy that allows scripts only from itself and office.js's host", async () => {
    const policy = (await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', "content")) ?? "";
    assert.match(policy, /script-src 'self' https:\/\/appsforoffice\.microsoft\.com/u);
    assert.match(policy, /object-src 'none'/u);
  });

  it("says in Chinese, with the checker page's link, when the pane cannot start", async () => {
    // The page as served, before any script runs: what a person sees if office.js is blocked.
    const html = await (await fetch(urlOf(served.server, "taskpane.html"))).text();
    const app = /<div id="app">([\s\S]*?)<\/div>\s*<\/body>/u.exec(html)?.[1] ?? "";
    assert.match(app, /未能启动/u);
    assert.match(app, /href="checker\.html"/u);
  });

  it("loads without a script error or a refused script", async () => {
    assert.deepEqual(errors, []);
  });
});
