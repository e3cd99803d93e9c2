// Findings as problems a clerk can act on. The engine reports every rule that fires; a person
// wants one line per thing to fix: a cell that several failing totals share is one problem
// headed by that cell, the blanks of a table are one problem, and every headline names the
// place as the form prints it. Counts are of problems, not of rule firings.
import { PROBLEM_TEXT, placeOf, tableName } from "../catalogue/problem-messages";
import { RULE_TEXT } from "../catalogue/check-messages";
import { Finding, FindingCell, Severity, SEVERITIES } from "../model/findings";
import { Review } from "../model/review";
import { CellValue } from "../model/types";
import { SHEET_NAMES } from "../model/sheet-names";
import { showNumber } from "./findings";

export interface Problem {
  readonly severity: Severity;
  /** One line: where (table, row, column as printed, then the address), what is wrong, by how much. */
  readonly headline: string;
  /** The cell the problem is about first, then the other cells its findings name. */
  readonly cells: readonly FindingCell[];
  /** The rule firings this problem explains; the first is its own, the rest its consequences. */
  readonly findings: readonly Finding[];
  /** A warning a person confirmed, while its cells still hold the values they confirmed. */
  readonly reviewed?: { readonly reason: string; readonly date: string };
}

/** Rules whose findings are sums that do not add up: total = parts, total first among the cells. */
const SUM_RULES = new Set(["NB-R01", "NB-R02", "NB-R03", "NB-R04"]);
const BLANK_RULE = "NB-C05";

const worst = (findings: readonly Finding[]): Severity =>
  SEVERITIES.find((severity) => findings.some((finding) => finding.severity === severity)) ?? findings[0].severity;

const partOf = (cell: FindingCell) => (cell.table === "info" || cell.table === "text" ? SHEET_NAMES[cell.table] : tableName(cell.table));
// The information and prose sheets have one value per row: their column label adds nothing.
const place = (cell: FindingCell) => placeOf(partOf(cell), cell.row, cell.table === "info" || cell.table === "text" ? "" : cell.column);
const key = (cell: FindingCell) => `${cell.sheet}!${cell.address}`;

/** The headline of one finding: its first cell's place, then what is wrong in numbers or in its rule's title. */
export function headlineOf(finding: Finding): string {
  const cell = finding.cells[0];
  const title = RULE_TEXT[finding.rule as keyof typeof RULE_TEXT]?.title ?? finding.rule;
  const numbers =
    finding.expected !== undefined && finding.actual !== undefined
      ? PROBLEM_TEXT.shouldBe(showNumber(finding.expected), showNumber(finding.actual), finding.actual > finding.expected, showNumber(Math.abs(finding.actual - finding.expected)))
      : "";
  const what = numbers ? `${title}，${numbers}` : title;
  return cell ? PROBLEM_TEXT.headline(place(cell), cell.address, what) : what;
}

/**
 * The failing sums each cell takes part in, as a total or as a part: the row total and the column
 * total that both fail at 予以公开 · 自然人 both point at that cell.
 */
function sharedCells(findings: readonly Finding[]): Map<string, Finding[]> {
  const byCell = new Map<string, Finding[]>();
  for (const finding of findings) {
    for (const cell of finding.cells) {
      if (!cell.address) continue;
      byCell.set(key(cell), [...(byCell.get(key(cell)) ?? []), finding]);
    }
  }
  return byCell;
}

/** What identifies a problem across checks: its rules and its cells. */
const identity = (rules: readonly string[], cells: readonly string[]) => `${[...rules].sort().join(",")}@${cells.join(",")}`;
const problemIdentity = (problem: Problem) => identity(problem.findings.map((f) => f.rule), problem.cells.map(key));

/** The review of `problem` as a person confirms it now, with its cells' values as they are. */
export function reviewOf(problem: Problem, reason: string, date: string): Review {
  return { rules: [...problem.findings.map((f) => f.rule)].sort(), cells: problem.cells.map(key), values: problem.cells.map((cell) => cell.value), reason, date };
}

/** Only warnings can be confirmed: an error must be put right. */
export const canReview = (problem: Problem) => problem.severity !== "错误";

/** Each warning a review is about, marked reviewed unless one of its cells changed since. */
function withReviews(problems: readonly Problem[], reviews: readonly Review[]): Problem[] {
  if (reviews.length === 0) return [...problems];
  const byIdentity = new Map(reviews.map((review) => [identity(review.rules, review.cells), review]));
  return problems.map((problem) => {
    const review = canReview(problem) ? byIdentity.get(problemIdentity(problem)) : undefined;
    const unchanged = review !== undefined && problem.cells.every((cell, i) => sameValue(cell.value, review.values[i]));
    return unchanged ? { ...problem, reviewed: { reason: review.reason, date: review.date } } : problem;
  });
}

const sameValue = (a: CellValue | undefined, b: CellValue | undefined) => (a ?? null) === (b ?? null);

/**
 * Groups findings into problems: most severe first, then in the order the engine found them;
 * warnings a person confirmed (and whose cells have not changed since) are marked reviewed.
 */
export function problemsOf(findings: readonly Finding[], reviews: readonly Review[] = []): Problem[] {
  const problems: Problem[] = [];
  const explained = new Set<Finding>();

  // One cause: a cell shared by two or more failing sums, the most shared first.
  const sums = findings.filter((finding) => SUM_RULES.has(finding.rule));
  const shared = [...sharedCells(sums)].filter(([, group]) => group.length >= 2).sort((a, b) => b[1].length - a[1].length);
  for (const [cellKey, group] of shared) {
    const open = group.filter((finding) => !explained.has(finding));
    if (open.length < 2) continue;
    const cell = open[0].cells.find((c) => key(c) === cellKey)!;
    open.forEach((finding) => explained.add(finding));
    const others = open.flatMap((finding) => finding.cells).filter((c) => key(c) !== cellKey);
    problems.push({
      severity: worst(open),
      headline: PROBLEM_TEXT.headline(place(cell), cell.address, PROBLEM_TEXT.sharedCause(open.length)),
      cells: [cell, ...others.filter((c, i) => others.findIndex((o) => key(o) === key(c)) === i)],
      findings: open,
    });
  }

  // The blanks of each table: one problem, its cells listed.
  const blanks = new Map<string, Finding[]>();
  for (const finding of findings) {
    if (finding.rule !== BLANK_RULE || !finding.cells[0]) continue;
    const part = partOf(finding.cells[0]);
    blanks.set(part, [...(blanks.get(part) ?? []), finding]);
    explained.add(finding);
  }
  for (const [part, group] of blanks) {
    problems.push({ severity: worst(group), headline: PROBLEM_TEXT.blanks(part, group.length), cells: group.map((finding) => finding.cells[0]), findings: group });
  }

  for (const finding of findings) {
    if (!explained.has(finding)) problems.push({ severity: finding.severity, headline: headlineOf(finding), cells: finding.cells, findings: [finding] });
  }
  const position = new Map(findings.map((finding, i) => [finding, i]));
  const first = (problem: Problem) => Math.min(...problem.findings.map((finding) => position.get(finding)!));
  const sorted = problems.sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) || first(a) - first(b));
  return withReviews(sorted, reviews);
}

/** Whether a problem is a table's blank cells, which 把空白填为 0 fills. */
export function isBlankProblem(problem: Problem): boolean {
  return problem.findings.every((finding) => finding.rule === BLANK_RULE);
}

/** How many open problems of each severity: what a person has to fix, not how many rules fired. */
export function problemCounts(problems: readonly Problem[]): Record<Severity, number> {
  const counts = Object.fromEntries(SEVERITIES.map((severity) => [severity, 0])) as Record<Severity, number>;
  for (const problem of problems) if (!problem.reviewed) counts[problem.severity] += 1;
  return counts;
}
