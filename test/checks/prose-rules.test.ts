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
    assert.equal(finding.rule, "NB-P01");
    assert.match(finding.message, /“本年度依申请公开中，无法提供265件。”.*“无法提供”为 265.*合计为 337/u);
    assert.deepEqual(finding.cells.map((c) => c.address), ["B4", "J17", "J18", "J19"]);
    assert.deepEqual([finding.expected, finding.actual], [337, 265]);
  });

  it("catches 均获维持 where some 复议 cases are 尚未审结", () => {
    const [finding] = checkProse(withText(sampleReport(), "本年度发生行政复议2件，均获维持。"));
    assert.equal(finding.rule, "NB-P02");
    assert.deepEqual(finding.cells.map((c) => `${c.sheet}!${c.address}`), ["正文!B4", "四、复议诉讼!D5"]);
  });

  it("accepts 全部维持 when every case was upheld", () => {
    assert.deepEqual(rules(withText(sampleReport({ 四: { 行政复议: group4(2) } }), "行政复议2件，全部维持。")), []);
  });

  it("catches category counts that do not add up to the prose's own total", () => {
    const report = withText(sampleReport(), "办结32件，其中予以公开20件、部分公开2件、不予公开0件、无法提供7件、不予处理5件、其他处理0件。");
    const found = checkProse(report).filter((f) => f.rule === "NB-P03");
    assert.equal(found.length, 1);
    assert.match(found[0].message, /“办结”为 32，但同段所写.*合计为 34/u);
  });

  it("catches 未收到政府信息公开申请 when the table has applications", () => {
    assert.deepEqual(rules(withText(sampleReport(), "本年度未收到政府信息公开申请。")), ["NB-P01"]);
  });

  it("catches 未发生行政诉讼 when the table has a lawsuit", () => {
    assert.deepEqual(rules(withText(sampleReport(), "本年度未发生因政府信息公开引起的行政诉讼。")), ["NB-P01"]);
  });

  it("reads numbers typed with full-width digits", () => {
    assert.deepEqual(rules(withText(sampleReport(), "本年度新收政府信息公开申请３１件。")), ["NB-P01"]);
  });

  it("ignores shares, approximate and unrelated numbers", () => {
    const text = "全年接受咨询400余次，网站访问量11980次，办结率100%，予以公开占62.5%，发布信息90件。";
    assert.deepEqual(rules(withText(sampleReport(), text)), []);
  });

  it("reads sub-items only after their category, so 其他 elsewhere is not 其他处理", () => {
    assert.deepEqual(rules(withText(sampleReport(), "新收申请30件，其中法人或其他组织4件。")), []);
  });

  it("checks every section, not only 一", () => {
    assert.deepEqual(rules(withText(sampleReport(), "本年度行政复议3件。", "五、存在的主要问题及改进情况")), ["NB-P01"]);
  });

  it("reports a placeholder left in the text as an error", () => {
    const report = sampleReport({ 三: { "（七）总计": { ...row3(28, 4), 总计: "/" } } });
    const merged = mergeGenerated({}, generateNarrative(report).blocks).text;
    const placeholders = checkProse({ ...report, text: merged }).filter((f) => f.rule === "NB-P04");
    assert.ok(placeholders.length > 0 && placeholders.every((f) => f.severity === "错误"));
  });

  it("takes a person's own 【】 heading for text, not for a leftover placeholder", () => {
    assert.deepEqual(rules(withText(sampleReport(), "【存在问题】一是主动公开不够及时。【改进措施】一是加强培训。", "五、存在的主要问题及改进情况")), []);
  });

  it("reports the 信息处理费 placeholder left in the text", () => {
    const report = sampleReport({ info: {} });
    const merged = mergeGenerated({}, generateNarrative(report).blocks).text;
    assert.deepEqual(rules({ ...report, text: merged }), ["NB-P04"]);
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
    assert.deepEqual(findings.map((found) => found.map((f) => [f.rule, f.actual])), [[["NB-P01", 1062]], [["NB-P01", 1062]]]);
  });

  describe("reads sentences the way officials write them (real sentences, the sample's figures)", () => {
    // The sample: 新收 30 + 上年结转 2 = 办结 32; 予以公开 20, 部分公开 2, 无法提供 7, 不予处理 3;
    // 复议 2 (1 维持, 1 尚未审结); 诉讼 1 (维持); nothing carried to next year.
    const said = (text: string, report = sampleReport()) => checkProse(withText(report, text)).map((f) => [f.rule, f.severity]);
    const CERTAIN = ["NB-P01", "错误"];

    it("受理 N 件 may mean 新收 + 上年结转 (淮安市 2024): said only when the number fits neither", () => {
      assert.deepEqual(said("2024 年，全市共受理政府信息公开申请 32 件，答复 32 件（含上年度结转申请 2 件），均在法定期限内予以答复。"), []);
      assert.deepEqual(said("2024 年，全市共受理政府信息公开申请 30 件。"), []);
      assert.deepEqual(said("2024 年，全市共受理政府信息公开申请 31 件。"), [CERTAIN]);
    });

    it("says nothing of a number one body states on behalf of another (洪泽区 2024)", () => {
      assert.deepEqual(said("2024 年，区政府办代表区政府受理政府信息公开申请 17 件，均已在法定期限内予以答复。"), []);
    });

    it("reads 行政争议 / 案件 N 件 as 复议 and 诉讼 together (嘉兴市 2023)", () => {
      assert.deepEqual(said("因信息公开引发行政争议3件,其中,行政复议2件,结果维持1件,尚未审结1件;行政诉讼1件,结果维持1件。"), []);
      assert.deepEqual(said("因信息公开引发行政争议4件。"), [CERTAIN]);
      assert.deepEqual(said("本年度发生行政复议、行政诉讼案件3件。"), []);
    });

    it("reads combined categories as their sum (长春市 2024, 上海市 2019)", () => {
      assert.deepEqual(said("所有答复件中,予以公开及部分公开的22件,占68.75%;因本机关不掌握等原因无法提供的7件。"), []);
      const [finding] = checkProse(withText(sampleReport(), "予以公开及部分公开258件，占33.9%。"));
      assert.deepEqual([finding.rule, finding.expected, finding.actual], ["NB-P01", 22, 258]);
      assert.deepEqual(said("不予公开和无法提供7件。"), []);
    });

    it("reads a part inside a whole as the part: 办结的申请中同意公开 N 件 is 予以公开", () => {
      assert.deepEqual(said("所有办结的申请中同意公开20件。"), []);
      assert.deepEqual(said("所有办结的申请中同意公开9件。"), [CERTAIN]);
    });

    it("reads 未发生被复议纠错或诉讼败诉 as a claim about 结果纠正, whatever the number of cases", () => {
      assert.deepEqual(said("未发生被行政复议纠错或行政诉讼败诉情形。"), []);
      assert.deepEqual(said("未发生被行政复议纠错或行政诉讼败诉情形。", sampleReport({ 四: { 行政复议: group4(1, 1) } })), [CERTAIN]);
    });

    it("leaves last year's figures, shares and other counts in the same sentence alone (上海市 2019)", () => {
      assert.deepEqual(said("共新收政府信息公开申请30件，申请数量较去年回落12.3%，上年新收申请25件，接听热线电话120件。"), []);
    });

    it("reads counts in Chinese numerals", () => {
      assert.deepEqual(said("本年度新收政府信息公开申请三十件，上年结转两件。"), []);
      assert.deepEqual(said("本年度新收政府信息公开申请三十一件。"), [CERTAIN]);
    });

    it("catches 行政复议7件，诉讼9件，均获维持 while cases are 尚未审结 (上海市 2019), once for the sentence", () => {
      assert.deepEqual(said("信息公开类行政复议2件，诉讼1件，均获维持。"), [["NB-P02", "错误"]]);
    });

    it("catches 所有申请均已按要求办理完成 while one is carried over to next year", () => {
      assert.deepEqual(said("所有申请均已按要求办理完成。"), []);
      const carried = sampleReport({ 三: { "（七）总计": row3(27, 4), "四、结转下年度继续办理": row3(1) } });
      assert.deepEqual(said("所有申请均已按要求办理完成。", carried), [CERTAIN]);
    });

    it("reads a blank 总计 as the sum of its filled row, as the published table shows it (上海市 2019)", () => {
      const blankTotal = sampleReport({ 三: { "（一）予以公开": { ...row3(18, 2), 总计: null } } });
      assert.deepEqual(said("予以公开20件。", blankTotal), []);
      assert.deepEqual(said("予以公开19件。", blankTotal), [CERTAIN]);
    });
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
