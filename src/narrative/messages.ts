// Every sentence of the narrative area a person reads: placeholders put into generated text
// where a figure is not usable, and the messages of the TXT rules (text against tables).
import { CellValue } from "../report";

export const PLACEHOLDER_OPEN = "【";
export const PLACEHOLDER_CLOSE = "】";

/** Stands where a figure would go when its cell is blank or not a clean number. */
export function placeholder(where: string, value: CellValue, more: number): string {
  const others = more > 0 ? `等${more + 1}格` : "";
  const what = value === null ? "未填写，请先填写" : "数据有误，请先更正";
  return `${PLACEHOLDER_OPEN}${where}${others} ${what}${PLACEHOLDER_CLOSE}`;
}

/** Stands where the 信息处理费 sentence would go when “是否收取” is not 是 or 否. */
export function feePlaceholder(where: string): string {
  return `${PLACEHOLDER_OPEN}${where} 请先填写“是否收取信息处理费”（是或否）${PLACEHOLDER_CLOSE}`;
}

export interface TextRuleText {
  readonly title: string;
  readonly purpose: string;
  readonly reads: string;
  readonly template: string;
}

/** The TXT rules: every number prose states about applications, results, 复议 and 诉讼. */
export const TEXT_RULE_TEXT = {
  "TXT-01": {
    title: "正文数字与表格不符",
    purpose: "正文与表格矛盾是公开年报最常见的差错，评议时按“内容不准确”处理。",
    reads: "正文各部分写到的申请、办理结果、行政复议、行政诉讼的件数，与表三、表四对应单元格",
    template: "正文“{section}”写道“{sentence}”，其中{name}为 {stated}，但{table}为 {actual}（{cells}）。请核对后改正正文或表格。",
  },
  "TXT-02": {
    title: "正文称“均获维持”而表中并非全部维持",
    purpose: "“均获维持”“全部维持”只在结果维持等于总计时成立。",
    reads: "正文中“均获维持”等说法，与表四对应组的结果维持和总计",
    template: "正文“{section}”写道“{sentence}”，但表四{group}共 {total} 件，结果维持只有 {upheld} 件（{cells}）。请改写正文，如实写明各项结果。",
  },
  "TXT-03": {
    title: "正文分项之和与正文合计不符",
    purpose: "正文自己列出的分项加起来不等于它写的合计，读者一眼就能看出。",
    reads: "同一段正文中写到的合计与各分项件数",
    template: "正文“{section}”写{total}为 {stated}，但同段所写{parts}合计为 {sum}：“{sentence}”。请核对后改正。",
  },
  "TXT-04": {
    title: "正文仍有待填写的占位文字",
    purpose: "自动生成的正文在数据有误时留下【……】占位文字，发布前必须补正。",
    reads: "正文各部分中的【……】",
    template: "正文“{section}”仍有占位文字“{placeholder}”。请先更正对应的表格数据，再重新生成正文。",
  },
} as const satisfies Record<string, TextRuleText>;

export type TextRuleId = keyof typeof TEXT_RULE_TEXT;

/** Fills a template's {placeholders}. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/gu, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/**
 * Phrases of the 主动公开 passage, keyed by the column labels of 表二 in either format: the
 * word that leads a column's items, each item's wording (`figure` includes its unit, or is a
 * placeholder), and the unit.
 */
export const ACTIVE_COLUMN_PHRASES: Readonly<Record<string, { lead: string; unit: string; item: (row: string, figure: string) => string }>> = {
  本年制发件数: { lead: "制发", unit: "件", item: (row, n) => `${row}${n}` },
  本年废止件数: { lead: "废止", unit: "件", item: (row, n) => `${row}${n}` },
  现行有效件数: { lead: "现行有效", unit: "件", item: (row, n) => `${row}${n}` },
  本年新制作数量: { lead: "新制作", unit: "件", item: (row, n) => `${row}${n}` },
  本年新公开数量: { lead: "新公开", unit: "件", item: (row, n) => `${row}${n}` },
  对外公开总数量: { lead: "对外公开", unit: "件", item: (row, n) => `${row}共${n}` },
  本年处理决定数量: { lead: "作出", unit: "件", item: (row, n) => `${row}决定${n}` },
  处理决定数量: { lead: "作出", unit: "件", item: (row, n) => `${row}决定${n}` },
  "本年收费金额（单位：万元）": { lead: "收取", unit: "万元", item: (row, n) => `${row}${n}` },
  上一年项目数量: { lead: "上一年", unit: "项", item: (row, n) => `${row}项目${n}` },
  "本年增/减": { lead: "本年增减", unit: "项", item: (row, n) => `${row}项目${n}` },
  采购项目数量: { lead: "", unit: "个", item: (row, n) => `${row}项目${n}` },
  采购总金额: { lead: "", unit: "", item: (_row, n) => `采购总金额${n}` },
};
