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
  /** 2019 format only: the format fixes no unit for 采购总金额, so the person names it. */
  procurementUnit: "采购总金额单位",
} as const;

/** The units 2019 采购总金额 may be stated in. */
export const PROCUREMENT_UNITS = ["元", "万元"] as const;

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
  /** 2019 format: the unit of 采购总金额 as typed on the information sheet (元 or 万元). */
  readonly procurementUnit?: CellValue;
  /** Prose by section title (一、总体情况 …). */
  readonly text: Readonly<Record<string, string>>;
}

/** The first and last day a report's figures count, as reports write them. */
export function periodBounds(year: number): { readonly from: string; readonly to: string } {
  return { from: `${year}年1月1日`, to: `${year}年12月31日` };
}

/** 统计期限 as the information sheet states it. */
export function statisticsPeriod(year: number): string {
  const { from, to } = periodBounds(year);
  return `${from}至${to}`;
}

/**
 * The opening paragraph real reports carry before 一 ("2025年，在县委、县政府的正确领导下……编制了
 * 本年度报告。"): a prose part of its own on 正文, above the sections, kept in `Report.text` by
 * this title and exported exactly as written.
 */
export const INTRODUCTION = "引言";

/** The prose parts of a report in the order it prints them: the opening paragraph, then 一 to 六. */
export function proseParts(format: { readonly sections: readonly string[] }): readonly string[] {
  return [INTRODUCTION, ...format.sections];
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

const isEntered = (value: CellValue | undefined) => value !== undefined && value !== null && !(typeof value === "string" && value.trim() === "");

/** Whether any figure of the tables has been entered: a blank template has none. */
export function hasFigures(report: Report): boolean {
  // The format's cells by id first, stopping at the first figure: listing the 200 values (Object.values) took 14 µs a report.
  return inputCells(getFormat(report.format)).some((cell) => isEntered(report.values[cell.id])) || Object.values(report.values).some(isEntered);
}
