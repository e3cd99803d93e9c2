// The workbook a report becomes, decided once as data: every cell with its style, value, formula
// and validation, the merges, sizes, print setup, protection and document properties. The Excel
// host and the file host only translate this plan into Office.js calls or exceljs objects, so a
// workbook inserted by the add-in and one written by `nianbao template` or the offline page behave
// alike in Excel (the add-in can mark findings on both).
import { getFormat } from "../model/formats";
import { Report } from "../model/report";
import { CellValue } from "../model/types";
import { placedValues } from "./fill";
import { CELL_STYLES, CellStyle, fieldStyle } from "./style";
import { proseRowHeight } from "./text";
import { ConditionalFormat, DefinedName, SheetKey, SheetLayout } from "./types";
import { ValidationRule, validationFor } from "./validation";
import { workbookLayout } from "./workbook-layout";

/** One cell, or the whole merged area it heads, as the template writes it. */
export interface PlannedRange {
  /** The cell, or the merged area it heads ("B3:D3"). */
  readonly area: string;
  readonly style: CellStyle;
  readonly value?: CellValue;
  readonly formula?: string;
  /** The value a formula gives, for file writers that store one; absent when it is not known. */
  readonly result?: string | number;
  readonly validation?: ValidationRule;
  /** Only the Excel host, where the add-in's NIANBAO functions exist, writes it (types.ts, StaticCell). */
  readonly addinOnly: boolean;
}

export interface PlannedMerge {
  readonly area: string;
  readonly addinOnly: boolean;
}

/**
 * What a protected template sheet still lets a person and the add-in do. Formatting cells lets
 * the add-in paint findings and a person shade a cell; formatting rows and columns lets rows be
 * fitted to their text. No password: protection only keeps the labels from being broken by accident.
 */
export interface SheetProtection {
  readonly selectLockedCells: boolean;
  readonly selectUnlockedCells: boolean;
  readonly formatCells: boolean;
  readonly formatColumns: boolean;
  readonly formatRows: boolean;
  readonly editObjects: boolean;
}

export const SHEET_PROTECTION: SheetProtection = { selectLockedCells: true, selectUnlockedCells: true, formatCells: true, formatColumns: true, formatRows: true, editObjects: true };

export interface PrintSetup {
  readonly paper: "A4";
  readonly orientation: "portrait" | "landscape";
  readonly area: string;
  /** Rows repeated at the top of every printed page, e.g. "1:4". */
  readonly titleRows?: string;
  /** Printed one page wide, as many pages long as it takes. */
  readonly fitToPagesWide: 1;
  readonly centerHorizontally: true;
  /** In inches, as Excel's page setup shows them. */
  readonly margins: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number; readonly header: number; readonly footer: number };
}

export interface SheetPlan {
  readonly key: SheetKey;
  readonly name: string;
  /** Labels and formulas first, then input cells, then fields; areas never overlap. */
  readonly ranges: readonly PlannedRange[];
  readonly merges: readonly PlannedMerge[];
  /** Widths in Excel's character units, from column A on. */
  readonly columnWidths: readonly number[];
  /** Points, for every row from 1 to `lastRow` that is not listed in `rowHeights`. */
  readonly defaultRowHeight: number;
  readonly rowHeights: Readonly<Record<number, number>>;
  /** The last row the sheet uses: the default height is given to rows 1 to here. */
  readonly lastRow: number;
  readonly showGridlines: false;
  readonly names: readonly DefinedName[];
  readonly conditionalFormats: readonly ConditionalFormat[];
  readonly print: PrintSetup;
  readonly protection: SheetProtection;
}

/** Custom document properties that carry the report's identity with the file. */
export const DOCUMENT_PROPERTIES = { format: "公开年报.格式", year: "公开年报.报告年度", agency: "公开年报.机关名称" } as const;

export interface DocumentProperties {
  readonly creator: string;
  readonly title: string;
  readonly subject: string;
  readonly category: string;
  /** A file manager shows these; the information sheet is where readers look. */
  readonly keywords: string;
  readonly custom: Readonly<Record<string, string | number>>;
}

export interface WorkbookPlan {
  readonly sheets: readonly SheetPlan[];
  readonly properties: DocumentProperties;
}

/** Rows a little taller than the font, as the printed official tables are. */
const ROW_HEIGHT = 20;
const MARGINS = { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 } as const;

/** The merged area headed by `address`, or the address itself. */
function areaOf(sheet: SheetLayout, address: string): string {
  return sheet.merges.find((merge) => merge.split(":")[0] === address) ?? address;
}

function lastRowOf(areas: readonly string[]): number {
  return Math.max(...areas.map((area) => Number(/(\d+)$/.exec(area)![1])));
}

function planSheet(sheet: SheetLayout, report: Report): SheetPlan {
  const values = new Map(placedValues(sheet, report).map((placed) => [placed.address, placed.value]));
  // A check's stored verdict is the empty template's; for figures it has not seen, the cell stays
  // blank until the spreadsheet recalculates, rather than showing a verdict that may be false.
  const figuresTyped = Object.values(report.values).some((value) => value !== null);
  const addinOnly = new Set(sheet.statics.filter((cell) => cell.addinOnly).map((cell) => cell.address));
  const ranges: PlannedRange[] = [
    ...sheet.statics.map((cell) => ({
      area: areaOf(sheet, cell.address),
      style: CELL_STYLES[cell.role],
      value: cell.text,
      formula: cell.formula,
      result: cell.role === "check" && figuresTyped ? undefined : cell.result,
      addinOnly: cell.addinOnly === true,
    })),
    ...sheet.inputs.map((input) => ({ area: areaOf(sheet, input.address), style: CELL_STYLES.input, value: values.get(input.address), validation: validationFor(input.cell.kind), addinOnly: false })),
    ...sheet.fields.map((field) => ({ area: areaOf(sheet, field.address), style: fieldStyle(sheet, field), value: values.get(field.address), validation: validationFor(field.kind), addinOnly: false })),
  ];
  const rowHeights: Record<number, number> = { ...sheet.rowHeights };
  // Prose rows grow with their text, so that a printed 正文 sheet does not cut sections off.
  if (sheet.key === "text")
    for (const field of sheet.fields) {
      const text = report.text[field.label];
      if (text) rowHeights[Number(/(\d+)$/.exec(field.address)![1])] = proseRowHeight(text);
    }
  return {
    key: sheet.key,
    name: sheet.name,
    ranges,
    merges: sheet.merges.map((area) => ({ area, addinOnly: addinOnly.has(area.split(":")[0]) })),
    columnWidths: sheet.columnWidths,
    defaultRowHeight: ROW_HEIGHT,
    rowHeights,
    lastRow: lastRowOf(ranges.map((range) => range.area)),
    showGridlines: false,
    names: sheet.names,
    conditionalFormats: sheet.conditionalFormats ?? [],
    print: { paper: "A4", orientation: sheet.print.orientation, area: sheet.print.area, titleRows: sheet.print.titleRows, fitToPagesWide: 1, centerHorizontally: true, margins: MARGINS },
    protection: SHEET_PROTECTION,
  };
}

/** The workbook of a report: the template of its format and year, filled with its values. */
export function workbookPlan(report: Report): WorkbookPlan {
  return {
    sheets: workbookLayout(getFormat(report.format), report.year).sheets.map((sheet) => planSheet(sheet, report)),
    properties: {
      creator: "公开年报助手",
      title: `${report.agency}${report.year}年政府信息公开工作年度报告`,
      subject: report.agency,
      category: "政府信息公开工作年度报告",
      keywords: `格式=${report.format};年度=${report.year}`,
      custom: { [DOCUMENT_PROPERTIES.format]: report.format, [DOCUMENT_PROPERTIES.year]: report.year, [DOCUMENT_PROPERTIES.agency]: report.agency },
    },
  };
}
