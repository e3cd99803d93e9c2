// The one verdict on a report, computed once and said the same by every host: 可以发布 when
// nothing holds back export, 有错误 when something does, 尚未填写 while no figure is entered.
// check and export both ask here, so the command that checks and the one that exports never
// disagree.
import { VERDICTS, VerdictKind } from "../catalogue/verdict-messages";
import { Problem, problemCounts, problemsOf } from "../checks/problems";
import { CheckResult, Finding, Severity } from "../model/findings";
import { hasFigures, Report } from "../model/report";
import { Review } from "../model/review";
import { exportBlockers } from "./blockers";
import { documentProblems, ReportDocument } from "./document";
import { CheckInput, locationsOf, previousFor, reportOf } from "../checks/engine";
import { CellValue } from "../model/types";
import { carriedCells } from "../template/next-year";

export interface Verdict {
  readonly kind: VerdictKind;
  readonly problems: readonly Problem[];
  /** Problems by severity: what a person has to fix, not how many rules fired. */
  readonly counts: Readonly<Record<Severity, number>>;
  /** What holds back export: every error, then what the document would publish wrongly. */
  readonly blockers: readonly string[];
}

/**
 * Whether a figure of this year has been entered. With last year's report, the 上年结转 that 新建下一年度
 * carried over from it do not count: a workbook just made for the new year is 尚未填写, not 有错误.
 */
function isStarted(report: Report, previous: Report | undefined): boolean {
  if (!previous) return hasFigures(report);
  const values: Record<string, CellValue> = { ...report.values };
  for (const id of carriedCells(report, previous)) values[id] = null;
  return hasFigures({ ...report, values });
}

/** `document`: what export would write, or at least what it would publish wrongly; `previous`: last year's report, when known. */
export function verdictOf(report: Report, findings: readonly Finding[], document: Pick<ReportDocument, "problems">, reviews: readonly Review[] = [], previous?: Report): Verdict {
  const problems = problemsOf(findings, reviews);
  const blockers = exportBlockers(findings, document);
  const kind = !isStarted(report, previous) ? VERDICTS.notFilled : blockers.length > 0 ? VERDICTS.hasErrors : VERDICTS.publishable;
  return { kind, problems, counts: problemCounts(problems), blockers };
}

/**
 * The verdict on a checked input, judged on the document export would write from it: with last
 * year's figures as the checks used them (`previous` given, else those stored in the workbook).
 */
export function verdictOfChecked(input: CheckInput, result: CheckResult, previous?: CheckInput): Verdict {
  const report = reportOf(input);
  const used = previousFor(input, { previous });
  const reviews = "read" in input ? input.read.reviews : [];
  const lastYear = used && reportOf(used);
  const problems = documentProblems(report, { previous: lastYear, locations: locationsOf(input) });
  return verdictOf(report, result.findings, { problems }, reviews, lastYear);
}
