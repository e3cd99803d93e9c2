// The engine: builds the context once (format, where every cell lies), runs each rule set and
// returns every finding in a stable order. Pure: no host, no I/O, and no value is changed.
import { CellId, cellId, CellValue, getFormat, inputCells, InputCellDef, Report, ReportFormat, TableId } from "../report";
import { workbookLayout } from "../report/layout";
import { CellLocation, ReadResult, StructureIssue } from "../report/read";
import { FRAGMENTS } from "./messages";
import { CheckResult, Finding, FindingCell, Severity, SEVERITIES } from "./types";

/** A report to check: read out of a workbook (with locations and structure issues) or given directly (JSON). */
export type CheckInput = { readonly read: ReadResult } | { readonly report: Report };

/** One report as the rules see it. */
export interface CheckedReport {
  readonly report: Report;
  readonly format: ReportFormat;
  /** The input cell, located (address "" when the workbook lacks its row or column), with the value as typed. */
  cell(id: CellId): FindingCell;
}

export interface CheckContext {
  readonly current: CheckedReport;
  readonly issues: readonly StructureIssue[];
  readonly previous?: CheckedReport;
}

/** A group of rules; more sets (prose against tables, say) compose through `runChecks`' options. */
export interface RuleSet {
  readonly name: string;
  run(context: CheckContext): Finding[];
}

export interface CheckOptions {
  /** Last year's report, for the cross-year rules. */
  readonly previous?: CheckInput;
  /** Rule sets run after the built-in ones. */
  readonly ruleSets?: readonly RuleSet[];
}

interface FormatIndex {
  readonly defs: ReadonlyMap<CellId, InputCellDef>;
  /** Where the template puts each input cell. */
  readonly template: ReadonlyMap<CellId, CellLocation>;
  /** Table, row, column order of the cells, for sorting. */
  readonly order: ReadonlyMap<CellId, number>;
  /** The order of each table's first cell. */
  readonly tableStart: Readonly<Record<string, number>>;
}

const indexes = new WeakMap<ReportFormat, FormatIndex>();

function formatIndex(format: ReportFormat): FormatIndex {
  const known = indexes.get(format);
  if (known) return known;
  const cells = inputCells(format);
  const template = new Map<CellId, CellLocation>();
  for (const sheet of workbookLayout(format, 0).sheets)
    for (const input of sheet.inputs) template.set(input.cell.id, { sheet: sheet.name, address: input.address });
  const tableStart: Record<string, number> = {};
  cells.forEach((c, i) => (tableStart[c.table] ??= i));
  const index = { defs: new Map(cells.map((c) => [c.id, c])), template, order: new Map(cells.map((c, i) => [c.id, i])), tableStart };
  indexes.set(format, index);
  return index;
}

export function cellDef(format: ReportFormat, id: CellId): InputCellDef | undefined {
  return formatIndex(format).defs.get(id);
}

/** Wraps a report; `sheetPrefix` marks cells of another year's workbook so hosts do not mark them here. */
function checkedReport(input: CheckInput, sheetPrefix = ""): CheckedReport {
  const report = "read" in input ? input.read.report : input.report;
  const locations = "read" in input ? input.read.locations : undefined;
  const format = getFormat(report.format);
  const index = formatIndex(format);
  const cache = new Map<CellId, FindingCell>();
  return {
    report,
    format,
    cell(id) {
      const known = cache.get(id);
      if (known) return known;
      const def = index.defs.get(id);
      const at = locations ? locations[id] : index.template.get(id);
      const sheet = at?.sheet ?? index.template.get(id)?.sheet ?? "";
      const value: CellValue = report.values[id] ?? null;
      const cell: FindingCell = {
        sheet: sheetPrefix + sheet,
        address: at?.address ?? "",
        table: def?.table ?? "三",
        row: def?.row ?? "",
        column: def?.column ?? "",
        value,
      };
      cache.set(id, cell);
      return cell;
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
  const previousReport = options.previous && ("read" in options.previous ? options.previous.read.report : options.previous.report);
  const context: CheckContext = {
    current,
    issues: "read" in input ? input.read.issues : [],
    previous: options.previous && checkedReport(options.previous, FRAGMENTS.previousSheet(previousReport!.year)),
  };
  const findings = [...sets, ...(options.ruleSets ?? [])].flatMap((set) => set.run(context));
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const finding of findings) counts[finding.severity] += 1;
  return { valid: counts["错误"] === 0, counts, findings: inOrder(findings, current.format) };
}
