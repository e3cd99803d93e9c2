import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { reportDocx } from "../../src/export/docx";
import { officialTables } from "../../src/export/tables";
import { Report } from "../../src/model/report";
import { reportFromJson } from "../../src/model/json";
import { convertWithLibreOffice } from "../libreoffice";
import { sampleReport } from "../narrative/sample";
import { expectedLabels, showsLabel, squeeze } from "./labels";

/** The .docx as LibreOffice renders it, as the text of each page (pdftotext), with a private profile. */
function renderedPages(bytes: Uint8Array): string[] {
  const converted = convertWithLibreOffice({ "report.docx": bytes }, "pdf");
  try {
    return execFileSync("pdftotext", [converted.file("report"), "-"], { encoding: "utf8" }).split("\f").slice(0, -1);
  } finally {
    converted.remove();
  }
}

const golden = (name: string): Report => reportFromJson(JSON.parse(readFileSync(path.join(__dirname, "..", "narrative", "golden", `${name}.json`), "utf8")));
const INTRODUCTION = "2025年，在县委、县政府的正确领导下，本局认真贯彻落实《中华人民共和国政府信息公开条例》，编制了本年度报告。";

describe("export: the finished report as .docx", function () {
  this.timeout(120000);
  let text = "";
  const report = sampleReport({ text: { 引言: INTRODUCTION, "五、存在的主要问题及改进情况": "一是公开内容有待丰富。\n二是解读形式较为单一。" } });
  before(async () => {
    text = squeeze(renderedPages(await reportDocx(report)).join(""));
  });

  it("opens in LibreOffice with the title, the opening paragraph as written, then the 统计期限 sentence, before 一", () => {
    const order = ["某某县发展和改革局2025年政府信息公开工作年度报告", INTRODUCTION, "本报告中所列数据的统计期限自2025年1月1日起至2025年12月31日止。", "一、总体情况"];
    const at = order.map((part) => text.indexOf(squeeze(part)));
    assert.ok(at.every((i, k) => i >= 0 && (k === 0 || i > at[k - 1])), JSON.stringify(at));
    assert.doesNotMatch(text, /（统计期限：/u);
  });

  it("shows every section title and every table label", () => {
    const missing = expectedLabels(report).filter((label) => !showsLabel(text, label));
    assert.deepEqual(missing, []);
  });

  it("shows the prose a person wrote and generates the rest", () => {
    assert.ok(text.includes("二是解读形式较为单一。"));
    assert.ok(text.includes("依申请公开方面，2025年本机关新收政府信息公开申请30件"));
  });

  it("shows 表四's figures in table order", () => {
    assert.ok(text.includes("100121000100000"), text);
  });
});

describe("export: a .docx with many applications, page by page", function () {
  this.timeout(120000);
  // 一 and 三 written short, so that 表三 would start low on a page and run over it if let.
  const text = {
    引言: INTRODUCTION,
    "一、总体情况": "2025年，本局依法做好政府信息公开工作。",
    "三、收到和处理政府信息公开申请情况": "本年度收到和处理政府信息公开申请的情况如下。",
    "五、存在的主要问题及改进情况": "一是公开内容有待丰富。",
  };
  const report: Report = { ...golden("2021-many"), text };
  let pages: string[] = [];
  let documentXml = "";
  before(async () => {
    const bytes = await reportDocx(report, { previous: golden("2021-many-previous") });
    documentXml = strFromU8(unzipSync(bytes)["word/document.xml"]);
    pages = renderedPages(bytes).map(squeeze);
  });

  it("numbers every page in the footer as — 1 —", () => {
    assert.ok(pages.length >= 3, `${pages.length} pages`);
    pages.forEach((page, i) => assert.ok(page.includes(`—${i + 1}—`), `page ${i + 1}: ${page.slice(-30)}`));
  });

  it("splits no table row across pages: every cell's text, tall merged labels too, is whole on one page", () => {
    const cut = officialTables(report)
      .flatMap((grid) => grid.rows.flat())
      .map((cell) => cell.text)
      .filter((cellText) => squeeze(cellText).length > 1 && !pages.some((page) => showsLabel(page, cellText)));
    assert.deepEqual(cut, []);
  });

  it("keeps each table on one page, so that no merged block of labels is parted from its rows", () => {
    for (const grid of officialTables(report)) {
      const labels = grid.rows.flat().filter((cell) => !cell.figure && squeeze(cell.text).length > 1).map((cell) => cell.text);
      const page = pages.findIndex((p) => showsLabel(p, labels[0]));
      assert.deepEqual(labels.filter((label) => !showsLabel(pages[page], label)), [], `表${grid.table} starts on page ${page + 1}`);
    }
  });

  it("marks every row unsplittable and repeats 表三's and 表四's header rows on a new page", () => {
    const rows = documentXml.match(/<w:tr>|<w:tr /gu)!.length;
    assert.equal(documentXml.match(/<w:cantSplit\/>/gu)?.length, rows);
    const [, three, four] = officialTables(report);
    assert.equal(documentXml.match(/<w:tblHeader\/>/gu)?.length, 3 + 3, `${three.table} and ${four.table}: 3 header rows each`);
  });
});
