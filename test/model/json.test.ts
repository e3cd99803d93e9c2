// The JSON contract read as people write it: a label that differs from the official one is
// matched by meaning and reported beside the report, never a reason to refuse the report.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseReportJson, ReportJsonError } from "../../src/model/json";
import { cellId } from "../../src/model/cells";

const published = (slug: string) => JSON.parse(readFileSync(path.join(__dirname, "..", "fixtures", "published", slug, "report.json"), "utf8"));

describe("parseReportJson", () => {
  it("reads a real report whose labels differ from the official ones (临潼区开发区管委会 2021), every value in place", () => {
    const { report, labels } = parseReportJson(published("2021-lintong-kfqgwh"));
    assert.equal(report.values[cellId("二", "行政处罚", "本年处理决定数量")], 0);
    assert.equal(report.values[cellId("二", "行政事业性收费", "本年收费金额（单位：万元）")], "43.788万元");
    assert.equal(report.values[cellId("三", "二、上年结转政府信息公开申请数量", "社会公益组织")], 0);
    assert.deepEqual(
      labels.map((l) => [l.axis, l.written, l.official]),
      [
        // one per header: 第（五）项 and 第（六）项 each print their own; 行政强制 shares 行政处罚's
        ["column", "本年处理绝对数量", "本年处理决定数量"],
        ["column", "本年处理绝对数量", "本年处理决定数量"],
        ["row", "二、上年结转政府信息公开数量", "二、上年结转政府信息公开申请数量"],
      ],
    );
  });

  it("keeps a section under its official title when it is written otherwise, and one it does not know under its own", () => {
    const { report, labels } = parseReportJson({
      format: "2021",
      year: 2023,
      text: { "五、政府信息公开工作存在的主要问题及改进情况": "存在问题……", "七、附件": "无。" },
    });
    assert.deepEqual(report.text, { "五、存在的主要问题及改进情况": "存在问题……", "七、附件": "无。" });
    assert.deepEqual(labels.map((l) => [l.axis, l.official]), [["section", "五、存在的主要问题及改进情况"]]);
  });

  it("reports a row it cannot identify and reads every other row", () => {
    const { report, labels } = parseReportJson({ format: "2021", year: 2023, 三: { 本年新收: { 自然人: 1 }, "（七）总计": { 自然人: 2 } } });
    assert.deepEqual(labels, [{ table: "三", axis: "row", written: "本年新收" }]);
    assert.equal(report.values[cellId("三", "（七）总计", "自然人")], 2);
  });

  it("still refuses what is not shaped as a report, in Chinese", () => {
    assert.throws(() => parseReportJson({ format: "2021", year: 2023, 三: [] }), (e: unknown) => e instanceof ReportJsonError && /表三/.test(e.message));
  });
});
