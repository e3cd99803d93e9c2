import { ColumnDef, ReportFormat } from "./types";
import { APPLICANT_COLUMNS, REVIEW_TABLE, SECTIONS, applicationRows, APPLICATION_TABLE_HEAD } from "./shared-parts";

const ITEM_COUNT_COLUMNS: readonly ColumnDef[] = [
  { label: "上一年项目数量", kind: "count" },
  { label: "本年增/减", kind: "signedCount" },
];

/** 国办公开办函〔2019〕60号, the trial format used for the 2019 and 2020 reports. */
export const FORMAT_2019: ReportFormat = {
  id: "2019",
  source: "国办公开办函〔2019〕60号",
  years: { from: 2019, to: 2020 },
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
            { label: "本年新制作数量", kind: "count" },
            { label: "本年新公开数量", kind: "count" },
            { label: "对外公开总数量", kind: "count" },
          ],
          rows: ["规章", "规范性文件"],
        },
        {
          article: "第二十条第（五）项",
          columns: [...ITEM_COUNT_COLUMNS, { label: "处理决定数量", kind: "count" }],
          rows: ["行政许可", "其他对外管理服务事项"],
        },
        {
          article: "第二十条第（六）项",
          columns: [...ITEM_COUNT_COLUMNS, { label: "处理决定数量", kind: "count" }],
          rows: ["行政处罚", "行政强制"],
        },
        {
          article: "第二十条第（八）项",
          columns: ITEM_COUNT_COLUMNS,
          rows: ["行政事业性收费"],
        },
        {
          article: "第二十条第（九）项",
          columns: [
            { label: "采购项目数量", kind: "count" },
            { label: "采购总金额", kind: "freeAmount" },
          ],
          rows: ["政府集中采购"],
        },
      ],
    },
    三: {
      ...APPLICATION_TABLE_HEAD,
      columns: APPLICANT_COLUMNS,
      rows: applicationRows([]),
    },
    四: REVIEW_TABLE,
  },
};
