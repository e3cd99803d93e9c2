import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { reportDocx } from "../../src/export/docx";
import { convertWithLibreOffice } from "../libreoffice";
import { sampleReport } from "../narrative/sample";
import { expectedLabels, showsLabel, squeeze } from "./labels";

/** The .docx as LibreOffice renders it, as text (pdftotext), with a private profile. */
function renderedText(bytes: Uint8Array): string {
  const converted = convertWithLibreOffice({ "report.docx": bytes }, "pdf");
  try {
    return execFileSync("pdftotext", [converted.file("report"), "-"], { encoding: "utf8" });
  } finally {
    converted.remove();
  }
}

describe("export: the finished report as .docx", function () {
  this.timeout(120000);
  let text = "";
  const report = sampleReport({ text: { "五、存在的主要问题及改进情况": "一是公开内容有待丰富。\n二是解读形式较为单一。" } });
  before(async () => {
    text = squeeze(renderedText(await reportDocx(report)));
  });

  it("opens in LibreOffice with the title and the statistics period", () => {
    assert.ok(text.includes("某某县发展和改革局2025年政府信息公开工作年度报告"));
    assert.ok(text.includes("（统计期限：2025年1月1日至2025年12月31日）"));
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
