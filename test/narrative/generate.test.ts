import assert from "node:assert/strict";
import { CellValue } from "../../src/model/types";
import { FORMATS } from "../../src/model/formats";
import { Report, emptyReport } from "../../src/model/report";
import { cellId, rowLabels } from "../../src/model/cells";
import { generateNarrative } from "../../src/narrative/generate";
import { group4, row3, sampleReport } from "./sample";

const text = (report = sampleReport(), options = {}) =>
  Object.fromEntries(generateNarrative(report, options).blocks.map((b) => [b.id, b.text]));
const zero2021 = () => {
  const zeros = Object.fromEntries(rowLabels(FORMATS["2021"], "三").map((label) => [label, row3(0)]));
  return sampleReport({ 三: zeros, 四: { 行政复议: group4(0), 未经复议直接起诉: group4(0), 复议后起诉: group4(0) } });
};

describe("narrative: generating the text", () => {
  it("states received, carried over, handled and carried forward in 一's 依申请公开 passage", () => {
    assert.equal(
      text()["依申请公开"],
      "依申请公开方面，2025年本机关新收政府信息公开申请30件，上年结转政府信息公开申请2件；办结32件，结转下年度继续办理0件。",
    );
  });

  it("lists every result category of 三 in table order with its share and non-zero sub-items", () => {
    assert.match(
      text()["三·导语"],
      /其中：予以公开20件，占62\.5%；部分公开2件，占6\.3%；不予公开0件；无法提供7件（本机关不掌握相关政府信息5件，没有现成信息需要另行制作2件），占21\.9%；不予处理3件（重复申请3件），占9\.4%；其他处理0件。结转下年度继续办理0件。$/u,
    );
  });

  it("splits new applications into 自然人 and 法人或其他组织", () => {
    assert.match(text()["三·导语"], /新收政府信息公开申请30件（其中自然人26件，法人或其他组织4件）/u);
  });

  it("says 未收到政府信息公开申请 when there were no applications at all", () => {
    assert.equal(text(zero2021())["三·导语"], "2025年，本机关未收到政府信息公开申请，无上年结转申请，无结转下年度继续办理的申请。");
  });

  it("says 未发生…行政复议、行政诉讼 when 表四 is all zero", () => {
    assert.equal(text(zero2021())["四·导语"], "2025年，本机关未发生因政府信息公开引起的行政复议、行政诉讼。");
  });

  it("states 复议 and 诉讼 by result, leaving out results that are zero", () => {
    assert.equal(
      text()["四·导语"],
      "2025年，本机关因政府信息公开引起行政复议2件，其中结果维持1件，尚未审结1件；行政诉讼1件，其中未经复议直接起诉1件（结果维持1件）。",
    );
  });

  it("compares with last year as 同比 when last year's report is given", () => {
    const previous = sampleReport({ year: 2024, 三: { "一、本年新收政府信息公开申请数量": row3(20, 4) } });
    assert.match(text(sampleReport(), { previous })["依申请公开"], /新收政府信息公开申请30件，同比增长25%/u);
  });

  it("uses the measure word asked for", () => {
    assert.match(text(sampleReport(), { measure: "宗" })["依申请公开"], /新收政府信息公开申请30宗/u);
  });

  it("puts a placeholder naming the cell where a figure is not a clean number, and reports the cell", () => {
    const report = sampleReport({ 三: { "（七）总计": { ...row3(28, 4), 总计: "/" } } });
    const narrative = generateNarrative(report);
    assert.match(narrative.blocks.find((b) => b.id === "依申请公开")!.text, /办结【三、依申请公开!J28 数据有误，请先更正】/u);
    assert.deepEqual(narrative.problems.map((p) => p.id), [cellId("三", "（七）总计", "总计")]);
  });

  it("never states a blank cell as a number", () => {
    const narrative = generateNarrative(emptyReport("2021", 2025, "某局"));
    assert.ok(narrative.blocks.every((b) => !/\d+件/u.test(b.text)), narrative.blocks.map((b) => b.text).join("\n"));
  });

  it("states the 信息处理费 under 国办函〔2020〕109号 when fees were charged", () => {
    const report = sampleReport({ info: { 是否收取信息处理费: "是", 收取信息处理费件数: 2, "收取信息处理费金额（元）": 150 } });
    assert.equal(text(report)["信息处理费"], "根据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号），本机关2025年对2件政府信息公开申请收取信息处理费，共计150元。");
  });

  it("says no 信息处理费 was charged when the field says 否", () => {
    assert.match(text()["信息处理费"], /本机关2025年未收取信息处理费。$/u);
  });

  it("asks for 是否收取信息处理费 when it is not filled in", () => {
    assert.match(text(sampleReport({ info: {} }))["信息处理费"], /【基本信息!B7 请先填写“是否收取信息处理费”（是或否）】/u);
  });

  it("handles the 2019 format, where （六）其他处理 is one row", () => {
    const report = { ...emptyReport("2019", 2020, "某局") };
    const values = { ...report.values };
    for (const id of Object.keys(values)) values[id] = 0;
    values[cellId("三", "一、本年新收政府信息公开申请数量", "总计")] = 3;
    values[cellId("三", "（六）其他处理", "总计")] = 3;
    values[cellId("三", "（七）总计", "总计")] = 3;
    const lead = text({ ...report, values })["三·导语"];
    assert.match(lead, /不予处理0件；其他处理3件，占100%。/u);
  });

  it("states 2019 表二 with its own columns", () => {
    const report = emptyReport("2019", 2020, "某局");
    const values = Object.fromEntries(Object.keys(report.values).map((id) => [id, 0]));
    assert.match(text({ ...report, values })["主动公开"], /新制作规章0件、规范性文件0件，新公开/u);
  });

  const zero2019 = (changes: Record<string, CellValue> = {}): Report => {
    const report = emptyReport("2019", 2020, "某局");
    return { ...report, values: { ...Object.fromEntries(Object.keys(report.values).map((id) => [id, 0])), ...changes } };
  };

  it("states an increase typed as +19 in 2019 本年增/减, as reports write it", () => {
    const active = text(zero2019({ [cellId("二", "行政许可", "本年增/减")]: "+19" }))["主动公开"];
    assert.match(active, /本年增减行政许可项目19项/u);
    assert.doesNotMatch(active, /【/u);
  });

  it("says 2019 采购总金额 is in the table's unit, which the format leaves open", () => {
    assert.match(text(zero2019({ [cellId("二", "政府集中采购", "采购总金额")]: 350 }))["主动公开"], /采购总金额350（单位同表）/u);
  });

  it("states amounts without binary noise", () => {
    const report = sampleReport({ 二: { 行政事业性收费: { "本年收费金额（单位：万元）": 0.1 + 0.2 } } });
    assert.match(text(report)["主动公开"], /行政事业性收费0\.3万元/u);
  });
});
