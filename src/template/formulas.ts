// The reconciliations compiled to spreadsheet formulas, so the verdict travels with the workbook:
// one formula calls the add-in (NIANBAO.SUMCHECK), the other uses only functions every spreadsheet
// has (SUM, IF, COUNT, COUNTA) and works in Excel without the add-in, in WPS and in LibreOffice.
// `judge` is the verdict both formulas show, computed the way the engine sums (`summable`).
import { parseAddress, rangeAddress } from "../model/address";
import { CellId, CellValue } from "../model/types";
import { Identity } from "../model/findings";
import { roundNoise, sumOf, summable } from "../model/values";

/** The words a check cell shows; the plain formula writes the same strings. */
export const VERDICT = {
  pass: "✓",
  /** Followed by sum(left) − sum(right). */
  failPrefix: "✗ 差 ",
  unreadable: "？ 无法核对",
} as const;

/** The headings of the check cells beside the tables: the rule's title plus one of these. */
export const CHECK_TEXT = {
  addin: "（加载项核对）",
  plain: "（通用公式核对，无需加载项）",
  status: "本表核对结果（加载项）",
} as const;

export type Judgement =
  | { readonly status: "pass" }
  /** difference = sum(left) − sum(right), as the engine reports it. */
  | { readonly status: "fail"; readonly difference: number }
  /** Some operand is not a clean number (text, "/", full-width digits, an error): the engine's NB-R05. */
  | { readonly status: "unreadable"; readonly cells: readonly { readonly side: "left" | "right"; readonly index: number }[] };

/** Whether sum(left) = sum(right) within `tolerance`; blanks count as 0, as in the engine. */
export function judge(left: readonly CellValue[], right: readonly CellValue[], tolerance: number): Judgement {
  const unreadable = [
    ...left.map((value, index) => ({ side: "left" as const, index, value })),
    ...right.map((value, index) => ({ side: "right" as const, index, value })),
  ]
    .filter((operand) => summable(operand.value) === undefined)
    .map(({ side, index }) => ({ side, index }));
  if (unreadable.length > 0) return { status: "unreadable", cells: unreadable };
  const difference = roundNoise(sumOf(left) - sumOf(right));
  return Math.abs(difference) <= tolerance ? { status: "pass" } : { status: "fail", difference };
}

export function verdictText(judgement: Judgement): string {
  if (judgement.status === "pass") return VERDICT.pass;
  if (judgement.status === "fail") return `${VERDICT.failPrefix}${judgement.difference}`;
  return VERDICT.unreadable;
}

/**
 * Cell addresses joined into as few ranges as possible: runs of neighbours down a column or
 * along a row become one range ("D7", "D8", "D9" → "D7:D9").
 */
export function operandRanges(addresses: readonly string[]): string[] {
  const ranges: string[] = [];
  let start: { row: number; column: number } | undefined;
  let end: { row: number; column: number } | undefined;
  const flush = () => {
    if (start && end) ranges.push(rangeAddress(start.row, start.column, end.row, end.column));
  };
  for (const at of addresses.map(parseAddress)) {
    const extendsDown = start && end && at.column === start.column && end.column === start.column && at.row === end.row + 1;
    const extendsAcross = start && end && at.row === start.row && end.row === start.row && at.column === end.column + 1;
    if (extendsDown || extendsAcross) end = at;
    else {
      flush();
      start = end = at;
    }
  }
  flush();
  return ranges;
}

/** Where an identity's cells are, as references usable in a formula on the check's sheet. */
export type Locate = (id: CellId) => string;

function sides(identity: Identity, locate: Locate) {
  const left = operandRanges(identity.left.map(locate)).join(",");
  const right = operandRanges(identity.right.map(locate)).join(",");
  return { left, right, all: `${left},${right}`, difference: `(SUM(${left})-SUM(${right}))` };
}

/** A string literal in a formula. */
function literal(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * The check in plain formulas: "？ 无法核对" when an operand is text or an error (COUNTA counts it,
 * COUNT does not), "✗ 差 d" when the sums differ by more than the tolerance, otherwise "✓".
 */
export function plainCheckFormula(identity: Identity, locate: Locate): string {
  const { all, difference } = sides(identity, locate);
  const tolerance = identity.tolerance;
  const fail = `${literal(VERDICT.failPrefix)}&${difference}`;
  return (
    `=IF(COUNTA(${all})>COUNT(${all}),${literal(VERDICT.unreadable)},` +
    `IF(${difference}>${tolerance},${fail},IF(${difference}<${-tolerance},${fail},${literal(VERDICT.pass)})))`
  );
}

/** The namespace the manifest declares for the custom functions. */
export const FUNCTION_NAMESPACE = "NIANBAO";

/** The same check through the add-in's NIANBAO.SUMCHECK; each side must be one range. */
export function addinCheckFormula(identity: Identity, locate: Locate): string {
  const left = operandRanges(identity.left.map(locate));
  const right = operandRanges(identity.right.map(locate));
  if (left.length !== 1 || right.length !== 1)
    throw new RangeError(`${identity.id}: SUMCHECK takes one range a side, got ${left.join(",")} = ${right.join(",")}`);
  const tolerance = identity.tolerance === 0 ? "" : `,${identity.tolerance}`;
  return `=${FUNCTION_NAMESPACE}.SUMCHECK(${left[0]},${right[0]}${tolerance})`;
}

/** True exactly when the plain check shows ✗: for conditional formatting of the totals. */
export function failingCondition(identity: Identity, locate: Locate): string {
  const { all, difference } = sides(identity, locate);
  return `=AND(COUNTA(${all})=COUNT(${all}),OR(${difference}>${identity.tolerance},${difference}<${-identity.tolerance}))`;
}
