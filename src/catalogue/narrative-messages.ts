// Every sentence of the narrative area a person reads: placeholders put into generated text
// where a figure is not usable. The TXT rules' messages are in the checks' catalogue.
import { FEE_ANSWERS, INFO_FIELDS } from "../model/report";
import { CellValue } from "../model/types";

/** What a placeholder asks for, by why the figure is missing. */
const ASKS = {
  blank: "未填写，请先填写",
  wrong: "数据有误，请先更正",
  fee: `请先填写“${INFO_FIELDS.feeCharged}”（${FEE_ANSWERS.yes}或${FEE_ANSWERS.no}）`,
} as const;

/** Stands where a figure would go when its cell is blank or not a clean number. */
export function placeholder(where: string, value: CellValue, more: number): string {
  const others = more > 0 ? `等${more + 1}格` : "";
  return `【${where}${others} ${value === null ? ASKS.blank : ASKS.wrong}】`;
}

/** Stands where the 信息处理费 sentence would go when “是否收取” is not 是 or 否. */
export function feePlaceholder(where: string): string {
  return `【${where} ${ASKS.fee}】`;
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");

/**
 * Exactly what placeholder() and feePlaceholder() write, and nothing a person writes in 【】
 * (“【存在问题】一是……”). Global: use it with match, matchAll or replace.
 */
export const PLACEHOLDER_PATTERN = new RegExp(`【[^【】]+? (?:${Object.values(ASKS).map(escaped).join("|")})】`, "gu");

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
  // The format fixes no unit for it: the reader finds it in the table's heading.
  采购总金额: { lead: "", unit: "（单位同表）", item: (_row, n) => `采购总金额${n}` },
};
