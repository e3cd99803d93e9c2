// The shapes the checks speak in: rules as data, findings, and the identities that other
// parts (custom functions, formulas beside the tables) compile from the same source.
import { CellId, CellValue, TableId } from "./types";

export type Severity = "错误" | "警告" | "提示";

/** The order severities are listed in. */
export const SEVERITIES: readonly Severity[] = ["错误", "警告", "提示"];

/** One cell a finding is about, with where it lies and its official labels. */
export interface FindingCell {
  readonly sheet: string;
  /** A1 address on that sheet; "" when the cell could not be located in the workbook. */
  readonly address: string;
  readonly table: TableId | "info" | "text";
  readonly row: string;
  readonly column: string;
  readonly value: CellValue;
}

export interface Finding {
  readonly rule: string;
  readonly severity: Severity;
  readonly message: string;
  readonly cells: readonly FindingCell[];
  readonly expected?: number;
  readonly actual?: number;
  /** actual − expected. */
  readonly difference?: number;
  readonly suggestion?: string;
}

/** What each rule group evaluates. */
export type RuleGroup = "单元格" | "表格结构" | "勾稽关系" | "跨年度" | "正文" | "正文与表格";

/** A rule as data; the engine and the generated docs/RULES.md both read this. */
export interface RuleDef {
  /** Stable: never renumber, never reuse. */
  readonly id: string;
  readonly group: RuleGroup;
  readonly severity: Severity;
  readonly title: string;
  /** Why a reviewer cares, in one sentence. */
  readonly purpose: string;
  /** The cells the rule reads, in words. */
  readonly reads: string;
  /** Largest |actual − expected| still accepted (0 for counts). */
  readonly tolerance: number;
}

/** sum(left) = sum(right) within `tolerance`: one instance of a reconciliation rule. */
export interface Identity {
  readonly rule: string;
  /** Stable per instance: `${rule}:${what it is about}`. */
  readonly id: string;
  readonly severity: Severity;
  readonly title: string;
  readonly left: readonly CellId[];
  readonly right: readonly CellId[];
  readonly tolerance: number;
}

export interface CheckResult {
  /** No finding of severity 错误. */
  readonly valid: boolean;
  readonly counts: Readonly<Record<Severity, number>>;
  readonly findings: readonly Finding[];
}
