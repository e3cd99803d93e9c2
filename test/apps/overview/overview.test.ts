import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { Page } from "playwright-core";
import { OVERVIEW_TEXT as T } from "../../../src/catalogue/overview-messages";
import { readReportXlsx } from "../../../src/hosts/file/report-file";
import { departmentReport } from "../../checks/departments";
import { writeReportXlsx } from "../../../src/hosts/file/write";
import { BUILD_DIR, buildAddin, servedBrowser, urlOf } from "../taskpane/serve-build";
import { CORRECTED_OUTLIER, County, EMPTY, MISSING, OUTLIER, PASTED, SECOND_VERSION, TYPO, UNREADABLE_FILE, WRONG, writeCounty, writeHundred } from "./county";

const OUT = path.join(BUILD_DIR, "..", "overview");

describe("the overview page (headless Chromium, 60 department workbooks)", function () {
  this.timeout(300000);
  const served = servedBrowser(BUILD_DIR, buildAddin);
  let page: Page;
  let county: County;
  const requests: string[] = [];
  const problems: string[] = [];

  const shot = (name: string, part?: string) =>
    part ? page.locator(part).screenshot({ path: path.join(OUT, `${name}.png`) }) : page.screenshot({ path: path.join(OUT, `${name}.png`), fullPage: true });
  const visibleAgencies = () => page.locator("table.overview tbody tr:not([hidden]) td:first-child").allTextContents();
  const rowOf = (agency: string) => page.locator("table.overview tbody tr", { has: page.locator("td:first-child", { hasText: new RegExp(`^${agency}$`, "u") }) });
  /** A chart's data, read from the table inside its canvas: label → the figures of each data set. */
  const chartData = (key: string) =>
    page.$$eval(`figure[data-chart="${key}"] canvas table tbody tr`, (rows) => rows.map((row) => [row.querySelector("th")!.textContent, ...[...row.querySelectorAll("td")].map((cell) => Number(cell.textContent))]));

  before(async () => {
    fs.rmSync(OUT, { recursive: true, force: true });
    county = await writeCounty(path.join(OUT, "各部门"));
    page = await served.browser.newPage({ viewport: { width: 1366, height: 900 }, locale: "zh-CN", acceptDownloads: true });
    page.on("request", (request) => requests.push(request.url()));
    page.on("pageerror", (error) => problems.push(error.message));
    page.on("console", (message) => message.type() === "error" && problems.push(message.text()));
    await page.goto(urlOf(served.server, "overview.html"));
    await page.waitForSelector("#open-heading");
    await shot("1-start");
    await page.setInputFiles("#roster", county.roster);
    await page.waitForSelector(`text=${T.rosterRead("名单.txt", 62)}`);
    await page.setInputFiles("#files", [...county.files]);
    await page.waitForSelector("table.overview tbody tr");
    await page.waitForTimeout(300); // the charts draw after the table
    await shot("2-overview");
  });

  it("loads Chart.js on this page only: the pane's and the checker's bundles do not carry it", () => {
    const bundle = (name: string) => fs.readFileSync(path.join(BUILD_DIR, name), "utf8");
    assert.match(bundle("overview.js"), /node_modules\/chart\.js\//u);
    const others = fs.readdirSync(BUILD_DIR).filter((name) => name.endsWith(".js") && name !== "overview.js");
    assert.ok(others.includes("taskpane.js") && others.includes("checker.js"), others.join());
    for (const name of others) assert.doesNotMatch(bundle(name), /node_modules\/chart\.js\//u, name);
  });

  it("forbids every connection in its Content-Security-Policy, the offline checker's own", async () => {
    const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', "content");
    assert.match(policy ?? "", /default-src 'self'/);
    assert.match(policy ?? "", /connect-src 'none'/);
    assert.match(policy ?? "", /form-action 'none'/);
  });

  it("shows one row per department file, with its verdict", async () => {
    assert.equal(await page.locator("table.overview tbody tr").count(), 60, "last year's report of 县教育局 is not a row");
    assert.equal(await page.textContent(".shown"), T.shown(60, 60));
    assert.equal(await page.textContent(".top .card .hint"), T.previousUsed(1));
    assert.equal(await rowOf("县水利局").locator(".verdict").textContent(), "有错误");
    assert.equal(await rowOf(EMPTY).locator(".verdict").textContent(), "尚未填写");
    assert.equal(await page.locator("table.overview tbody tr", { has: page.locator(`td.file[title$="${UNREADABLE_FILE}"]`) }).locator(".verdict").textContent(), "无法读取");
    assert.equal(await rowOf("县教育局").first().locator(".verdict").textContent(), "可以发布");
  });

  it("shows the main figures and the disclosure rate worked out from them", async () => {
    // 县生态环境局: 5 disclosed of 50 handled (40 无法提供, 5 不予处理).
    const cells = await rowOf(OUTLIER).locator("td").allTextContents();
    const column = async (key: string) => (await page.locator("table.overview thead th").evaluateAll((ths) => ths.map((th) => th.getAttribute("data-column")))).indexOf(key);
    assert.equal(cells[await column("received")], "50");
    assert.equal(cells[await column("handled")], "50");
    assert.match(cells[await column("disclosure")], /^10%/u);
    assert.match(cells[await column("notProvided")], /^90%/u);
  });

  it("marks the disclosure rate far below the others and the correction rate far above", async () => {
    assert.match((await rowOf(OUTLIER).locator("td.outlier").allTextContents()).join(), new RegExp(T.outlierFlag, "u"));
    assert.equal(await rowOf(OUTLIER).locator("td.outlier .flag").first().getAttribute("title"), T.outlier);
    assert.equal(await rowOf(CORRECTED_OUTLIER).locator("td.outlier").count(), 1);
  });

  it("shows the rates of departments with fewer than 10 applications but does not rank them, and says so", async () => {
    assert.ok((await page.locator("td.small").count()) > 0);
    assert.match((await page.textContent(".table-card")) ?? "", new RegExp(T.smallBase.slice(0, 20), "u"));
  });

  it("lists the departments of the roster that sent nothing", async () => {
    assert.deepEqual(await page.locator("ul.missing li").allTextContents(), MISSING);
  });

  it("names the department that sent two versions, the typo and the pasted name", async () => {
    assert.match((await page.textContent("ul.versions")) ?? "", new RegExp(`县财政局：.*${SECOND_VERSION.replace(/[（）]/gu, ".")}`, "u"));
    assert.match((await rowOf(TYPO.written).locator("td.notes").textContent()) ?? "", new RegExp(`可能是错字`, "u"));
    const pasted = page.locator("table.overview tbody tr", { has: page.locator(`td.file[title$="${PASTED.file}"]`) });
    assert.match((await pasted.locator("td.notes").textContent()) ?? "", /从别的单位的年报复制来的/u);
  });

  it("filters by verdict, by name and by roster problems", async () => {
    await page.selectOption("#filter-verdict", "有错误");
    assert.deepEqual((await visibleAgencies()).sort(), WRONG.filter((name) => name !== "县信访局").concat("").sort());
    await shot("3-filtered-errors", ".table-card");
    await page.selectOption("#filter-verdict", "");
    await page.fill("#filter-text", "财政");
    assert.equal((await visibleAgencies()).length, 2);
    await page.fill("#filter-text", "");
    await page.check("#filter-roster");
    assert.equal(await page.textContent(".shown"), T.shown(5, 60));
    await page.uncheck("#filter-roster");
    await page.check("#filter-outliers");
    assert.deepEqual((await visibleAgencies()).sort(), [OUTLIER, CORRECTED_OUTLIER].sort());
    await page.uncheck("#filter-outliers");
  });

  it("sorts by the disclosure rate, departments with few applications after all the ranked ones", async () => {
    await page.click('th[data-column="disclosure"] button');
    assert.equal(await page.getAttribute('th[data-column="disclosure"]', "aria-sort"), "descending");
    const classes = await page.$$eval("table.overview tbody tr", (rows) => {
      const index = [...document.querySelectorAll("table.overview thead th")].findIndex((th) => th.getAttribute("data-column") === "disclosure");
      return rows.map((row) => ({ small: row.children[index].classList.contains("small"), value: parseFloat(row.children[index].textContent ?? "") }));
    });
    const firstSmall = classes.findIndex((cell) => cell.small);
    assert.ok(firstSmall > 0, "some are ranked, some not");
    assert.ok(classes.slice(firstSmall).every((cell) => cell.small || Number.isNaN(cell.value)), "no ranked rate after a few-case one");
    const ranked = classes.slice(0, firstSmall).map((cell) => cell.value);
    assert.deepEqual(ranked, [...ranked].sort((a, b) => b - a));
    assert.equal(ranked[ranked.length - 1], 10, "the outlier is last of the ranked");
  });

  it("opens a department's problems when its row is clicked", async () => {
    await rowOf("县水利局").click();
    await shot("4-detail", ".table-card");
    assert.equal(await page.textContent("#detail-heading"), T.detailHeading("县水利局"));
    assert.match((await page.locator(".detail .finding .message").allTextContents()).join("\n"), /表三/u);
    assert.equal(await page.locator("tr.detail-row").evaluate((row) => (row.previousElementSibling as HTMLElement).dataset.id), await rowOf("县水利局").getAttribute("data-id"), "right under its row");
    await rowOf("县水利局").click();
    assert.equal(await page.locator("tr.detail-row").count(), 0, "a second click closes it");
  });

  it("charts the departments by verdict", async () => {
    assert.deepEqual(await chartData("verdicts"), [["可以发布", 55], ["有错误", 3], ["尚未填写", 1], ["无法读取", 1]]);
    await shot("5-charts", "section:has(#charts-heading)");
  });

  it("charts the disclosure rate of every department that has one, ranked ones first", async () => {
    const bars = await chartData("disclosure");
    assert.equal(bars.length, 58, "all but the empty and the unreadable");
    assert.deepEqual(bars.find(([label]) => label === OUTLIER), [OUTLIER, 10]);
  });

  it("charts the totals against last year over the departments that sent both, and gives their change", async () => {
    // 县教育局: 25 + 1 + 3 + 1 = 30 this year with 2 复议 cases; 20 + 4 = 24 last year.
    assert.deepEqual(await chartData("totals"), [["新收", 24, 30], ["办结", 24, 30], ["结转下年", 0, 0], ["复议", 0, 2], ["诉讼", 0, 0]]);
    assert.equal(await page.textContent('figure[data-chart="totals"] figcaption'), T.chartTotals(1));
    const column = (await page.locator("table.overview thead th").evaluateAll((ths) => ths.map((th) => th.getAttribute("data-column")))).indexOf("change");
    const education = page.locator("table.overview tbody tr", { has: page.locator('td.file[title="县教育局.xlsx"]') });
    assert.equal((await education.locator("td").allTextContents())[column], "25%");
    const pasted = page.locator("table.overview tbody tr", { has: page.locator(`td.file[title$="${PASTED.file}"]`) });
    assert.equal((await pasted.locator("td").allTextContents())[column], T.unknown, "县民政局's file, whatever name was pasted in, is not compared with 县教育局's last year");
  });

  it("refuses the consolidated report while a file cannot be read, naming it", async () => {
    await page.click("#consolidate");
    await page.waitForSelector(".consolidate-status.failed");
    assert.match((await page.textContent(".consolidate-status")) ?? "", new RegExp(UNREADABLE_FILE, "u"));
  });

  describe("for five departments that can be merged", () => {
    const reports = [10, 20, 30, 40, 50].map((disclosed, i) => departmentReport(`县第${"一二三四五"[i]}局`, { disclosed, unprovided: i }));
    before(async () => {
      const files = await Promise.all(reports.map(async (report, i) => {
        const file = path.join(OUT, "五个部门", `${i + 1}.xlsx`);
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, await writeReportXlsx(report));
        return file;
      }));
      await page.setInputFiles("#files", files);
      await page.waitForSelector(`text=${T.shown(5, 5)}`);
    });

    it("gives the merged workbook and the text of the merged figures in one step", async () => {
      const [download] = await Promise.all([page.waitForEvent("download"), page.click("#consolidate")]);
      await page.waitForSelector(".narrative");
      await shot("6-consolidated", "section.consolidate");
      const merged = (await readReportXlsx(fs.readFileSync(await download.path()))).report;
      // 10 + 20 + 30 + 40 + 50 disclosed and 0 + 1 + 2 + 3 + 4 not provided: 160 handled.
      assert.equal(merged.values["三|（七）总计|总计"], 160);
      assert.equal(merged.values["三|（一）予以公开|总计"], 150);
      assert.match(merged.text["一、总体情况"], /160件/u);
      assert.match((await page.textContent(".narrative")) ?? "", /160件/u);
    });
  });

  describe("when reports and a roster are dropped onto the page", () => {
    it("reads the reports and takes the text file for the roster", async () => {
      const files = [
        { name: "县教育局.xlsx", bytes: await writeReportXlsx(departmentReport("县教育局", { disclosed: 12 })) },
        { name: "县民政局.xlsx", bytes: await writeReportXlsx(departmentReport("县民政局", { disclosed: 20 })) },
        { name: "名单.txt", bytes: new TextEncoder().encode("县教育局\n县民政局\n县财政局") },
      ].map(({ name, bytes }) => ({ name, base64: Buffer.from(bytes).toString("base64") }));
      const transfer = await page.evaluateHandle((dropped) => {
        const transfer = new DataTransfer();
        for (const { name, base64 } of dropped) transfer.items.add(new File([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], name));
        return transfer;
      }, files);
      await page.dispatchEvent(".drop", "drop", { dataTransfer: transfer });
      await page.waitForSelector(`text=${T.shown(2, 2)}`);
      assert.deepEqual(await page.locator("ul.missing li").allTextContents(), ["县财政局"]);
    });
  });

  describe("with 100 workbooks", () => {
    let files: string[];
    before(async () => (files = await writeHundred(path.join(OUT, "一百个单位"))));

    it("opens them all and says how long it took", async () => {
      const started = Date.now();
      await page.setInputFiles("#files", files);
      await page.waitForSelector(`text=${T.shown(100, 100)}`);
      const measured = Date.now() - started;
      const said = (await page.textContent("#open-heading ~ .status")) ?? "";
      assert.match(said, /^已读取 100 个文件，用时 [\d.]+ 秒/u);
      console.log(`      100 workbooks: ${measured} ms from choosing them to the table (the page says: ${said})`);
    });
  });

  // Mocha runs nested suites after the outer tests: these look back over every step above.
  describe("over every step", () => {
    it("sends no request beyond localhost", () => {
      assert.deepEqual(requests.filter((url) => !/^(http:\/\/127\.0\.0\.1[:/]|blob:|data:)/u.test(url)), []);
    });

    it("runs without a script error or a blocked resource", () => {
      assert.deepEqual(problems, []);
    });
  });
});
