// The reconciliations of FORMAT.md as identities sum(left) = sum(right), derived from the
// format's structure (never from hand-listed labels) so that both formats follow.
import { cellId } from "../model/cells";
import { ReportFormat } from "../model/types";
import { FRAGMENTS } from "./check-messages";
import { ruleById, RuleId } from "./rules";
import { Identity } from "../model/findings";
import { derived } from "../model/derived";

function identity(rule: RuleId, about: string, title: string, left: string[], right: string[]): Identity {
  const def = ruleById(rule);
  return { rule, id: `${rule}:${about}`, severity: def.severity, title, left, right, tolerance: def.tolerance };
}

/** The parts of 表三 the identities speak of, found by the rows' nesting. */
export function applicationParts(format: ReportFormat) {
  const table = format.tables.三;
  const columns = table.columns.map((c) => c.label);
  // The format prints 总计 as the last column, after the six applicant columns.
  const totalColumn = columns[columns.length - 1];
  const applicantColumns = columns.slice(0, -1);
  // Top-level rows are 一、二 (incoming) and 四 (carried out); rows nested under 三 are results,
  // the last of them being （七）总计.
  const topLevel = table.rows.filter((row) => row.parents.length === 0).map((row) => row.label);
  const results = table.rows.filter((row) => row.parents.length > 0).map((row) => row.label);
  return {
    columns,
    totalColumn,
    applicantColumns,
    incoming: topLevel.slice(0, 2),
    carriedIn: topLevel[1],
    carriedOut: topLevel[topLevel.length - 1],
    resultRows: results.slice(0, -1),
    resultsTotal: results[results.length - 1],
  };
}

/**
 * Every reconciliation of the format: 表三 row totals, 表三 （七）总计 per column, the 勾稽
 * identity per column (一 + 二 = （七）总计 + 四), and 表四 group totals.
 */
export const reconciliations = derived((format: ReportFormat): readonly Identity[] => {
  const parts = applicationParts(format);
  const three = (row: string, column: string) => cellId("三", row, column);
  const list: Identity[] = [];
  for (const row of format.tables.三.rows.map((r) => r.label))
    list.push(
      identity("NB-R01", row, FRAGMENTS.rowTitle("三", row), [three(row, parts.totalColumn)], parts.applicantColumns.map((c) => three(row, c))),
    );
  for (const column of parts.columns) {
    const cell = (row: string) => three(row, column);
    const title = (what: string) => FRAGMENTS.columnTitle("三", column, what);
    list.push(identity("NB-R02", column, title(parts.resultsTotal), [cell(parts.resultsTotal)], parts.resultRows.map(cell)));
    list.push(identity("NB-R03", column, title(FRAGMENTS.balance), parts.incoming.map(cell), [cell(parts.resultsTotal), cell(parts.carriedOut)]));
  }
  const review = format.tables.四;
  const reviewColumns = review.columns.map((c) => c.label);
  // As in 表三, 总计 is the last of the five columns.
  const reviewTotal = reviewColumns[reviewColumns.length - 1];
  for (const group of review.groups.map((g) => g.label))
    list.push(
      identity(
        "NB-R04",
        group,
        FRAGMENTS.groupTitle("四", group),
        [cellId("四", group, reviewTotal)],
        reviewColumns.slice(0, -1).map((column) => cellId("四", group, column)),
      ),
    );
  return list;
});
