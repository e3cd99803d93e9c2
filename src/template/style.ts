import { Severity } from "../model/findings";
import { CellRole, PlacedField, SheetLayout } from "./types";

/** The shading of every cell a person fills in. */
export const INPUT_FILL = "#FFF2CC";

export interface CellStyle {
  readonly font: string;
  readonly size: number;
  readonly bold: boolean;
  readonly fill?: string;
  readonly horizontal: "left" | "center" | "right";
  readonly vertical: "top" | "center";
  readonly wrap: boolean;
  readonly border: boolean;
  /** Locked cells cannot be changed while the sheet is protected. */
  readonly locked: boolean;
  /** Excel number format. */
  readonly numberFormat?: string;
}

/** The fill of a cell a finding marks, by its severity: Excel's own "bad" and "neutral" fills, so marks read as Excel's. */
export const MARK_FILLS: Readonly<Record<Severity, string>> = { 错误: "#FFC7CE", 警告: "#FFEB9C", 提示: "#DDEBF7" };

/** Totals that do not add up: Excel's own "light red fill with dark red text", the error mark's fill. */
export const FAILING_STYLE = { fill: MARK_FILLS.错误, fontColor: "#9C0006" } as const;

/** The shading of the check cells, so they read as the assistant's, not the report's. */
export const CHECK_FILL = "#EDEDED";

const TABLE_FONT = "宋体";
const TITLE_FONT = "黑体";

const base: CellStyle = { font: TABLE_FONT, size: 10.5, bold: false, horizontal: "center", vertical: "center", wrap: true, border: true, locked: true };

/** One style per role, shared by the Excel and file hosts. */
export const CELL_STYLES: Readonly<Record<CellRole, CellStyle>> = {
  title: { ...base, font: TITLE_FONT, size: 14, border: false },
  header: { ...base, bold: true },
  label: { ...base, horizontal: "left" },
  note: { ...base, size: 9 },
  input: { ...base, fill: INPUT_FILL, horizontal: "right", locked: false, numberFormat: "General" },
  fieldLabel: { ...base, bold: true, horizontal: "left" },
  fieldInput: { ...base, fill: INPUT_FILL, horizontal: "left", locked: false, numberFormat: "@" },
  fieldDerived: { ...base, horizontal: "left" },
  sectionTitle: { ...base, bold: true, horizontal: "left", vertical: "top" },
  prose: { ...base, fill: INPUT_FILL, horizontal: "left", vertical: "top", locked: false, numberFormat: "@" },
  // The check cells beside the tables (layout/checks.ts): grey, small, outside the print area.
  checkHeader: { ...base, size: 9, fill: CHECK_FILL },
  check: { ...base, size: 9, fill: CHECK_FILL },
};

/** Information fields that hold numbers. */
const NUMERIC_FIELDS: ReadonlySet<PlacedField["kind"]> = new Set(["count", "amount", "signedCount", "freeAmount", "year"]);

/**
 * A field's style: prose on the 正文 sheet, an information field elsewhere. Numeric fields keep
 * the General format, or a typed year would be stored as text and fail its own validation.
 */
export function fieldStyle(sheet: SheetLayout, field: PlacedField): CellStyle {
  if (sheet.key === "text") return CELL_STYLES.prose;
  return NUMERIC_FIELDS.has(field.kind) ? { ...CELL_STYLES.fieldInput, numberFormat: "General" } : CELL_STYLES.fieldInput;
}
