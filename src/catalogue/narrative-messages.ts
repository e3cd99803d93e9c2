// Every sentence of the narrative area a person reads: placeholders put into generated text
// where a figure is not usable. The prose rules' (NB-P) messages are in the checks' catalogue.
import { FEE_ANSWERS, INFO_FIELDS, PROCUREMENT_UNITS } from "../model/report";
import { CellValue } from "../model/types";

/** What a placeholder asks for, by why the figure is missing. */
const ASKS = {
  blank: "未填写，请先填写",
  wrong: "数据有误，请先更正",
  fee: `请先填写“${INFO_FIELDS.feeCharged}”（${FEE_ANSWERS.yes}或${FEE_ANSWERS.no}）`,
  unit: `请先填写“${INFO_FIELDS.procurementUnit}”（${PROCUREMENT_UNITS.join("或")}）`,
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

/** Stands where 2019 采购总金额's unit would go when the information sheet does not say 元 or 万元. */
export function unitPlaceholder(where: string): string {
  return `【${where} ${ASKS.unit}】`;
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");

/**
 * Exactly what placeholder() and feePlaceholder() write, and nothing a person writes in 【】
 * (“【存在问题】一是……”). Global: use it with match, matchAll or replace.
 */
export const PLACEHOLDER_PATTERN = new RegExp(`【[^【】]+? (?:${Object.values(ASKS).map(escaped).join("|")})】`, "gu");

/** 件 for documents and decisions (applications and cases take the measure word asked for). */
export const DOCUMENT_MEASURE = "件";

/**
 * How the 主动公开 passage words each column of 表二, keyed by the column labels of either
 * format. A column either lists its non-zero rows after a verb ("制发规章1件、行政规范性文件8件")
 * or states a standing total ("现行有效…"); rows at zero are summarised: verbs that share the
 * same rows combine ("未制发、废止规章"), the others say `none`.
 */
export interface ColumnPhrase {
  readonly unit: string;
  /** The words before the listed rows: "制发", "作出". */
  readonly lead: string;
  /** One row and its figure (which already carries its unit, or is a placeholder). */
  readonly item: (row: string, figure: string) => string;
  /** The verb negated as "未…" for rows at zero, combinable with other columns' verbs. */
  readonly verb?: string;
  /** The rows at zero, when the column has no combinable verb. */
  readonly none?: (rows: string) => string;
}

const listed = (lead: string, verb: string): ColumnPhrase => ({ unit: DOCUMENT_MEASURE, lead, item: (row, n) => `${row}${n}`, verb });
const decisions: ColumnPhrase = { unit: DOCUMENT_MEASURE, lead: "作出", item: (row, n) => `${row}决定${n}`, none: (rows) => `未作出${rows}决定` };

export const ACTIVE_COLUMN_PHRASES: Readonly<Record<string, ColumnPhrase>> = {
  本年制发件数: listed("制发", "制发"),
  本年废止件数: listed("废止", "废止"),
  现行有效件数: { unit: DOCUMENT_MEASURE, lead: "现行有效", item: (row, n) => `${row}${n}`, none: (rows) => `无现行有效的${rows}` },
  本年新制作数量: listed("新制作", "新制作"),
  本年新公开数量: listed("新公开", "新公开"),
  对外公开总数量: { unit: DOCUMENT_MEASURE, lead: "对外公开", item: (row, n) => `${row}共${n}`, none: (rows) => `无对外公开的${rows}` },
  本年处理决定数量: decisions,
  "本年收费金额（单位：万元）": { unit: "万元", lead: "收取", item: (row, n) => `${row}${n}`, none: (rows) => `未收取${rows}` },
};

/**
 * 2019 表二's item blocks (第（五）（六）（八）项): each row states its items as a count of 项
 * (上一年, then the signed change) and the decisions made on them in 件.
 */
export const ITEM_BLOCK = {
  previous: "上一年项目数量",
  change: "本年增/减",
  decisions: "处理决定数量",
  unit: "项",
  /** "行政许可" → "行政许可事项"; "其他对外管理服务事项" stays as it is. */
  noun: (rows: string) => (rows.endsWith("事项") ? rows : `${rows}事项`),
  previousPart: (n: string) => `上一年${n}`,
  changePart: (change: number, n: string) => (change > 0 ? `本年增加${n}` : `本年减少${n}`),
  /** A change that is not a clean number: only its placeholder is stated. */
  changeUnknown: (placeholder: string) => `本年增减${placeholder}`,
  decisionsPart: (n: string) => `作出处理决定${n}`,
  noDecisions: "未作出处理决定",
  none: (nouns: string) => `无${nouns}`,
} as const;

/** 2019 表二 第（九）项 政府集中采购: 个 for projects; the amount in the unit the information sheet names. */
export const PROCUREMENT_BLOCK = {
  projects: "采购项目数量",
  amount: "采购总金额",
  unit: "个",
  stated: (projects: string, amount: string) => `政府集中采购项目${projects}，采购总金额${amount}`,
  none: "未开展政府集中采购",
} as const;

const FEE_BASIS = "根据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号），";

/**
 * The sentences of 一's 依申请公开 passage and of the lead-ins of 二, 三 and 四 and of 六. Figures
 * arrive with their measure word (or as placeholders); docs/narrative-style.md gives the rules.
 */
export const APPLICATION_PHRASES = {
  received: (n: string) => `新收政府信息公开申请${n}`,
  noneReceived: "未收到新的政府信息公开申请",
  applicants: (person: string, organisations: string) => `（其中${person}，${organisations}）`,
  // Said right after 新收政府信息公开申请: the noun is not repeated.
  carried: (n: string) => `上年结转${n}`,
  noneCarried: "无上年结转申请",
  forward: (n: string) => `结转下年度继续办理${n}`,
  noneForward: "无结转下年度继续办理的申请",
  share: (percent: string) => `，占${percent}`,
  noCategories: (names: string) => `未出现${names}的情形`,
  same: "，与上年持平",
  nonePreviously: (measure: string) => `，上年为0${measure}`,
  change: (up: boolean, percent: string) => `，同比${up ? "增长" : "下降"}${percent}`,
  overviewNone: (year: string) => `依申请公开方面，${year}本机关未收到政府信息公开申请，无上年结转申请。`,
  overview: (year: string, received: string, carried: string, handled: string | undefined, forward: string) =>
    `依申请公开方面，${year}本机关${received}，${carried}；${handled === undefined ? "本年度未办结申请" : `办结${handled}`}，${forward}。`,
  leadNone: (year: string) => `${year}，本机关未收到政府信息公开申请，无上年结转申请，无结转下年度继续办理的申请。`,
  lead: (year: string, received: string, carried: string, handled: { handled: string; categories: string } | undefined, forward: string) =>
    `${year}，本机关${received}，${carried}。${handled === undefined ? "本年度未办结申请" : `本年度办结${handled.handled}，其中：${handled.categories}`}。${forward}。`,
  noReviews: (year: string) => `${year}，本机关未发生因政府信息公开引起的行政复议、行政诉讼。`,
  noReview: "未发生因政府信息公开引起的行政复议",
  review: (group: string, results: string) => `因政府信息公开引起${group}${results ? `，其中${results}` : ""}`,
  noLitigation: "未发生因政府信息公开引起的行政诉讼",
  litigation: (total: string, groups: string) => `${total}，其中${groups}`,
  reviews: (year: string, review: string, litigation: string) => `${year}，本机关${review}；${litigation}。`,
  not: (verbs: string, rows: string) => `未${verbs}${rows}`,
  activeOverview: (year: string, clauses: string) => `主动公开方面，${year}本机关${clauses}。`,
  activeLead: (year: string, clauses: string) => (clauses === "" ? `${year}，本机关主动公开政府信息情况见下表。` : `${year}，本机关${clauses}。具体情况见下表。`),
  noFee: (year: string) => `${FEE_BASIS}本机关${year}未收取信息处理费。`,
  fee: (year: string, cases: string, amount: string) => `${FEE_BASIS}本机关${year}对${cases}政府信息公开申请收取信息处理费，共计${amount}。`,
} as const;
