import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { reportDocx } from "../../src/export";
import { sampleReport } from "../narrative/sample";
import { expectedLabels, showsLabel, squeeze } from "./labels";

/** The .docx as LibreOffice renders it, as text (pdftotext), with a private profile. */
function renderedText(bytes: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), "nianbao-docx-"));
  try {
    writeFileSync(join(dir, "report.docx"), bytes);
    execFileSync("soffice", ["--headless", "--norestore", `-env:UserInstallation=file://${dir}/profile`, "--convert-to", "pdf", "--outdir", dir, join(dir, "report.docx")], { stdio: "ignore", timeout: 90000 });
    execFileSync("pdftotext", [join(dir, "report.pdf"), join(dir, "report.txt")]);
    return readFileSync(join(dir, "report.txt"), "utf8");
  } finally {
    rmSync(dir, { recursive: true, force: true });
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
