import assert from "node:assert/strict";
import { Browser, Page } from "playwright-core";
import { reportHtml } from "../../src/export/html";
import { Report } from "../../src/model/report";
import { getFormat } from "../../src/model/formats";
import { parseAddress } from "../../src/model/address";
import { workbookLayout } from "../../src/template/workbook-layout";
import { numberedReport } from "../checks/builders";
import { sampleReport } from "../narrative/sample";
import { launch } from "../apps/taskpane/serve-build";
import { expectedLabels, squeeze } from "./labels";

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

/**
 * Every table of the page as a grid by section heading: each slot holds "TD:text" or "TH:text"
 * for the cell that starts there, or "covered" under a rowspan/colspan, as a browser lays it out.
 */
async function tableGrids(page: Page): Promise<Record<string, string[][]>> {
  return page.evaluate(() => {
    const grids: Record<string, string[][]> = {};
    for (const heading of document.querySelectorAll("h2")) {
      const table = heading.parentElement!.querySelector("table");
      if (!table) continue;
      const grid: string[][] = [];
      [...table.rows].forEach((tr, r) => {
        let column = 0;
        for (const cell of tr.cells) {
          while ((grid[r] ??= [])[column] !== undefined) column++;
          for (let dr = 0; dr < cell.rowSpan; dr++)
            for (let dc = 0; dc < cell.colSpan; dc++) (grid[r + dr] ??= [])[column + dc] = dr + dc === 0 ? `${cell.tagName}:${cell.textContent}` : "covered";
          column += cell.colSpan;
        }
      });
      grids[heading.textContent!] = grid;
    }
    return grids;
  });
}

/** Where the template puts each input cell, as [section, row, column] of the printed table (its title row is the caption). */
function templatePositions(report: Report) {
  return workbookLayout(getFormat(report.format), report.year).sheets.flatMap((sheet) => {
    if (sheet.inputs.length === 0 || sheet.key === "info" || sheet.key === "text") return [];
    const section = sheet.statics.find((s) => s.role === "title")!.text!;
    const top = parseAddress(sheet.print.area.split(":")[0]);
    return sheet.inputs.map((input) => {
      const at = parseAddress(input.address);
      return { id: input.cell.id, section, row: at.row - top.row - 1, column: at.column - top.column };
    });
  });
}

describe("export: the finished report as HTML", function () {
  this.timeout(60000);
  let browser: Browser;
  let page: Page;
  const report = sampleReport({ agency: "某某局<script>alert(1)</script>" });
  before(async () => {
    browser = await launch();
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

  it("shows every label of the official tables", async () => {
    const text = squeeze(await page.evaluate(() => document.body.innerText));
    const missing = expectedLabels(report).filter((label) => !text.includes(squeeze(label)));
    assert.deepEqual(missing, []);
  });

  it("puts every figure in its own cell, at its row and column of the official table", async () => {
    // Every figure different, so a figure one row or column off cannot pass for another.
    const numbered: Report = { ...report, values: numberedReport(report.format, report.year).values };
    const other = await browser.newPage();
    await other.setContent(reportHtml(numbered));
    const grids = await tableGrids(other);
    await other.close();
    const misplaced = templatePositions(numbered)
      .map((p) => ({ id: p.id, found: grids[p.section]?.[p.row]?.[p.column], expected: `TD:${numbered.values[p.id]}` }))
      .filter((p) => p.found !== p.expected);
    assert.deepEqual(misplaced, []);
  });

  it("escapes text: an agency name with markup stays text and no script runs", async () => {
    assert.equal(await page.evaluate(() => document.querySelectorAll("script").length), 0);
    assert.equal(await page.evaluate(() => document.querySelector("h1")!.textContent), "某某局<script>alert(1)</script>2025年政府信息公开工作年度报告");
  });

  it("states the opening paragraph as written, then the 统计期限 sentence, between the title and 一", async () => {
    const other = await browser.newPage();
    await other.setContent(reportHtml({ ...report, text: { ...report.text, 引言: "2025年，本局编制了本年度报告。" } }));
    const lead = await other.evaluate(() => [...document.querySelectorAll("h1 ~ p")].map((p) => p.textContent));
    await other.close();
    assert.deepEqual(lead, ["2025年，本局编制了本年度报告。", "本报告中所列数据的统计期限自2025年1月1日起至2025年12月31日止。"]);
  });

  it("heads each row with its label (th scope=row, rowgroup where merged) and names each table in a caption", async () => {
    const found = await page.evaluate(() => {
      const table = [...document.querySelectorAll("table")].find((t) => t.caption?.textContent === "三、收到和处理政府信息公开申请情况")!;
      const th = (text: string) => [...table.querySelectorAll("th")].find((cell) => cell.textContent === text)?.getAttribute("scope");
      return { captions: [...document.querySelectorAll("caption")].length, merged: th("三、本年度办理结果"), leaf: th("1.属于国家秘密"), figureCells: table.querySelectorAll("td").length };
    });
    assert.deepEqual(found, { captions: 3, merged: "rowgroup", leaf: "row", figureCells: 25 * 7 });
  });

  describe("on a 390 px phone", () => {
    let phone: Page;
    before(async () => {
      phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
      await phone.setContent(reportHtml(report));
    });
    after(() => phone.close());

    it("scrolls each table sideways in its own box; the page itself does not", async () => {
      const widths = await phone.evaluate(() => ({
        page: document.documentElement.scrollWidth,
        boxes: [...document.querySelectorAll(".table-scroll")].map((box) => box.scrollWidth > box.clientWidth && getComputedStyle(box).overflowX === "auto"),
      }));
      assert.deepEqual(widths, { page: 390, boxes: [true, true, true] });
    });

    it("wraps no label one character per line", async () => {
      const narrow = await phone.evaluate(() =>
        [...document.querySelectorAll("th")].flatMap((cell) => {
          const characters = [...(cell.textContent ?? "")].length;
          if (characters < 3) return [];
          const range = document.createRange();
          range.selectNodeContents(cell);
          const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
          return lines * 2 > characters ? [`${cell.textContent} (${lines} lines)`] : [];
        }),
      );
      assert.deepEqual(narrow, []);
    });
  });

  it("prints on A4 with every table whole in width and its head repeated on each page", async () => {
    await page.emulateMedia({ media: "print" });
    const printed = await page.evaluate(() => ({
      boxes: [...document.querySelectorAll(".table-scroll")].map((box) => getComputedStyle(box).overflowX),
      heads: [...document.querySelectorAll("thead")].map((head) => getComputedStyle(head).display),
      rows: getComputedStyle(document.querySelector("tbody tr")!).breakInside,
    }));
    await page.emulateMedia({ media: "screen" });
    assert.deepEqual(printed, { boxes: ["visible", "visible", "visible"], heads: ["table-header-group", "table-header-group", "table-header-group"], rows: "avoid" });
  });
});
