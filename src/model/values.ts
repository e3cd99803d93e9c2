// What a typed value is, judged by the kind of cell it sits in. Only a clean number or a blank
// takes part in sums; everything else is reported by a cell rule and left out.
import { CellKind, CellValue } from "./types";

export type ValueReading =
  | { readonly status: "number"; readonly number: number }
  | { readonly status: "blank" }
  /** Full-width digits such as "１２": `number` is what was meant. */
  | { readonly status: "fullwidth"; readonly number: number }
  /** A number stored as text such as "12" or "+19". */
  | { readonly status: "numericText"; readonly number: number }
  | { readonly status: "placeholder" }
  | { readonly status: "error" }
  /** Other text; `number` when it is a number with a unit or words around it ("12件"). */
  | { readonly status: "text"; readonly number?: number };

/** Strings people put in a number cell to mean "none". */
const PLACEHOLDERS = new Set(["/", "／", "\\", "—", "——", "－", "-", "–", "_", "＿", "无", "無", "空", "暂无", "N/A", "n/a", "NA", "×", "x", "X"]);
const FORMULA_ERROR = /^#(REF!|VALUE!|DIV\/0!|N\/A|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/i;
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const FULLWIDTH = /[０-９．＋－]/;
const EMBEDDED_NUMBER = /[+-]?\d+(\.\d+)?/g;

/** Reads a typed value; never changes it. */
export function readValue(value: CellValue): ValueReading {
  if (value === null) return { status: "blank" };
  if (typeof value === "number") return Number.isFinite(value) ? { status: "number", number: value } : { status: "text" };
  const trimmed = value.trim();
  if (trimmed === "") return { status: "blank" };
  if (FORMULA_ERROR.test(trimmed)) return { status: "error" };
  if (PLACEHOLDERS.has(trimmed) || /^[-—_－／/\s]+$/.test(trimmed)) return { status: "placeholder" };
  const narrow = trimmed.normalize("NFKC").replace(/[,，\s]/g, "");
  if (PLAIN_NUMBER.test(narrow)) {
    const number = Number(narrow);
    return FULLWIDTH.test(trimmed) ? { status: "fullwidth", number } : { status: "numericText", number };
  }
  const embedded = narrow.match(EMBEDDED_NUMBER);
  return embedded?.length === 1 ? { status: "text", number: Number(embedded[0]) } : { status: "text" };
}

/** The units an amount may be written with: 本年收费金额's header fixes 万元; 2019 采购总金额 fixes none. */
const AMOUNT_UNITS: Readonly<Partial<Record<CellKind, readonly string[]>>> = { amount: ["万元"], freeAmount: ["万元", "元"] };

/**
 * An amount typed with its unit ("17.27万元", "251000元") in a cell of `kind` that allows that
 * unit; undefined for anything else (a count with 件 is not an amount).
 */
export function amountWithUnit(value: CellValue, kind: CellKind): { readonly number: number; readonly unit: string } | undefined {
  if (typeof value !== "string") return undefined;
  const match = /^(\d+(?:\.\d+)?)(万元|元)$/u.exec(value.normalize("NFKC").replace(/[,，\s]/g, ""));
  if (!match || !AMOUNT_UNITS[kind]?.includes(match[2])) return undefined;
  return { number: Number(match[1]), unit: match[2] };
}

/** Whether a number may stand in a cell of `kind`: whole for counts, not negative unless signed. */
export function fitsKind(n: number, kind: CellKind): boolean {
  const whole = kind === "count" || kind === "signedCount";
  return (n >= 0 || kind === "signedCount") && (!whole || Number.isInteger(n));
}

/** Floating-point noise off a sum of amounts (0.1 + 0.2 is 0.3 here). */
export function roundNoise(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/**
 * The sum of values every operand of which is summable, as the engine, the plain formulas'
 * oracle and NIANBAO.TOTAL all add: in order, with the noise rounded off.
 */
export function sumOf(values: readonly CellValue[]): number {
  return roundNoise(values.reduce<number>((sum, value) => sum + summable(value)!, 0));
}

/** The number a value contributes to a sum: blanks count as 0; anything unclean is undefined. */
export function summable(value: CellValue): number | undefined {
  // Numbers and blanks without building a reading: sums read hundreds of cells a report.
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (value === null) return 0;
  const reading = readValue(value);
  if (reading.status === "number") return reading.number;
  if (reading.status === "blank") return 0;
  return undefined;
}
