import { CellRole } from "./types";

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
