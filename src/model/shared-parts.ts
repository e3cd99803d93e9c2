// The parts both formats print identically; each format file adds what differs.
import { ColumnDef, ReviewTableDef, RowDef } from "./types";

export const SECTIONS: readonly string[] = [
  "一、总体情况",
  "二、主动公开政府信息情况",
  "三、收到和处理政府信息公开申请情况",
  "四、政府信息公开行政复议、行政诉讼情况",
  "五、存在的主要问题及改进情况",
  "六、其他需要报告的事项",
];

const count = (label: string): ColumnDef => ({ label, kind: "count" });

export const APPLICANT_COLUMNS: readonly ColumnDef[] = [
  "自然人",
  "商业企业",
  "科研机构",
  "社会公益组织",
  "法律服务机构",
  "其他",
  "总计",
].map(count);

export const APPLICATION_TABLE_HEAD = {
  id: "三" as const,
  title: "三、收到和处理政府信息公开申请情况",
  cornerNote: "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
  applicantHeader: "申请人情况",
  organisationHeader: "法人或其他组织",
  organisationColumns: ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"],
};

const RESULTS = "三、本年度办理结果";
const OTHER_HANDLING = "（六）其他处理";

const grouped = (group: string, labels: readonly string[]): RowDef[] =>
  labels.map((label) => ({ label, parents: [RESULTS, group] }));

/**
 * The 三 rows. `otherHandling` lists the sub-rows of （六）其他处理: three in 2021, none in 2019
 * (where （六） is one row of its own).
 */
export function applicationRows(otherHandling: readonly string[]): readonly RowDef[] {
  return [
    { label: "一、本年新收政府信息公开申请数量", parents: [] },
    { label: "二、上年结转政府信息公开申请数量", parents: [] },
    { label: "（一）予以公开", parents: [RESULTS] },
    { label: "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", parents: [RESULTS] },
    ...grouped("（三）不予公开", [
      "1.属于国家秘密",
      "2.其他法律行政法规禁止公开",
      "3.危及“三安全一稳定”",
      "4.保护第三方合法权益",
      "5.属于三类内部事务信息",
      "6.属于四类过程性信息",
      "7.属于行政执法案卷",
      "8.属于行政查询事项",
    ]),
    ...grouped("（四）无法提供", ["1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确"]),
    ...grouped("（五）不予处理", [
      "1.信访举报投诉类申请",
      "2.重复申请",
      "3.要求提供公开出版物",
      "4.无正当理由大量反复申请",
      "5.要求行政机关确认或重新出具已获取信息",
    ]),
    ...(otherHandling.length > 0 ? grouped(OTHER_HANDLING, otherHandling) : [{ label: OTHER_HANDLING, parents: [RESULTS] }]),
    { label: "（七）总计", parents: [RESULTS] },
    { label: "四、结转下年度继续办理", parents: [] },
  ];
}

export const REVIEW_TABLE: ReviewTableDef = {
  id: "四",
  title: "四、政府信息公开行政复议、行政诉讼情况",
  litigationHeader: "行政诉讼",
  groups: [
    { label: "行政复议", parents: [] },
    { label: "未经复议直接起诉", parents: ["行政诉讼"] },
    { label: "复议后起诉", parents: ["行政诉讼"] },
  ],
  columns: ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"].map(count),
};
