import assert from "node:assert/strict";
import { Finding } from "../../src/model/findings";
import { runChecks } from "../../src/checks/run";
import { blockedMessage, exportBlockers } from "../../src/export/blockers";
import { documentHtml } from "../../src/export/html";
import { reportDocument } from "../../src/export/document";
import { CellValue, FormatId } from "../../src/model/types";
import { Report } from "../../src/model/report";
import { getFormat } from "../../src/model/formats";
import { inputCells } from "../../src/model/cells";
import { prng } from "../checks/builders";
import { randomReport } from "../narrative/random-report";
import { row3, sampleReport } from "../narrative/sample";

const finding = (severity: Finding["severity"], message: string): Finding => ({ rule: "NB-R02", severity, message, cells: [] });
/** What export is held back by, for a report as the CLI and the pane check it. */
const blockers = (report: Report) => exportBlockers(runChecks({ report }).findings, reportDocument(report));
const FIVE = "五、存在的主要问题及改进情况";
const THREE = "三、收到和处理政府信息公开申请情况";

describe("export: held back while errors remain", () => {
  it("lets a report without errors through", () => {
    assert.deepEqual(blockers(sampleReport()), []);
  });

  it("lists the message of every error, and no warning", () => {
    const findings = [finding("错误", "表三 J28 合计不符。"), finding("警告", "正文数字与表格不符。")];
    assert.deepEqual(exportBlockers(findings, reportDocument(sampleReport())), ["表三 J28 合计不符。"]);
  });

  it("holds back a text whose number the table contradicts for certain: 无法提供8件 against 7 in the table", () => {
    // Publishing inaccurate content is what the format's accountability clause names (发布内容不准确).
    const report = { ...sampleReport(), text: { ...sampleReport().text, "一、总体情况": "本年度无法提供8件。" } };
    assert.equal(blockers(report).filter((reason) => /“无法提供”为 8.*为 7/u.test(reason)).length, 1);
  });

  it("numbers the reasons under one heading", () => {
    assert.match(blockedMessage(["表三 J28 合计不符。", "表四 F7 合计不符。"]), /已暂停导出[\s\S]*\n1\. 表三 J28 合计不符。\n2\. 表四 F7 合计不符。$/u);
  });

  it("holds back a blank cell that the generated text would publish as a placeholder, naming the cell", () => {
    // A blank is only a warning of the checks; the text would still read 【…未填写，请先填写】.
    const report = sampleReport({ 三: { "四、结转下年度继续办理": { ...row3(0), 总计: null } } });
    assert.deepEqual(
      blockers(report).filter((reason) => /“一、总体情况”中会出现占位文字“【三、依申请公开!J\d+ 未填写，请先填写】”/u.test(reason)).length,
      1,
    );
  });

  it("holds back the 信息处理费 sentence while 是否收取 is not answered", () => {
    const report = sampleReport({ info: {} });
    assert.ok(blockers(report).some((reason) => reason.includes("“六、其他需要报告的事项”中会出现占位文字") && reason.includes("是否收取信息处理费")));
  });

  it("holds back a title without the agency, saying which cell to fill in", () => {
    assert.deepEqual(
      blockers(sampleReport({ agency: " " })).filter((reason) => /标题缺少机关名称。请在 基本信息!B\d+ 填写/u.test(reason)).length,
      1,
    );
  });

  it("holds back an empty 五、存在的主要问题及改进情况, as content the regulation requires", () => {
    const reasons = blockers(sampleReport({ text: {} }));
    assert.ok(reasons.some((reason) => /^“五、存在的主要问题及改进情况”没有内容。[\s\S]*第五十条[\s\S]*正文!B\d+/u.test(reason)), reasons.join("\n"));
  });

  it("lists a placeholder left in the person's own text once, not once per check", () => {
    const left = "【三、依申请公开!J10 未填写，请先填写】";
    const reasons = blockers(sampleReport({ text: { [FIVE]: "问题。", [THREE]: `本年度新收申请${left}。` } }));
    assert.equal(reasons.filter((reason) => reason.includes(left)).length, 1, reasons.join("\n"));
  });

  it("never lets a placeholder into the published page: whatever the cells hold, either export is held back or the page has no 【 (fuzz)", () => {
    const random = prng(20250214);
    const odd: CellValue[] = [null, "/", "12件", "１２", "#REF!", -3, 2.5, "+4"];
    const leaks: string[] = [];
    for (let i = 0; i < 200; i++) {
      const format: FormatId = i % 2 === 0 ? "2021" : "2019";
      const clean = randomReport(random, format, format === "2021" ? 2025 : 2020);
      const values = { ...clean.values };
      const cells = inputCells(getFormat(clean.format));
      for (let n = Math.floor(random() * 3); n > 0; n--) values[cells[Math.floor(random() * cells.length)].id] = odd[Math.floor(random() * odd.length)];
      const report: Report = { ...clean, values, agency: random() < 0.1 ? "" : clean.agency, text: random() < 0.1 ? {} : { [FIVE]: "问题。" } };
      const document = reportDocument(report);
      if (blockers(report).length === 0 && documentHtml(document).includes("【")) leaks.push(`#${i}`);
    }
    assert.deepEqual(leaks, []);
  });
});
