// Across years, given last year's report: carry-over, 现行有效件数, and tables copied forward.
import { cellId, inputCell, inputCells } from "../model/cells";
import { isReportYear } from "../model/report";
import { TableId } from "../model/types";
import { StructureIssue } from "../reading/read";
import { CheckContext, CheckedReport, RuleSet } from "./engine";
import { makeFinding } from "./findings";
import { applicationParts } from "../catalogue/reconciliations";
import { FRAGMENTS } from "../catalogue/check-messages";
import { ruleById } from "../catalogue/rules";
import { issueFinding } from "./structure-rules";
import { checkIdentity } from "./sum-rules";
import { Finding } from "../model/findings";
import { summable } from "../model/values";

/** This year's 上年结转 = last year's 结转下年度继续办理, column by column (across formats too). */
function carryOver(current: CheckedReport, previous: CheckedReport): Finding[] {
  const now = applicationParts(current.format);
  const before = applicationParts(previous.format);
  const findings: Finding[] = [];
  for (const column of now.columns) {
    const left = [current.cell(cellId("三", now.carriedIn, column))];
    const right = [previous.cell(cellId("三", before.carriedOut, column))];
    const finding = checkIdentity({
      rule: "NB-Y01",
      title: FRAGMENTS.columnTitle("三", column, FRAGMENTS.carryOver),
      left,
      right,
      tolerance: ruleById("NB-Y01").tolerance,
      params: { column, previousYear: previous.report.year },
    });
    if (finding) findings.push(finding);
  }
  return findings;
}

/**
 * 现行有效件数 + 本年废止件数 ≈ last year's 现行有效件数 + 本年制发件数, per row of 第（一）项.
 * Only between two reports in the 2021 format: the 2019 columns count other things.
 */
function validDocuments(current: CheckedReport, previous: CheckedReport): Finding[] {
  if (current.report.format !== "2021" || previous.report.format !== "2021") return [];
  const block = current.format.tables.二.blocks[0];
  const [issued, repealed, valid] = block.columns.map((c) => c.label);
  const findings: Finding[] = [];
  for (const row of block.rows) {
    const id = (column: string) => cellId("二", row, column);
    const finding = checkIdentity({
      rule: "NB-Y02",
      title: FRAGMENTS.validTitle(row),
      left: [current.cell(id(valid)), current.cell(id(repealed))],
      right: [previous.cell(id(valid)), current.cell(id(issued))],
      tolerance: ruleById("NB-Y02").tolerance,
      params: { row, previousYear: previous.report.year },
    });
    if (finding) findings.push(finding);
  }
  return findings;
}

/** A table whose figures equal last year's cell for cell (all-zero tables are no evidence). */
function copiedTables(current: CheckedReport, previous: CheckedReport): Finding[] {
  const findings: Finding[] = [];
  const byTable = new Map<TableId, string[]>();
  for (const def of inputCells(current.format)) {
    if (!byTable.has(def.table)) byTable.set(def.table, []);
    byTable.get(def.table)!.push(def.id);
  }
  for (const [table, ids] of byTable) {
    if (ids.every((id) => summable(current.report.values[id] ?? null) === 0)) continue;
    const same = ids.every((id) => inputCell(previous.format, id) !== undefined && (current.report.values[id] ?? null) === (previous.report.values[id] ?? null));
    if (same) findings.push(makeFinding("NB-Y03", { table, count: ids.length, previousYear: previous.report.year }, ids.map((id) => current.cell(id))));
  }
  return findings;
}

/** Last year's report is not the year before this one's, or either year is unknown. */
function wrongYear(current: CheckedReport, previous: CheckedReport): Finding | undefined {
  const [year, previousYear] = [current.report.year, previous.report.year];
  if (isReportYear(year) && previousYear === year - 1) return undefined;
  const verdict = isReportYear(year) && isReportYear(previousYear) ? FRAGMENTS.wantedYear(year - 1) : FRAGMENTS.unknownYear;
  return makeFinding("NB-Y04", { previous: FRAGMENTS.yearOf(previousYear), current: FRAGMENTS.yearOf(year), verdict }, []);
}

/** Last year's workbook differs from the template: the cross-year checks may miss cells. */
function previousStructure(issues: readonly StructureIssue[], previous: CheckedReport): Finding[] {
  if (issues.length === 0) return [];
  const prefix = FRAGMENTS.previousSheet(previous.report.year);
  const messages = issues.map((issue) => issueFinding(issue.sheet ? { ...issue, sheet: prefix + issue.sheet } : issue).message);
  return [makeFinding("NB-Y05", { count: issues.length, list: FRAGMENTS.numbered(messages) }, [])];
}

export const yearRules: RuleSet = {
  name: "跨年度",
  run({ current, previous, previousIssues }: CheckContext): Finding[] {
    if (!previous) return [];
    const wrong = wrongYear(current, previous);
    if (wrong) return [wrong];
    return [
      ...previousStructure(previousIssues, previous),
      ...carryOver(current, previous),
      ...validDocuments(current, previous),
      ...copiedTables(current, previous),
    ];
  },
};
