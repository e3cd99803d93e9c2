import { ReportFormat } from "./types";
import { APPLICANT_COLUMNS, REVIEW_TABLE, SECTIONS, applicationRows, APPLICATION_TABLE_HEAD } from "./shared-parts";

/** 国办公开办函〔2021〕30号《中华人民共和国政府信息公开工作年度报告格式》. */
export const FORMAT_2021: ReportFormat = {
  id: "2021",
  source: "国办公开办函〔2021〕30号",
  years: { from: 2021, to: null },
  sections: SECTIONS,
  tables: {
    二: {
      id: "二",
      title: "二、主动公开政府信息情况",
      rowHeader: "信息内容",
      blocks: [
        {
          article: "第二十条第（一）项",
          columns: [
            { label: "本年制发件数", kind: "count" },
            { label: "本年废止件数", kind: "count" },
            { label: "现行有效件数", kind: "count" },
          ],
          rows: ["规章", "行政规范性文件"],
        },
        {
          article: "第二十条第（五）项",
          columns: [{ label: "本年处理决定数量", kind: "count" }],
          rows: ["行政许可"],
        },
        {
          article: "第二十条第（六）项",
          columns: [{ label: "本年处理决定数量", kind: "count" }],
          rows: ["行政处罚", "行政强制"],
        },
        {
          article: "第二十条第（八）项",
          columns: [{ label: "本年收费金额（单位：万元）", kind: "amount" }],
          rows: ["行政事业性收费"],
        },
      ],
    },
    三: {
      ...APPLICATION_TABLE_HEAD,
      columns: APPLICANT_COLUMNS,
      rows: applicationRows([
        "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
        "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
        "3.其他",
      ]),
    },
    四: REVIEW_TABLE,
  },
};
