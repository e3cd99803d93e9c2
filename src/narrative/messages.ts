// Every sentence of the narrative area a person reads: placeholders put into generated text
// where a figure is not usable. The TXT rules' messages are in the checks' catalogue.
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
