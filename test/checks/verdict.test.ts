import assert from "node:assert/strict";
import { runChecks } from "../../src/checks/run";
import { unreadableVerdict, verdictOf } from "../../src/checks/verdict";
import { exportBlockers } from "../../src/export/blockers";
import { reportDocument } from "../../src/export/document";
import { emptyReport, Report } from "../../src/model/report";
import { sampleReport } from "../narrative/sample";

/** The verdict as every host computes it: the checks, then what holds export back. */
function verdict(report: Report) {
  const result = runChecks({ report });
  return verdictOf(report, result, exportBlockers(result.findings, reportDocument(report)));
}

describe("the one verdict", () => {
  it("lets a consistent report with its text be published", () => {
    assert.deepEqual(verdict(sampleReport()), { kind: "publishable", errors: 0, warnings: 0, reasons: [] });
  });

  it("calls a report with a wrong total 有错误 and lists the error", () => {
    const report = sampleReport({ 四: { 行政复议: { 结果维持: 1, 结果纠正: 0, 其他结果: 0, 尚未审结: 1, 总计: 3 } } });
    const result = verdict(report);
    assert.equal(result.kind, "errors");
    assert.ok(result.errors > 0);
    assert.equal(result.reasons.length >= result.errors, true);
    assert.ok(result.reasons.some((reason) => reason.includes("行政复议")), result.reasons.join("\n"));
  });

  it("calls a report without errors but without its agency 有错误, as export refuses it", () => {
    const result = verdict({ ...sampleReport(), agency: "" });
    assert.equal(result.kind, "errors");
    assert.equal(result.errors, 0);
    assert.equal(result.reasons.length, 1);
  });

  it("calls the empty template 尚未填写, though export would list its placeholders", () => {
    const report = emptyReport("2021", 2025, "某某县统计局");
    const result = runChecks({ report });
    const blockers = exportBlockers(result.findings, reportDocument(report));
    assert.ok(blockers.length > 0, "export holds the empty template back");
    assert.equal(verdictOf(report, result, blockers).kind, "empty");
  });

  it("counts a placeholder typed into one cell as a figure entered", () => {
    const report = { ...emptyReport("2021", 2025, "某某县统计局"), values: { ...emptyReport("2021", 2025, "").values, "三|（一）予以公开|自然人": "/" } };
    assert.equal(verdict(report).kind, "errors");
  });

  it("says why a file could not be read", () => {
    assert.deepEqual(unreadableVerdict("文件已损坏。"), { kind: "unreadable", errors: 0, warnings: 0, reasons: ["文件已损坏。"] });
  });
});
