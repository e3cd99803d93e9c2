import type { SheetKey } from "../model/sheet-names";
import { InputCellDef } from "../model/cells";
import { CellKind } from "../model/types";

/** What a cell is for; each role has one style (style.ts) in every host. */
export type CellRole = "title" | "header" | "label" | "note" | "input" | "fieldLabel" | "fieldInput" | "fieldDerived" | "sectionTitle" | "prose" | "checkHeader" | "check";

/** The sheets of a report workbook, named in model/sheet-names.ts. */
export type { SheetKey };

/** A cell whose content the template writes: a label, a title, a formula. */
export interface StaticCell {
  readonly address: string;
  readonly role: CellRole;
  readonly text?: string;
  /** A formula (with the leading "="), and the value it gives when the template is written. */
  readonly formula?: string;
  readonly result?: string | number;
  /**
   * The cell calls the add-in's functions (NIANBAO.*), or heads a line that does: only the Excel
   * host, where the add-in runs, writes it. A file written elsewhere carries the plain-formula
   * line alone, since other applications (and Excel, for a name it did not save) show #NAME?.
   */
  readonly addinOnly?: boolean;
}

/** Where a table's input cell lies. */
export interface PlacedInput {
  readonly address: string;
  readonly cell: InputCellDef;
}

/** A field of the information sheet that a person fills in. */
export interface PlacedField {
  readonly address: string;
  readonly label: string;
  readonly kind: CellKind | "text" | "year" | "format" | "yesNo" | "unit";
}

export interface DefinedName {
  readonly name: string;
  /** A1 range on this sheet, without the sheet name. */
  readonly range: string;
}

export interface SheetLayout {
  readonly key: SheetKey;
  readonly name: string;
  readonly statics: readonly StaticCell[];
  readonly inputs: readonly PlacedInput[];
  readonly fields: readonly PlacedField[];
  readonly merges: readonly string[];
  /** Widths in Excel's character units, from column A on. */
  readonly columnWidths: readonly number[];
  /** Row heights in points, by row number; unlisted rows keep the default. */
  readonly rowHeights: Readonly<Record<number, number>>;
  readonly names: readonly DefinedName[];
  readonly print: {
    readonly orientation: "portrait" | "landscape";
    readonly area: string;
    /** Rows repeated at the top of every printed page, e.g. "1:4". */
    readonly titleRows?: string;
  };
  /** Painting that follows the values, e.g. totals that do not add up (layout/checks.ts). */
  readonly conditionalFormats?: readonly ConditionalFormat[];
}

/** A cell style applied while `formula` (relative to the range's top-left cell) is true. */
export interface ConditionalFormat {
  readonly range: string;
  readonly formula: string;
  readonly fill: string;
  readonly fontColor: string;
}

export interface WorkbookLayout {
  readonly sheets: readonly SheetLayout[];
}
