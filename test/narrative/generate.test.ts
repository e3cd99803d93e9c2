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
  it("states received, carried over, handled and carried forward in 一's 依申请公开 passage, naming 申请 once", () => {
    assert.equal(text()["依申请公开"], "依申请公开方面，2025年本机关新收政府信息公开申请30件，上年结转2件；办结32件，无结转下年度继续办理的申请。");
  });

  it("states a carried-forward figure when there is one", () => {
    const report = sampleReport({ 三: { "四、结转下年度继续办理": row3(3), "一、本年新收政府信息公开申请数量": row3(29, 4) } });
    assert.match(text(report)["依申请公开"], /新收政府信息公开申请33件，上年结转2件；办结32件，结转下年度继续办理3件。$/u);
  });

  it("lists the non-zero result categories of 三 in table order with shares and sub-items, and summarises those at zero", () => {
    assert.match(
      text()["三·导语"],
      /其中：予以公开20件，占62\.5%；部分公开2件，占6\.3%；无法提供7件（本机关不掌握相关政府信息5件，没有现成信息需要另行制作2件），占21\.9%；不予处理3件（重复申请3件），占9\.4%；未出现不予公开、其他处理的情形。无结转下年度继续办理的申请。$/u,
    );
  });

  it("gives every share with one decimal, a round one too", () => {
    const report = sampleReport({ 三: { "（一）予以公开": row3(14, 2), "（二）部分公开（区分处理的，只计这一情形，不计其他情形）": row3(6) } });
    assert.match(text(report)["三·导语"], /予以公开16件，占50\.0%；部分公开6件，占18\.8%/u);
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
    assert.match(text(sampleReport(), { previous })["依申请公开"], /新收政府信息公开申请30件，同比增长25\.0%/u);
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
    assert.match(lead, /其中：其他处理3件，占100\.0%；未出现予以公开、部分公开、不予公开、无法提供、不予处理的情形。/u);
  });

  it("summarises an all-zero 2019 表二 instead of spelling out each zero", () => {
    const report = emptyReport("2019", 2020, "某局");
    const values = Object.fromEntries(Object.keys(report.values).map((id) => [id, 0]));
    assert.equal(
      text({ ...report, values })["主动公开"],
      "主动公开方面，2020年本机关未新制作、新公开规章、规范性文件，无对外公开的规章、规范性文件；无行政许可、其他对外管理服务事项、行政处罚、行政强制事项；无行政事业性收费事项；未开展政府集中采购。",
    );
  });

  it("summarises 2021 表二's rows at zero after what was done (本年度未废止规章), the verb said once", () => {
    const active = text()["主动公开"];
    assert.equal(
      active,
      "主动公开方面，2025年本机关制发行政规范性文件8件，废止行政规范性文件1件，现行有效行政规范性文件18件，未制发、废止规章，无现行有效的规章；作出行政许可决定120件、行政处罚决定4件，未作出行政强制决定；收取行政事业性收费12.5万元。",
    );
  });

  it("leaves a blank 表二 figure out of 二's lead-in, above the table that shows it, while 一's passage asks for it", () => {
    const report = sampleReport({ 二: { 行政处罚: { 本年处理决定数量: null } } });
    const narrative = generateNarrative(report);
    const said = Object.fromEntries(narrative.blocks.map((b) => [b.id, b.text]));
    assert.match(said["二·导语"], /作出行政许可决定120件，未作出行政强制决定；/u);
    assert.match(said["主动公开"], /行政处罚决定【二、主动公开!B11 未填写，请先填写】/u);
    assert.deepEqual(narrative.problems.map((p) => p.id), [cellId("二", "行政处罚", "本年处理决定数量")]);
  });

  it("states 二's main figures in its lead-in, not only 见下表", () => {
    assert.match(text()["二·导语"], /^2025年，本机关制发行政规范性文件8件，.*收取行政事业性收费12\.5万元。具体情况见下表。$/u);
  });

  const zero2019 = (changes: Record<string, CellValue> = {}): Report => {
    const report = emptyReport("2019", 2020, "某局");
    return { ...report, values: { ...Object.fromEntries(Object.keys(report.values).map((id) => [id, 0])), ...changes } };
  };

  it("states an increase typed as +19 in 2019 本年增/减, as reports write it", () => {
    const active = text(zero2019({ [cellId("二", "行政许可", "本年增/减")]: "+19" }))["主动公开"];
    assert.match(active, /行政许可事项本年增加19项，未作出处理决定/u);
    assert.doesNotMatch(active, /【/u);
  });

  it("counts 2019 items in 项 and their decisions in 件, a decrease as 减少", () => {
    const active = text(zero2019({ [cellId("二", "行政处罚", "上一年项目数量")]: 12, [cellId("二", "行政处罚", "本年增/减")]: -3, [cellId("二", "行政处罚", "处理决定数量")]: 40 }))["主动公开"];
    assert.match(active, /行政处罚事项上一年12项，本年减少3项，作出处理决定40件/u);
    assert.doesNotMatch(active, /事项事项|项目项|增减/u);
  });

  it("states 2019 采购总金额 in the unit the information sheet names, and counts projects in 个", () => {
    const procurement = { [cellId("二", "政府集中采购", "采购项目数量")]: 3, [cellId("二", "政府集中采购", "采购总金额")]: 251000 };
    assert.match(text({ ...zero2019(procurement), procurementUnit: "元" })["主动公开"], /政府集中采购项目3个，采购总金额251000元。$/u);
    assert.match(text({ ...zero2019(procurement), procurementUnit: "万元" })["主动公开"], /采购总金额251000万元。$/u);
  });

  it("asks for 采购总金额's unit on the information sheet rather than guess it", () => {
    const narrative = generateNarrative(zero2019({ [cellId("二", "政府集中采购", "采购项目数量")]: 1, [cellId("二", "政府集中采购", "采购总金额")]: 350 }));
    assert.match(narrative.blocks.find((b) => b.id === "主动公开")!.text, /采购总金额350【基本信息!B10 请先填写“采购总金额单位”（元或万元）】。$/u);
  });

  it("states amounts without binary noise", () => {
    const report = sampleReport({ 二: { 行政事业性收费: { "本年收费金额（单位：万元）": 0.1 + 0.2 } } });
    assert.match(text(report)["主动公开"], /行政事业性收费0\.3万元/u);
  });
});
