// The reconciliations: each identity sum(left) = sum(right) evaluated on the typed values.
// Blanks count as 0 (and are reported by NB-C05). An operand that is not a clean number, or that
// the workbook lacks, makes the identity unverifiable: NB-R05 says so; it never passes silently.
import { CheckContext, CheckedReport, RuleSet } from "./engine";
import { makeFinding, operand, reference, showNumber } from "./findings";
import { roundNoise } from "../model/values";
import { inputCellId } from "../model/cells";
import { reconciliations } from "../catalogue/reconciliations";
import { FRAGMENTS } from "../catalogue/check-messages";
import { RuleId } from "../catalogue/rules";
import { Finding, FindingCell, Identity } from "../model/findings";
import { CellId, CellValue } from "../model/types";
import { readValue, sumOf, summable } from "../model/values";
import { derived } from "../model/derived";

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
    { expected, actual, difference },
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
    const [made, gone, inForce] = [issued, repealed, valid].map((column) => current.cell(inputCellId(current.format, "二", row, column)));
    const [m, g, v] = [made, gone, inForce].map((cell) => (readValue(cell.value).status === "number" ? (cell.value as number) : undefined));
    if (m === undefined || g === undefined || v === undefined || v >= m - g) return [];
    return [makeFinding("NB-R07", { row, issued: m, repealed: g, valid: v, least: m - g, cell: reference(inForce) }, [inForce, made, gone])];
  });
}

/** Two whole numbers with the same digits, two neighbouring ones swapped (821 typed as 812). */
export function transposed(a: number, b: number): boolean {
  if (!Number.isInteger(a) || !Number.isInteger(b) || a < 0 || b < 0 || a === b) return false;
  const [x, y] = [String(a), String(b)];
  if (x.length !== y.length) return false;
  const at = [...x].findIndex((digit, i) => digit !== y[i]);
  return x[at] === y[at + 1] && x[at + 1] === y[at] && x.slice(at + 2) === y.slice(at + 2);
}

/** The identities each cell takes part in. */
const identitiesByCell = derived((identities: readonly Identity[]): ReadonlyMap<CellId, readonly Identity[]> => {
  const index = new Map<CellId, Identity[]>();
  for (const identity of identities) for (const id of [...identity.left, ...identity.right]) index.set(id, [...(index.get(id) ?? []), identity]);
  return index;
});

/** Whether `identity` holds on the typed values, with cell `id` read as `to` when given. */
function holds(identity: Identity, value: (id: CellId) => CellValue, id?: CellId, to?: number): boolean {
  const left = sideSum(identity.left, value, id, to);
  const right = left === undefined ? undefined : sideSum(identity.right, value, id, to);
  return left !== undefined && right !== undefined && Math.abs(left - right) <= identity.tolerance;
}

/** One side's sum, added in order as sumOf adds, with cell `id` read as `to`; undefined when an operand is not summable. */
function sideSum(cells: readonly CellId[], value: (id: CellId) => CellValue, id?: CellId, to?: number): number | undefined {
  let total = 0;
  for (const cell of cells) {
    const n = cell === id ? to! : summable(value(cell));
    if (n === undefined) return undefined;
    total += n;
  }
  return roundNoise(total);
}

/** Whether every identity a cell takes part in holds with the cell read as 0: only then is "fill 0" a right hint. */
export function zeroFits(current: CheckedReport, id: CellId): boolean {
  const value = (cell: CellId) => current.report.values[cell] ?? null;
  return (identitiesByCell(reconciliations(current.format)).get(id) ?? []).every((identity) => holds(identity, value, id, 0));
}

/**
 * The fix hint of a broken identity: offered only when exactly one change to one of its cells —
 * one digit, two neighbouring digits swapped, or a blank filled — makes every identity that
 * cell takes part in hold. Undefined otherwise: a hint is right or absent.
 */
function fixHint(current: CheckedReport, broken: Identity, difference: number): string | undefined {
  const value = (cell: CellId) => current.report.values[cell] ?? null;
  const byCell = identitiesByCell(reconciliations(current.format));
  const fixes: { id: CellId; to: number; from: CellValue; how: "digit" | "swap" | "blank" }[] = [];
  for (const [cells, sign] of [[broken.left, -1], [broken.right, 1]] as const)
    for (const id of cells) {
      if (isMissing(current.cell(id))) continue;
      const reading = readValue(value(id));
      const from = reading.status === "number" ? reading.number : reading.status === "blank" ? 0 : undefined;
      if (from === undefined) continue;
      const to = roundNoise(from + sign * difference);
      const how = reading.status === "blank" ? "blank" : oneDigitApart(from, to) ? "digit" : transposed(from, to) ? "swap" : undefined;
      if (!how || !Number.isInteger(to) || to < 0) continue;
      if ((byCell.get(id) ?? []).every((identity) => holds(identity, value, id, to))) fixes.push({ id, to, from: value(id), how });
    }
  if (fixes.length !== 1) return undefined;
  const [{ id, to, from, how }] = fixes;
  return FRAGMENTS.suggestion(reference(current.cell(id)), to, from === null ? null : Number(from), how);
}

export const sumRules: RuleSet = {
  name: "勾稽关系",
  run({ current }: CheckContext): Finding[] {
    const findings: Finding[] = validAtLeastIssued(current);
    const value = (cell: CellId) => current.report.values[cell] ?? null;
    for (const identity of reconciliations(current.format)) {
      // Most identities hold, and one that holds on the typed values (a cell the workbook lacks
      // reads as blank) has no finding: only the others are located and worded.
      if (holds(identity, value)) continue;
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
      if (!finding) continue;
      const suggestion = finding.difference === undefined ? undefined : fixHint(current, identity, finding.difference);
      findings.push(suggestion ? { ...finding, suggestion } : finding);
    }
    return findings;
  },
};
