// Cell checks by kind: every input cell, and the 信息处理费 figures, must hold a clean number of
// their kind; 是否收取信息处理费 must say 是 or 否, and agree with the figures.
import { CellKind, CellValue } from "../model/types";
import { INFO_FIELDS, readYesNo } from "../model/report";
import { inputCells } from "../model/cells";
import { CheckContext, CheckedReport, RuleSet } from "./engine";
import { describeCell, makeFinding, operand, reference, showNumber } from "./findings";
import { FRAGMENTS, KIND_TEXT } from "../catalogue/check-messages";
import { Finding, FindingCell } from "../model/findings";
import { isMissing, zeroFits } from "./sum-rules";
import { amountWithUnit, fitsKind, readValue, summable } from "../model/values";

/** Beyond these a figure is more likely a typing slip than a fact (count: ten million a year). */
const ABSURD: Readonly<Record<CellKind, number>> = {
  count: 1e7,
  signedCount: 1e7,
  // 万元: 1000 亿元; for the 信息处理费 in 元, 1000 万元
  amount: 1e7,
  // 元 or 万元, unit not fixed
  freeAmount: 1e11,
};

function isCleanOfKind(n: number, kind: CellKind): boolean {
  return fitsKind(n, kind) && Math.abs(n) < ABSURD[kind];
}

/** A number of the cell's kind, as typed: no finding. */
function isClean(value: CellValue, kind: CellKind): boolean {
  return typeof value === "number" && Number.isFinite(value) && isCleanOfKind(value, kind);
}

type Params = Readonly<Record<string, string | number>>;

/** A number that is wrong for its kind: negative, a fraction of a count, or absurdly large. */
function kindFindings(n: number, kind: CellKind, params: Params, cell: FindingCell): Finding[] {
  const findings: Finding[] = [];
  const shown = { ...params, value: showNumber(n) };
  if (n < 0 && kind !== "signedCount") findings.push(makeFinding("NB-C06", shown, [cell]));
  if (!Number.isInteger(n) && (kind === "count" || kind === "signedCount")) findings.push(makeFinding("NB-C07", shown, [cell]));
  if (Math.abs(n) >= ABSURD[kind]) findings.push(makeFinding("NB-C09", { ...shown, limit: ABSURD[kind] }, [cell]));
  return findings;
}

/**
 * The findings on one cell that should hold a number of `kind`; `blankAllowed` for optional
 * fields; `zeroFits` when 0 there keeps every sum the cell takes part in (else "fill 0" is no hint).
 */
function checkCell(cell: FindingCell, kind: CellKind, blankAllowed = false, zeroFits = true): Finding[] {
  if (isClean(cell.value, kind)) return [];
  const reading = readValue(cell.value);
  if (reading.status === "blank" && blankAllowed) return [];
  // Words are built only for the cells that need them: most cells are clean.
  const params = { cell: describeCell(cell), value: cell.value === null ? "" : String(cell.value), kind: KIND_TEXT[kind] };
  // Suggest a number only when it is one the cell may hold.
  const fix = (to: number) => (isCleanOfKind(to, kind) ? { suggestion: FRAGMENTS.fixTo(reference(cell), to) } : {});
  switch (reading.status) {
    case "blank":
      return [makeFinding("NB-C05", params, [cell], zeroFits ? fix(0) : {})];
    case "placeholder":
      return [makeFinding("NB-C04", params, [cell], zeroFits ? fix(0) : {})];
    case "error":
      return [makeFinding("NB-C08", params, [cell])];
    // Full-width digits and numbers stored as text are judged on the number they stand for too.
    case "fullwidth":
      return [makeFinding("NB-C02", { ...params, number: showNumber(reading.number) }, [cell], fix(reading.number)), ...kindFindings(reading.number, kind, params, cell)];
    case "numericText":
      return [makeFinding("NB-C03", { ...params, number: showNumber(reading.number) }, [cell], fix(reading.number)), ...kindFindings(reading.number, kind, params, cell)];
    case "text": {
      // An amount with its unit is read, not refused: the unit stays as typed, for the person to drop.
      const amount = amountWithUnit(cell.value, kind);
      if (amount) return [makeFinding("NB-C11", { ...params, number: showNumber(amount.number), unit: amount.unit }, [cell], fix(amount.number))];
      return [makeFinding("NB-C01", params, [cell], reading.number === undefined ? {} : fix(reading.number))];
    }
    case "number":
      return kindFindings(reading.number, kind, params, cell);
  }
}

/** The 信息处理费 fields: each figure clean, the answer 是 or 否, and the three in agreement. */
function feeFindings(current: CheckedReport): Finding[] {
  const { fee } = current.report;
  const charged = current.field("info", INFO_FIELDS.feeCharged, fee.charged);
  const cases = current.field("info", INFO_FIELDS.feeCases, fee.cases);
  const amount = current.field("info", INFO_FIELDS.feeAmount, fee.amount);
  const findings = [...checkCell(cases, "count", true), ...checkCell(amount, "amount", true)];
  const answer = readYesNo(fee.charged);
  if (answer === undefined) return [...findings, makeFinding("NB-C10", { cell: describeCell(charged), value: String(fee.charged) }, [charged])];
  // Figures that are not clean numbers are reported above; only clean ones can contradict the answer.
  const contradicting =
    answer === false ? [cases, amount].filter((cell) => (summable(cell.value) ?? 0) !== 0) : answer === true && summable(cases.value) === 0 ? [cases] : [];
  if (contradicting.length === 0) return findings;
  const detail = FRAGMENTS.list(contradicting.map((cell) => operand(cell, "row")));
  const params = { charged: operand(charged, "row"), detail, fix: answer ? FRAGMENTS.feeSaysYes : FRAGMENTS.feeSaysNo };
  return [...findings, makeFinding("NB-R06", params, [charged, ...contradicting])];
}

export const cellRules: RuleSet = {
  name: "单元格",
  run({ current }: CheckContext): Finding[] {
    const findings: Finding[] = [];
    for (const def of inputCells(current.format)) {
      // Most cells hold a clean number: only the others are located and worded.
      if (isClean(current.report.values[def.id] ?? null, def.kind)) continue;
      // A cell the workbook lacks (its row or column is gone) is reported once, as structure.
      const cell = current.cell(def.id);
      if (!isMissing(cell)) findings.push(...checkCell(cell, def.kind, false, cell.value === null || typeof cell.value === "string" ? zeroFits(current, def.id) : true));
    }
    return [...findings, ...feeFindings(current)];
  },
};
