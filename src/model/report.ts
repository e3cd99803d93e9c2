import { inputCells } from "./cells";
import { getFormat } from "./formats";
import { SECTIONS } from "./shared-parts";
import { CellId, CellValue, FormatId } from "./types";

/** The fields of the information sheet that people fill in besides the tables. */
export const INFO_FIELDS = {
  agency: "机关名称",
  year: "报告年度",
  format: "格式",
  period: "统计期限",
  feeCharged: "是否收取信息处理费",
  feeCases: "收取信息处理费件数",
  feeAmount: "收取信息处理费金额（元）",
} as const;

/** The fields a person fills in about 信息处理费 (section 六). */
export interface FeeInfo {
  /** "是", "否", or what was typed. */
  readonly charged: CellValue;
  readonly cases: CellValue;
  readonly amount: CellValue;
}

/** One agency's report for one year: the figures as typed, and the prose sections. */
export interface Report {
  readonly format: FormatId;
  readonly year: number;
  readonly agency: string;
  /** Every input cell by id; a missing id means a blank cell. */
  readonly values: Readonly<Record<CellId, CellValue>>;
  readonly fee: FeeInfo;
  /** Prose by section title (一、总体情况 …). */
  readonly text: Readonly<Record<string, string>>;
}

/** 统计期限 as the information sheet states it. */
export function statisticsPeriod(year: number): string {
  return `${year}年1月1日至${year}年12月31日`;
}

/** The year of a report whose 报告年度 is blank or unreadable (the reader reports it). */
export const UNKNOWN_YEAR = 0;

/** Whether `year` can be a report's year: reports began with the 2008 regulations. */
export function isReportYear(year: unknown): year is number {
  return typeof year === "number" && Number.isInteger(year) && year >= 2008 && year <= 2100;
}

/** 第五十条 requires this section; it is the one the tables cannot generate. */
export const PROBLEMS_SECTION = SECTIONS[4];

export const NO_FEE: FeeInfo = { charged: null, cases: null, amount: null };

/** A report with every cell blank: what a freshly inserted template holds. */
export function emptyReport(format: FormatId, year: number, agency: string): Report {
  const values: Record<CellId, CellValue> = {};
  for (const cell of inputCells(getFormat(format))) values[cell.id] = null;
  return { format, year, agency, values, fee: NO_FEE, text: {} };
}

/** Whether any figure of the tables has been entered: a blank template has none. */
export function hasFigures(report: Report): boolean {
  return Object.values(report.values).some((value) => value !== null && !(typeof value === "string" && value.trim() === ""));
}
