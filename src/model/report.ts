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

/** The years a report may be on: reports began with the 2008 regulations; 2100 bounds typing slips. */
export const REPORT_YEARS = { first: 2008, last: 2100 } as const;

/** Whether `year` can be a report's year. */
export function isReportYear(year: unknown): year is number {
  return typeof year === "number" && Number.isInteger(year) && year >= REPORT_YEARS.first && year <= REPORT_YEARS.last;
}

/** The two answers of 是否收取信息处理费, as the template's list offers them. */
export const FEE_ANSWERS = { yes: "是", no: "否" } as const;

/**
 * What 是否收取信息处理费 says: true for 是, false for 否, null when blank, undefined for anything
 * else. Width and spaces do not matter ("是 ", "　否").
 */
export function readYesNo(value: CellValue): boolean | null | undefined {
  const answer = String(value ?? "").normalize("NFKC").replace(/\s+/gu, "");
  if (answer === "") return null;
  return answer === FEE_ANSWERS.yes ? true : answer === FEE_ANSWERS.no ? false : undefined;
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
