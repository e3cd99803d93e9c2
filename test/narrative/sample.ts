// Reports for the narrative and export tests, built through the JSON contract.
import { FORMATS } from "../../src/model/formats";
import { Report } from "../../src/model/report";
import { reportFromJson } from "../../src/model/json";
import { rowLabels } from "../../src/model/cells";

const zeros = (labels: readonly string[]) => Object.fromEntries(labels.map((l) => [l, 0]));
const APPLICANTS = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"];
const RESULTS = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];

/** A row of 表三 with every applicant column: 自然人 and 商业企业 given, the rest 0, 总计 their sum. */
export function row3(person: number, business = 0) {
  return { ...zeros(APPLICANTS), 自然人: person, 商业企业: business, 总计: person + business };
}

/** A group of 表四 from its four results; 总计 is their sum. */
export function group4(upheld: number, corrected = 0, other = 0, pending = 0) {
  return { ...zeros(RESULTS), 结果维持: upheld, 结果纠正: corrected, 其他结果: other, 尚未审结: pending, 总计: upheld + corrected + other + pending };
}

/**
 * The example agency: 30 new + 2 carried = 32 handled; 予以公开 20, 部分公开 2, 无法提供 7
 * (5 + 2), 不予处理 3; 复议 2 (1 维持, 1 尚未审结); one 诉讼 directly, 维持. Only 五 is written.
 */
export function sampleReport(overrides: Record<string, unknown> = {}): Report {
  const base: Record<string, unknown> = {
    format: "2021",
    year: 2025,
    agency: "某某县发展和改革局",
    二: {
      规章: { 本年制发件数: 0, 本年废止件数: 0, 现行有效件数: 0 },
      行政规范性文件: { 本年制发件数: 8, 本年废止件数: 1, 现行有效件数: 18 },
      行政许可: { 本年处理决定数量: 120 },
      行政处罚: { 本年处理决定数量: 4 },
      行政强制: { 本年处理决定数量: 0 },
      行政事业性收费: { "本年收费金额（单位：万元）": 12.5 },
    },
    三: {
      ...Object.fromEntries(rowLabels(FORMATS["2021"], "三").map((label) => [label, row3(0)])),
      "一、本年新收政府信息公开申请数量": row3(26, 4),
      "二、上年结转政府信息公开申请数量": row3(2),
      "（一）予以公开": row3(18, 2),
      "（二）部分公开（区分处理的，只计这一情形，不计其他情形）": row3(2),
      "1.本机关不掌握相关政府信息": row3(4, 1),
      "2.没有现成信息需要另行制作": row3(2),
      "2.重复申请": row3(2, 1),
      "（七）总计": row3(28, 4),
      "四、结转下年度继续办理": row3(0),
    },
    四: { 行政复议: group4(1, 0, 0, 1), 未经复议直接起诉: group4(1), 复议后起诉: group4(0) },
    info: { 是否收取信息处理费: "否" },
    // 五 is never generated, and a report without it is not published.
    text: { "五、存在的主要问题及改进情况": "一是主动公开的及时性有待提高；二是依申请公开答复的规范化水平有待提升。下一步，本机关将加强培训，完善工作机制。" },
  };
  // Table overrides replace rows, not the whole table.
  const merged = { ...base, ...overrides };
  for (const table of ["二", "三", "四"])
    if (overrides[table]) merged[table] = { ...(base[table] as object), ...(overrides[table] as object) };
  return reportFromJson(merged);
}
