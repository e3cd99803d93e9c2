import assert from "node:assert/strict";
import { checkProse } from "../../src/checks/prose-rules";
import { generateNarrative, Measure } from "../../src/narrative/generate";
import { mergeGenerated } from "../../src/narrative/blocks";
import { feePlaceholder, placeholder, PLACEHOLDER_PATTERN } from "../../src/catalogue/narrative-messages";
import { FormatId } from "../../src/model/types";
import { Report } from "../../src/model/report";
import { consistentReport, prng } from "./builders";
import { randomReport } from "../narrative/random-report";
import { group4, row3, sampleReport } from "../narrative/sample";

const OVERVIEW = "一、总体情况";
const withText = (report: Report, text: string, section = OVERVIEW): Report => ({ ...report, text: { [section]: text } });
const rules = (report: Report) => checkProse(report).map((f) => f.rule);
/** The sample with 无法提供 rows adding up to 337 (300 + 30 + 7). */
const unableReport = () =>
  sampleReport({
    三: {
      "1.本机关不掌握相关政府信息": row3(300),
      "2.没有现成信息需要另行制作": row3(30),
      "3.补正后申请内容仍不明确": row3(7),
    },
  });

describe("narrative: text against the tables", function () {
  this.timeout(60000);
  it("catches 无法提供265件 where the table's 无法提供 rows add up to 337, naming the cells", () => {
    const [finding] = checkProse(withText(unableReport(), "本年度依申请公开中，无法提供265件。"));
    assert.equal(finding.rule, "TXT-01");
    assert.match(finding.message, /“本年度依申请公开中，无法提供265件。”.*“无法提供”为 265.*合计为 337/u);
    assert.deepEqual(finding.cells.map((c) => c.address), ["B4", "J17", "J18", "J19"]);
    assert.deepEqual([finding.expected, finding.actual], [337, 265]);
  });

  it("catches 均获维持 where some 复议 cases are 尚未审结", () => {
    const [finding] = checkProse(withText(sampleReport(), "本年度发生行政复议2件，均获维持。"));
    assert.equal(finding.rule, "TXT-02");
    assert.deepEqual(finding.cells.map((c) => `${c.sheet}!${c.address}`), ["正文!B4", "四、复议诉讼!D5"]);
  });

  it("accepts 全部维持 when every case was upheld", () => {
    assert.deepEqual(rules(withText(sampleReport({ 四: { 行政复议: group4(2) } }), "行政复议2件，全部维持。")), []);
  });

  it("catches category counts that do not add up to the prose's own total", () => {
    const report = withText(sampleReport(), "办结32件，其中予以公开20件、部分公开2件、不予公开0件、无法提供7件、不予处理5件、其他处理0件。");
    const found = checkProse(report).filter((f) => f.rule === "TXT-03");
    assert.equal(found.length, 1);
    assert.match(found[0].message, /“办结”为 32，但同段所写.*合计为 34/u);
  });

  it("catches 未收到政府信息公开申请 when the table has applications", () => {
    assert.deepEqual(rules(withText(sampleReport(), "本年度未收到政府信息公开申请。")), ["TXT-01"]);
  });

  it("catches 未发生行政诉讼 when the table has a lawsuit", () => {
    assert.deepEqual(rules(withText(sampleReport(), "本年度未发生因政府信息公开引起的行政诉讼。")), ["TXT-01"]);
  });

  it("reads numbers typed with full-width digits", () => {
    assert.deepEqual(rules(withText(sampleReport(), "本年度新收政府信息公开申请３１件。")), ["TXT-01"]);
  });

  it("ignores shares, approximate and unrelated numbers", () => {
    const text = "全年接受咨询400余次，网站访问量11980次，办结率100%，予以公开占62.5%，发布信息90件。";
    assert.deepEqual(rules(withText(sampleReport(), text)), []);
  });

  it("reads sub-items only after their category, so 其他 elsewhere is not 其他处理", () => {
    assert.deepEqual(rules(withText(sampleReport(), "新收申请30件，其中法人或其他组织4件。")), []);
  });

  it("checks every section, not only 一", () => {
    assert.deepEqual(rules(withText(sampleReport(), "本年度行政复议3件。", "五、存在的主要问题及改进情况")), ["TXT-01"]);
  });

  it("reports a placeholder left in the text as an error", () => {
    const report = sampleReport({ 三: { "（七）总计": { ...row3(28, 4), 总计: "/" } } });
    const merged = mergeGenerated({}, generateNarrative(report).blocks).text;
    const placeholders = checkProse({ ...report, text: merged }).filter((f) => f.rule === "TXT-04");
    assert.ok(placeholders.length > 0 && placeholders.every((f) => f.severity === "错误"));
  });

  it("takes a person's own 【】 heading for text, not for a leftover placeholder", () => {
    assert.deepEqual(rules(withText(sampleReport(), "【存在问题】一是主动公开不够及时。【改进措施】一是加强培训。", "五、存在的主要问题及改进情况")), []);
  });

  it("reports the 信息处理费 placeholder left in the text", () => {
    const report = sampleReport({ info: {} });
    const merged = mergeGenerated({}, generateNarrative(report).blocks).text;
    assert.deepEqual(rules({ ...report, text: merged }), ["TXT-04"]);
  });

  it("recognises every placeholder the generator writes, whole", () => {
    const written = [
      placeholder("三、依申请公开!J10", null, 0),
      placeholder("二、主动公开!C5", "/", 2),
      placeholder("正文（未找到该单元格）", "12件", 0),
      feePlaceholder("基本信息!B8"),
    ];
    assert.deepEqual(written.map((text) => `甲${text}乙`.match(PLACEHOLDER_PATTERN)), written.map((text) => [text]));
  });

  it("reads numbers written with thousands separators, 1,062 and 1，062", () => {
    const findings = ["新收政府信息公开申请1,062件。", "新收政府信息公开申请1，062件。"].map((text) => checkProse(withText(sampleReport(), text)));
    assert.deepEqual(findings.map((found) => found.map((f) => [f.rule, f.actual])), [[["TXT-01", 1062]], [["TXT-01", 1062]]]);
  });

  it("passes generated text on thousands of random consistent reports in both formats (fuzz)", () => {
    const random = prng(20250131);
    const failures: string[] = [];
    const runs = 3000;
    for (let i = 0; i < runs; i++) {
      const format: FormatId = random() < 0.5 ? "2021" : "2019";
      const report = randomReport(random, format, format === "2021" ? 2025 : 2020);
      const previous = random() < 0.5 ? randomReport(random, format, report.year - 1) : undefined;
      const measure = (["件", "宗", "份"] as Measure[])[i % 3];
      const text = mergeGenerated({}, generateNarrative(report, { previous, measure }).blocks).text;
      const findings = checkProse({ ...report, text });
      if (findings.length > 0) failures.push(`#${i}: ${findings[0].message}`);
    }
    assert.deepEqual(failures.slice(0, 3), [], `${failures.length}/${runs} failed`);
  });

  it("passes generated text on the checks' consistent reports too (fuzz)", () => {
    const failures: string[] = [];
    for (let seed = 1; seed <= 1000; seed++) {
      const report = consistentReport(seed, seed % 2 === 0 ? "2021" : "2019");
      const text = mergeGenerated({}, generateNarrative({ ...report, fee: { charged: "否", cases: null, amount: null }, procurementUnit: "万元" }).blocks).text;
      const findings = checkProse({ ...report, text });
      if (findings.length > 0) failures.push(`seed ${seed}: ${findings[0].message}`);
    }
    assert.deepEqual(failures.slice(0, 3), [], `${failures.length}/1000 failed`);
  });
});
