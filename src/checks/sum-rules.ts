// The reconciliations: each identity sum(left) = sum(right) evaluated on the typed values.
// Blanks count as 0 (and are reported by NB-C05). An operand that is not a clean number, or that
// the workbook lacks, makes the identity unverifiable: NB-R05 says so; it never passes silently.
import { CheckContext, RuleSet } from "./engine";
import { makeFinding, operand, reference, showNumber } from "./findings";
import { roundNoise } from "../model/values";
import { cellId } from "../model/cells";
import { reconciliations } from "../catalogue/reconciliations";
import { FRAGMENTS } from "../catalogue/check-messages";
import { RuleId } from "../catalogue/rules";
import { Finding, FindingCell } from "../model/findings";
import { readValue, sumOf, summable } from "../model/values";

export interface IdentityCheck {
  readonly rule: RuleId;
  readonly title: string;
  readonly left: readonly FindingCell[];
  readonly right: readonly FindingCell[];
  readonly tolerance: number;
  /** Placeholders of the rule's template besides left, right, sums and difference. */
  readonly params: Readonly<Record<string, string | number>>;
}

/** A cell the workbook lacks (its row or column is gone) has no address. */
export function isMissing(cell: FindingCell): boolean {
  return cell.address === "";
}

/** Two whole numbers written with the same number of digits, differing in exactly one place. */
export function oneDigitApart(a: number, b: number): boolean {
  if (!Number.isInteger(a) || !Number.isInteger(b) || a < 0 || b < 0) return false;
  const [x, y] = [String(a), String(b)];
  if (x.length !== y.length) return false;
  let differences = 0;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) differences += 1;
  return differences === 1;
}

/** The one typed operand whose change of a single digit would make the identity hold, if exactly one exists. */
function singleDigitFix(left: readonly FindingCell[], right: readonly FindingCell[], difference: number): string | undefined {
  const candidates: { cell: FindingCell; to: number; from: number }[] = [];
  const consider = (cell: FindingCell, to: number) => {
    const reading = readValue(cell.value);
    if (reading.status === "number" && oneDigitApart(reading.number, to)) candidates.push({ cell, to, from: reading.number });
  };
  for (const cell of left) consider(cell, (summable(cell.value) ?? NaN) - difference);
  for (const cell of right) consider(cell, (summable(cell.value) ?? NaN) + difference);
  if (candidates.length !== 1) return undefined;
  const [{ cell, to, from }] = candidates;
  return FRAGMENTS.suggestion(reference(cell), to, from);
}

function side(cells: readonly FindingCell[], by: "row" | "column", sum: number): string {
  const parts = cells.map((cell) => operand(cell, by));
  return cells.length === 1 ? parts[0] : FRAGMENTS.list([...parts, FRAGMENTS.sum(showNumber(sum))]);
}

/** Evaluates one identity; undefined when it holds. */
export function checkIdentity(check: IdentityCheck): Finding | undefined {
  const all = [...check.left, ...check.right];
  const unreadable = all.filter((cell) => isMissing(cell) || summable(cell.value) === undefined);
  const by = () => (all.every((cell) => cell.row === all[0].row) ? "column" : "row");
  // A missing row or column is already an error of its own (NB-S05/NB-S07): no second word on each sum it spoils.
  if (unreadable.length > 0 && unreadable.every(isMissing)) return undefined;
  if (unreadable.length > 0) {
    const others = all.filter((cell) => !unreadable.includes(cell));
    return makeFinding(
      "NB-R05",
      {
        title: check.title,
        unreadable: FRAGMENTS.list(unreadable.map((cell) => operand(cell, by()))),
        operands: FRAGMENTS.otherOperands(FRAGMENTS.list(others.map((cell) => operand(cell, by())))),
      },
      all,
    );
  }
  const actual = sumOf(check.left.map((cell) => cell.value));
  const expected = sumOf(check.right.map((cell) => cell.value));
  const difference = roundNoise(actual - expected);
  if (Math.abs(difference) <= check.tolerance) return undefined;
  return makeFinding(
    check.rule,
    {
      ...check.params,
      left: side(check.left, by(), actual),
      right: side(check.right, by(), expected),
      leftSum: showNumber(actual),
      rightSum: showNumber(expected),
      difference: showNumber(Math.abs(difference)),
    },
    all,
    { expected, actual, difference, suggestion: singleDigitFix(check.left, check.right, difference) },
  );
}

/**
 * 第（一）项 within one year: documents made this year and not repealed are still in force, so
 * 现行有效件数 ≥ 本年制发件数 − 本年废止件数. Only in the 2021 format, whose columns mean this.
 */
function validAtLeastIssued(current: CheckContext["current"]): Finding[] {
  if (current.format.id !== "2021") return [];
  const block = current.format.tables.二.blocks[0];
  const [issued, repealed, valid] = block.columns.map((c) => c.label);
  return block.rows.flatMap((row) => {
    const [made, gone, inForce] = [issued, repealed, valid].map((column) => current.cell(cellId("二", row, column)));
    const [m, g, v] = [made, gone, inForce].map((cell) => (readValue(cell.value).status === "number" ? (cell.value as number) : undefined));
    if (m === undefined || g === undefined || v === undefined || v >= m - g) return [];
    return [makeFinding("NB-R07", { row, issued: m, repealed: g, valid: v, least: m - g, cell: reference(inForce) }, [inForce, made, gone])];
  });
}

export const sumRules: RuleSet = {
  name: "勾稽关系",
  run({ current }: CheckContext): Finding[] {
    const findings: Finding[] = validAtLeastIssued(current);
    for (const identity of reconciliations(current.format)) {
      const left = identity.left.map((id) => current.cell(id));
      const right = identity.right.map((id) => current.cell(id));
      const about = left[0];
      const finding = checkIdentity({
        rule: identity.rule as RuleId,
        title: identity.title,
        left,
        right,
        tolerance: identity.tolerance,
        params: { row: about.row, column: about.column },
      });
      if (finding) findings.push(finding);
    }
    return findings;
  },
};
