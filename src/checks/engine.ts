// The engine: builds the context once (format, where every cell lies), runs each rule set and
// returns every finding in a stable order. Pure: no host, no I/O, and no value is changed.
import { CellId, CellValue, ReportFormat, TableId } from "../model/types";
import { cellId, inputCell, inputCells } from "../model/cells";
import { getFormat } from "../model/formats";
import { Report } from "../model/report";
import { ReadResult, StructureIssue, templateLocations } from "../reading/read";
import { CellLocation } from "../model/grid";
import { FRAGMENTS } from "../catalogue/check-messages";
import { CheckResult, Finding, FindingCell, Severity, SEVERITIES } from "../model/findings";
import { derived } from "../model/derived";

/** A report to check: read out of a workbook (with locations and structure issues) or given directly (JSON). */
export type CheckInput = { readonly read: ReadResult } | { readonly report: Report };

/** The report inside a check input. */
export function reportOf(input: CheckInput): Report {
  return "read" in input ? input.read.report : input.report;
}

/** Where a check input's cells were read; undefined for a report given directly. */
export function locationsOf(input: CheckInput): ReadResult["locations"] | undefined {
  return "read" in input ? input.read.locations : undefined;
}

/** The structure issues of a check input; none for a report given directly. */
export function issuesOf(input: CheckInput): readonly StructureIssue[] {
  return "read" in input ? input.read.issues : [];
}

/** Last year's report for the cross-year rules: the one given, else the one the workbook keeps. */
export function previousFor(input: CheckInput, options: CheckOptions): CheckInput | undefined {
  if (options.previous) return options.previous;
  const stored = "read" in input ? input.read.previous : undefined;
  return stored && { report: stored };
}

/** One report as the rules see it. */
export interface CheckedReport {
  readonly report: Report;
  readonly format: ReportFormat;
  /** The input cell, located (address "" when the workbook lacks its row or column), with the value as typed. */
  cell(id: CellId): FindingCell;
  /** An information field (by its label) or a prose section (by its title), located, with its value. */
  field(table: "info" | "text", label: string, value: CellValue): FindingCell;
}

export interface CheckContext {
  readonly current: CheckedReport;
  readonly issues: readonly StructureIssue[];
  readonly previous?: CheckedReport;
  /** How last year's workbook differs from the template. */
  readonly previousIssues: readonly StructureIssue[];
}

/** A group of rules; more sets (prose against tables, say) compose through `runChecks`' options. */
export interface RuleSet {
  readonly name: string;
  run(context: CheckContext): Finding[];
}

export interface CheckOptions {
  /** Last year's report, for the cross-year rules; when absent, the one the workbook keeps, if any. */
  readonly previous?: CheckInput;
  /** Rule sets run after the built-in ones. */
  readonly ruleSets?: readonly RuleSet[];
}

interface FormatIndex {
  /** Table, row, column order of the cells, for sorting. */
  readonly order: ReadonlyMap<CellId, number>;
  /** The order of each table's first cell. */
  readonly tableStart: Readonly<Record<string, number>>;
}

const formatIndex = derived((format: ReportFormat): FormatIndex => {
  const cells = inputCells(format);
  const tableStart: Record<string, number> = {};
  cells.forEach((c, i) => (tableStart[c.table] ??= i));
  return { order: new Map(cells.map((c, i) => [c.id, i])), tableStart };
});

/** Wraps a report; `sheetPrefix` marks cells of another year's workbook so hosts do not mark them here. */
function checkedReport(input: CheckInput, sheetPrefix = ""): CheckedReport {
  const report = reportOf(input);
  const read = locationsOf(input);
  const format = getFormat(report.format);
  const template = templateLocations(format);
  /** Where `key` was read (address "" when the workbook lacks it); the template's place for a report given directly. */
  const locate = (key: string): CellLocation => {
    const at = read ? read[key] : template[key];
    return { sheet: sheetPrefix + (at?.sheet ?? template[key]?.sheet ?? ""), address: at?.address ?? "" };
  };
  const cache = new Map<CellId, FindingCell>();
  return {
    report,
    format,
    cell(id) {
      const known = cache.get(id);
      if (known) return known;
      const def = inputCell(format, id);
      if (!def) throw new RangeError(`${id} is not an input cell of the ${format.id} format`);
      // Built field by field: an object spread here cost more than all the rules together.
      const { sheet, address } = locate(id);
      const cell: FindingCell = { sheet, address, table: def.table, row: def.row, column: def.column, value: report.values[id] ?? null };
      cache.set(id, cell);
      return cell;
    },
    field(table, label, value) {
      const { sheet, address } = locate(label);
      return { sheet, address, table, row: label, column: "", value };
    },
  };
}

/**
 * How a finding sorts: findings about the whole workbook, then the information sheet, then
 * each table's structure before its cells, cells in template order (table, row, column).
 */
function sortKey(finding: Finding, index: FormatIndex): number {
  const first = finding.cells[0];
  if (!first) return -2;
  const known = index.order.get(cellId(first.table as TableId, first.row, first.column));
  if (known !== undefined) return known;
  const start = index.tableStart[first.table];
  return start === undefined ? -1 : start - 0.5;
}

function inOrder(findings: Finding[], format: ReportFormat): Finding[] {
  const index = formatIndex(format);
  return findings
    .map((finding, i) => ({ finding, key: sortKey(finding, index), i }))
    .sort((a, b) => a.key - b.key || compare(a.finding.rule, b.finding.rule) || a.i - b.i)
    .map((entry) => entry.finding);
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Checks a report with `sets`, then `options.ruleSets`. Findings come in a stable order
 * (table, row, column, rule); none is dropped.
 */
export function runRuleSets(input: CheckInput, options: CheckOptions, sets: readonly RuleSet[]): CheckResult {
  const current = checkedReport(input);
  const previous = previousFor(input, options);
  const context: CheckContext = {
    current,
    issues: issuesOf(input),
    previous: previous && checkedReport(previous, FRAGMENTS.previousSheet(reportOf(previous).year)),
    previousIssues: previous ? issuesOf(previous) : [],
  };
  const findings = [...sets, ...(options.ruleSets ?? [])].flatMap((set) => set.run(context));
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const finding of findings) counts[finding.severity] += 1;
  return { valid: counts["错误"] === 0, counts, findings: inOrder(findings, current.format) };
}
