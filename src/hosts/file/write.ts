// The template as an .xlsx file: the template plan (template/plan.ts) translated into exceljs.
// Runs in Node and in the browser: it returns bytes and touches no file system.
import type ExcelJS from "exceljs";
import { newExcelWorkbook } from "./exceljs";
import { absoluteReference, parseAddress, parseRange, rangeAddress, address } from "../../model/address";
import { emptyReport, Report } from "../../model/report";
import { CellId, CellValue, FormatId } from "../../model/types";
import { PREVIOUS_SHEET, previousSheetRows } from "../../template/previous-sheet";
import { NEXT_YEAR_MESSAGES } from "../../catalogue/next-year-messages";
import { NianbaoError } from "../../model/errors";
import { describeCell } from "../../checks/findings";
import { FILE_MESSAGES } from "../../catalogue/file-messages";
import { getFormat } from "../../model/formats";
import { placedValues } from "../../template/fill";
import { SheetLayout } from "../../template/types";
import { workbookLayout } from "../../template/workbook-layout";
import { CellStyle } from "../../template/style";
import { ValidationRule } from "../../template/validation";
import { PlannedRange, PrintSetup, SheetPlan, SheetProtection, workbookPlan } from "../../template/plan";

/** OOXML's paper size codes. */
const PAPER_SIZES: Readonly<Record<PrintSetup["paper"], number>> = { A4: 9 };
const THIN = { style: "thin" as const, color: { argb: "FF000000" } };

/** "#RRGGBB" as the opaque ARGB exceljs takes. */
export function argb(hex: string): string {
  return `FF${hex.replace("#", "").toUpperCase()}`;
}

function excelStyle(style: CellStyle): Partial<ExcelJS.Style> {
  return {
    font: { name: style.font, size: style.size, bold: style.bold },
    alignment: { horizontal: style.horizontal, vertical: style.vertical === "center" ? "middle" : "top", wrapText: style.wrap },
    border: style.border ? { top: THIN, left: THIN, bottom: THIN, right: THIN } : {},
    fill: style.fill ? { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } } : { type: "pattern", pattern: "none" },
    protection: { locked: style.locked },
    ...(style.numberFormat ? { numFmt: style.numberFormat } : {}),
  };
}

/** Styles every cell of an area, so that a merged area's borders print. */
function styleArea(ws: ExcelJS.Worksheet, area: string, style: Partial<ExcelJS.Style>): void {
  const { top, left, bottom, right } = parseRange(area);
  for (let row = top; row <= bottom; row++) for (let column = left; column <= right; column++) ws.getCell(address(row, column)).style = style;
}

function excelValidation(rule: ValidationRule): ExcelJS.DataValidation {
  return {
    type: rule.type,
    ...(rule.operator ? { operator: rule.operator } : {}),
    allowBlank: true,
    formulae: rule.formula2 === undefined ? [rule.formula1] : [rule.formula1, rule.formula2],
    showInputMessage: true,
    promptTitle: rule.promptTitle,
    prompt: rule.prompt,
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: rule.errorTitle,
    error: rule.error,
  };
}

/**
 * Groups cells into rectangles, top-left first. exceljs squeezes per-cell validations itself but
 * sorts addresses as text ("D10" before "D5") and then writes overlapping ranges, which Excel
 * reports as a damaged file; so the ranges are built here and handed over whole.
 */
export function rectangles(addresses: readonly string[]): string[] {
  const cells = addresses.map(parseAddress).sort((a, b) => a.row - b.row || a.column - b.column);
  const key = (row: number, column: number) => `${row},${column}`;
  const free = new Set(cells.map((cell) => key(cell.row, cell.column)));
  const ranges: string[] = [];
  for (const { row, column } of cells) {
    if (!free.has(key(row, column))) continue;
    let bottom = row;
    while (free.has(key(bottom + 1, column))) bottom++;
    let right = column;
    const columnFree = (c: number) => Array.from({ length: bottom - row + 1 }, (_, i) => row + i).every((r) => free.has(key(r, c)));
    while (columnFree(right + 1)) right++;
    for (let r = row; r <= bottom; r++) for (let c = column; c <= right; c++) free.delete(key(r, c));
    ranges.push(rangeAddress(row, column, bottom, right));
  }
  return ranges;
}

/** One validation per rule and rectangle: exceljs's own grouping writes overlaps (see rectangles). */
function addValidations(ws: ExcelJS.Worksheet, ranges: readonly PlannedRange[]): void {
  const byRule = new Map<ValidationRule, string[]>();
  for (const range of ranges) if (range.validation) byRule.set(range.validation, [...(byRule.get(range.validation) ?? []), range.area.split(":")[0]]);
  const validations = (ws as unknown as { dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void } }).dataValidations;
  for (const [rule, addresses] of byRule) for (const range of rectangles(addresses)) validations.add(range, excelValidation(rule));
}

function addSheet(workbook: ExcelJS.Workbook, plan: SheetPlan): void {
  const ws = workbook.addWorksheet(plan.name, { views: [{ showGridLines: plan.showGridlines }], properties: { defaultRowHeight: plan.defaultRowHeight } });
  plan.columnWidths.forEach((width, i) => (ws.getColumn(i + 1).width = width));
  for (const [row, height] of Object.entries(plan.rowHeights)) ws.getRow(Number(row)).height = height;
  // The add-in's check cells are the Excel host's to write: elsewhere NIANBAO.* shows #NAME?.
  for (const merge of plan.merges) if (!merge.addinOnly) ws.mergeCells(merge.area);
  const ranges = plan.ranges.filter((range) => !range.addinOnly);
  for (const range of ranges) {
    styleArea(ws, range.area, excelStyle(range.style));
    const target = ws.getCell(range.area.split(":")[0]);
    // What was typed lands as typed: numbers as numbers, text as text, null as a blank cell.
    if (range.formula) target.value = { formula: range.formula.replace(/^=/, ""), result: range.result } as ExcelJS.CellFormulaValue;
    else if (range.value !== undefined && range.value !== null) target.value = range.value;
  }
  plan.conditionalFormats.forEach((format, i) =>
    ws.addConditionalFormatting({
      ref: format.range,
      rules: [
        {
          type: "expression",
          priority: i + 1,
          formulae: [format.formula.replace(/^=/, "")],
          style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(format.fill) } }, font: { color: { argb: argb(format.fontColor) } } },
        },
      ],
    }),
  );
  addValidations(ws, ranges);
  for (const name of plan.names) workbook.definedNames.add(absoluteReference(plan.name, name.range), name.name);
  const { print } = plan;
  ws.pageSetup = {
    paperSize: PAPER_SIZES[print.paper],
    orientation: print.orientation,
    printArea: excelPrintArea(print.area),
    ...(print.titleRows ? { printTitlesRow: print.titleRows } : {}),
    fitToPage: true,
    fitToWidth: print.fitToPagesWide,
    fitToHeight: 0,
    horizontalCentered: print.centerHorizontally,
    margins: print.margins,
  };
}

/** The plan's permissions in exceljs's words (it writes an OOXML "allowed" only when set). */
function protectionOptions(protection: SheetProtection): Partial<ExcelJS.WorksheetProtection> {
  return {
    selectLockedCells: protection.selectLockedCells,
    selectUnlockedCells: protection.selectUnlockedCells,
    formatCells: protection.formatCells,
    formatColumns: protection.formatColumns,
    formatRows: protection.formatRows,
    objects: !protection.editObjects,
  };
}

/**
 * exceljs writes the print area as `$` + each corner, which leaves the rows relative ("$A1:$J29");
 * LibreOffice then prints every used row. Rows made absolute here come out as "$A$1:$J$29".
 */
function excelPrintArea(area: string): string {
  return area.replace(/([A-Z]+)(\d+)/g, "$1$$$2");
}

/**
 * Written into the keywords of every summary `nianbao merge` makes, and nowhere else: the only
 * sign by which a later merge may take a file in its folder for its own earlier result.
 */
export const MERGE_SUMMARY_MARK = "nianbao-merge-summary";

/** Next year's workbook keeps last year's figures, and marks the cells filled from them. */
export interface CarriedFrom {
  readonly previous: Report;
  readonly carried: readonly CellId[];
}

export interface WorkbookOptions {
  /** The workbook is a summary written by `nianbao merge`: it carries MERGE_SUMMARY_MARK. */
  readonly mergeSummary?: boolean;
  /** The workbook is next year's, made by 新建下一年度 from `previous`. */
  readonly carriedFrom?: CarriedFrom;
}

/** The hidden, protected sheet of last year's figures, and a note on each carried cell saying where it came from. */
async function addCarried(workbook: ExcelJS.Workbook, layouts: readonly SheetLayout[], { previous, carried }: CarriedFrom): Promise<void> {
  for (const id of carried) {
    const sheet = layouts.find((layout) => layout.inputs.some((input) => input.cell.id === id))!;
    const input = sheet.inputs.find((i) => i.cell.id === id)!;
    workbook.getWorksheet(sheet.name)!.getCell(input.address).note = NEXT_YEAR_MESSAGES.carriedNote(previous.year);
  }
  const ws = workbook.addWorksheet(PREVIOUS_SHEET, { state: "hidden" });
  previousSheetRows(previous).forEach((row) => ws.addRow(row));
  await ws.protect("", {});
}

/** A value the workbook cannot hold as it was given: written, it would come back changed. */
export class NotWritableError extends NianbaoError {
  constructor(message: string) {
    super("notWritable", message);
  }
}

/** The most characters Excel keeps in one cell. */
const MAX_CELL_CHARACTERS = 32_767;
/** Characters XML 1.0 cannot carry (a cell's text is XML): C0 controls but tab and line breaks, U+FFFE/U+FFFF, lone surrogates. */
const NOT_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Why a typed value would not survive the workbook, or undefined when it would. An empty figure
 * ("") would come back blank (null); an empty name or section is simply not filled in.
 */
function unwritable(value: CellValue, figure: boolean): string | undefined {
  if (typeof value !== "string") return undefined;
  if (value === "" && figure) return FILE_MESSAGES.emptyText;
  const control = NOT_IN_XML.exec(value);
  if (control) return FILE_MESSAGES.controlCharacter(control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0"));
  if (value.length > MAX_CELL_CHARACTERS) return FILE_MESSAGES.textTooLong(value.length, MAX_CELL_CHARACTERS);
  return undefined;
}

/**
 * Refuses a report the workbook would not keep as typed: text Excel cannot hold in a cell, and
 * 正文 sections the format has no place for (they would be dropped without a word).
 */
function assertWritable(report: Report, sheets: readonly SheetLayout[]): void {
  const text = sheets.find((sheet) => sheet.key === "text")!;
  const sections = text.fields.map((field) => field.label);
  const unknown = Object.keys(report.text).find((title) => !sections.includes(title));
  if (unknown !== undefined) throw new NotWritableError(FILE_MESSAGES.unknownSection(unknown, report.format, sections));
  for (const sheet of sheets) {
    const cells = [
      ...sheet.inputs.map(({ address: at, cell }) => ({ address: at, table: cell.table, row: cell.row, column: cell.column, figure: true })),
      ...sheet.fields.map((field) => ({ address: field.address, table: sheet.key as "info" | "text", row: field.label, column: "", figure: false })),
    ];
    const values = new Map(placedValues(sheet, report).map((placed) => [placed.address, placed.value]));
    for (const { figure, ...cell } of cells) {
      const value = values.get(cell.address) ?? null;
      const reason = unwritable(value, figure);
      if (reason) throw new NotWritableError(FILE_MESSAGES.notWritable(describeCell({ ...cell, sheet: sheet.name, value }), reason));
    }
  }
}

/** Builds the workbook of a report: the template of its format and year, filled with its values. */
export async function reportWorkbook(report: Report, options: WorkbookOptions = {}): Promise<ExcelJS.Workbook> {
  assertWritable(report, workbookLayout(getFormat(report.format), report.year).sheets);
  const plan = workbookPlan(report);
  const workbook = newExcelWorkbook();
  // exceljs writes no custom properties: the keywords carry the format and year instead.
  const { creator, title, subject, category, keywords } = plan.properties;
  Object.assign(workbook, { creator, title, subject, category, keywords: options.mergeSummary ? `${keywords};${MERGE_SUMMARY_MARK}` : keywords });
  // exceljs never calculates: the spreadsheet must, when the file is opened.
  workbook.calcProperties = { fullCalcOnLoad: true };
  for (const sheet of plan.sheets) addSheet(workbook, sheet);
  for (const [i, ws] of workbook.worksheets.entries()) await ws.protect("", protectionOptions(plan.sheets[i].protection));
  if (options.carriedFrom) await addCarried(workbook, workbookLayout(getFormat(report.format), report.year).sheets, options.carriedFrom);
  return workbook;
}

export async function toBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The .xlsx bytes of a report; next year's also keep last year's figures. */
export async function writeReportXlsx(report: Report, options: WorkbookOptions = {}): Promise<Uint8Array> {
  return toBytes(await reportWorkbook(report, options));
}

/** The .xlsx bytes of an empty template. */
export async function writeTemplateXlsx(format: FormatId, year: number, agency: string): Promise<Uint8Array> {
  return writeReportXlsx(emptyReport(format, year, agency));
}
