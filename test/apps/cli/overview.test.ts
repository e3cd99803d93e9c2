import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import ExcelJS from "exceljs";
import { Browser, Page } from "playwright-core";
import { OVERVIEW_CLI, OVERVIEW_TEXT as T, ROSTER_MESSAGES } from "../../../src/catalogue/overview-messages";
import { departmentReport } from "../../checks/departments";
import { launch } from "../taskpane/serve-build";
import { MISSING, UNREADABLE_FILE, writeCounty } from "../overview/county";
import { nianbao, scratchFolder } from "./helpers";

const OUT = path.join(__dirname, "..", "..", "..", "test-output", "overview-cli");

describe("nianbao overview", function () {
  this.timeout(180000);
  let browser: Browser;
  before(async () => (browser = await launch()));
  after(async () => browser?.close());

  /** Opens the written file from disk, as a person opens a mailed attachment, recording every request and error. */
  async function open(file: string): Promise<{ page: Page; requests: string[]; problems: string[] }> {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: "zh-CN" });
    const requests: string[] = [];
    const problems: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    page.on("pageerror", (error) => problems.push(error.message));
    page.on("console", (message) => message.type() === "error" && problems.push(message.text()));
    await page.goto(pathToFileURL(file).href);
    await page.waitForSelector("table.overview tbody tr");
    return { page, requests, problems };
  }

  describe("for a county's 60 workbooks and its roster", () => {
    let out: string;
    let printed: Awaited<ReturnType<typeof nianbao>>;
    before(async () => {
      fs.rmSync(OUT, { recursive: true, force: true });
      const county = await writeCounty(path.join(OUT, "各部门"));
      out = path.join(OUT, "总览.html");
      printed = await nianbao("overview", county.folder, "--roster", county.roster, "--out", out);
    });

    it("writes the overview and says what it holds", () => {
      assert.equal(printed.code, 0, printed.stderr);
      assert.equal(
        printed.stdout,
        [
          OVERVIEW_CLI.written(out, 60, 3),
          OVERVIEW_CLI.verdictLine("可以发布", 55),
          OVERVIEW_CLI.verdictLine("有错误", 3),
          OVERVIEW_CLI.verdictLine("尚未填写", 1),
          OVERVIEW_CLI.verdictLine("无法读取", 1),
          OVERVIEW_CLI.missing(MISSING),
          OVERVIEW_CLI.versions("县财政局", [path.join(OUT, "各部门", "县财政局.xlsx"), path.join(OUT, "各部门", "县财政局（修改稿）.xlsx")]),
        ].join("\n"),
      );
    });

    it("writes one file that names no other file to load and forbids every connection", () => {
      const html = fs.readFileSync(out, "utf8");
      assert.doesNotMatch(html, /<script[^>]+src=|<link\b|@import|[^A-Za-z]url\(/u);
      const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/u.exec(html)?.[1] ?? "";
      assert.match(policy, /default-src 'none'/u);
      assert.match(policy, /connect-src 'none'/u);
      assert.doesNotMatch(policy, /unsafe-inline|unsafe-eval/u);
    });

    it("opens offline in Chromium with no request but the file itself, and shows the same overview as the page", async () => {
      const { page, requests, problems } = await open(out);
      await page.waitForTimeout(300);
      await page.screenshot({ path: path.join(OUT, "总览.png"), fullPage: true });
      assert.equal(await page.locator("table.overview tbody tr").count(), 60);
      assert.deepEqual(await page.locator("ul.missing li").allTextContents(), MISSING);
      const verdicts = await page.$$eval('figure[data-chart="verdicts"] canvas table tbody tr', (rows) => rows.map((row) => [row.querySelector("th")!.textContent, Number(row.querySelector("td")!.textContent)]));
      assert.deepEqual(verdicts, [["可以发布", 55], ["有错误", 3], ["尚未填写", 1], ["无法读取", 1]]);
      await page.selectOption("#filter-verdict", "无法读取");
      assert.equal(await page.textContent(".shown"), T.shown(1, 60));
      assert.match((await page.textContent(".consolidate-status")) ?? "", new RegExp(UNREADABLE_FILE, "u"), "the merge is refused while a file cannot be read");
      assert.deepEqual(requests, [pathToFileURL(out).href]);
      assert.deepEqual(problems, []);
      await page.close();
    });
  });

  describe("for reports that can be merged", () => {
    const folder = scratchFolder();
    after(() => folder.remove());

    it("shows a name typed into a cell as text, never as markup, and the consolidated text", async () => {
      const hostile = `<img src=x onerror="document.title='x'">县测试局`;
      folder.json("a.json", departmentReport(hostile, { disclosed: 12 }));
      folder.json("b.json", departmentReport("县第二局", { disclosed: 30, unprovided: 2 }));
      const out = folder.file("总览.html");
      const result = await nianbao("overview", folder.file("a.json"), folder.file("b.json"), "--out", out);
      assert.equal(result.code, 0, result.stderr);
      const { page, problems } = await open(out);
      assert.equal(await page.locator("table.overview img").count(), 0);
      assert.equal(await page.locator("table.overview tbody td:first-child").first().textContent(), hostile);
      assert.match((await page.textContent(".narrative")) ?? "", /办结44件/u, "12 + 32 handled, stated in the consolidated text");
      assert.deepEqual(problems, []);
      await page.close();
    });
  });

  describe("refuses", () => {
    const folder = scratchFolder();
    after(() => folder.remove());
    const report = () => folder.json("a.json", departmentReport("县教育局", { disclosed: 3 }));

    it("a missing --out, or one that is not .html", async () => {
      const missing = await nianbao("overview", report());
      assert.deepEqual([missing.code, missing.stderr.split("\n")[0]], [2, OVERVIEW_CLI.missingOut]);
      const wrong = await nianbao("overview", report(), "--out", folder.file("总览.txt"));
      assert.deepEqual([wrong.code, wrong.stderr.split("\n")[0]], [2, OVERVIEW_CLI.outNotHtml(folder.file("总览.txt"))]);
    });

    it("to write over an existing file without --overwrite, and leaves it as it was", async () => {
      const out = folder.file("已有.html");
      fs.writeFileSync(out, "别人的文件");
      const result = await nianbao("overview", report(), "--out", out);
      assert.equal(result.code, 1);
      assert.equal(fs.readFileSync(out, "utf8"), "别人的文件");
    });

    it("a roster that is not a list of names, saying so in Chinese", async () => {
      const csv = folder.file("名单.csv");
      fs.writeFileSync(csv, "县教育局");
      const wrongKind = await nianbao("overview", report(), "--roster", csv, "--out", folder.file("a.html"));
      assert.deepEqual([wrongKind.code, wrongKind.stderr], [2, ROSTER_MESSAGES.notSupported(csv)]);
      const empty = folder.file("空名单.txt");
      fs.writeFileSync(empty, "单位名称\n\n");
      const noNames = await nianbao("overview", report(), "--roster", empty, "--out", folder.file("b.html"));
      assert.deepEqual([noNames.code, noNames.stderr], [2, ROSTER_MESSAGES.empty(empty)]);
      assert.equal(fs.existsSync(folder.file("a.html")) || fs.existsSync(folder.file("b.html")), false);
    });

    it("reads a roster from the first column of a workbook's first sheet", async () => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet("名单");
      for (const row of [["单位名称", "联系人"], ["县教育局", "张三"], ["县民政局", "李四"]]) sheet.addRow(row);
      const roster = folder.file("名单.xlsx");
      fs.writeFileSync(roster, new Uint8Array(await workbook.xlsx.writeBuffer()));
      const result = await nianbao("overview", report(), "--roster", roster, "--out", folder.file("d.html"));
      assert.equal(result.code, 0, result.stderr);
      assert.match(result.stdout, new RegExp(OVERVIEW_CLI.missing(["县民政局"]), "u"));
    });

    it("reads a roster saved by Notepad in GB18030", async () => {
      const roster = folder.file("名单-gbk.txt");
      // 县教育局 and 县财政局 in GB18030, as a Chinese Windows saves a text file.
      fs.writeFileSync(roster, Buffer.from([0xcf, 0xd8, 0xbd, 0xcc, 0xd3, 0xfd, 0xbe, 0xd6, 0x0d, 0x0a, 0xcf, 0xd8, 0xb2, 0xc6, 0xd5, 0xfe, 0xbe, 0xd6]));
      const result = await nianbao("overview", report(), "--roster", roster, "--out", folder.file("c.html"));
      assert.equal(result.code, 0, result.stderr);
      assert.match(result.stdout, new RegExp(OVERVIEW_CLI.missing(["县财政局"]), "u"));
    });
  });
});
