// The template as an .xlsx file, written with exceljs from the one layout every host shares.
// Runs in Node and in the browser: it returns bytes and touches no file system.
import ExcelJS from "exceljs";
import { absoluteReference, parseAddress, parseRange, rangeAddress, address } from "../../model/address";
import { emptyReport, Report } from "../../model/report";
import { CellId, FormatId } from "../../model/types";
import { PREVIOUS_SHEET, previousSheetRows } from "../../template/previous-sheet";
import { NEXT_YEAR_MESSAGES } from "../../catalogue/next-year-messages";
import { getFormat } from "../../model/formats";
import { CELL_STYLES, CellRole, fieldStyle, PlacedField, SheetLayout, validationFor, workbookLayout, placedValues, proseRowHeight } from "../../template/workbook-layout";
import { CellStyle } from "../../template/style";

const A4 = 9;
const ROW_HEIGHT = 20;
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

/** Styles a cell and, when it opens a merged area, every cell of the area, so borders print. */
function styleArea(ws: ExcelJS.Worksheet, at: string, style: Partial<ExcelJS.Style>, mergeByCorner: ReadonlyMap<string, string>): void {
  const merged = mergeByCorner.get(at);
  const { top, left, bottom, right } = parseRange(merged ?? at);
  for (let row = top; row <= bottom; row++) for (let column = left; column <= right; column++) ws.getCell(address(row, column)).style = style;
}

function excelValidation(kind: PlacedField["kind"]): ExcelJS.DataValidation | undefined {
  const rule = validationFor(kind);
  if (!rule) return undefined;
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

function addValidations(ws: ExcelJS.Worksheet, cells: readonly { address: string; kind: PlacedField["kind"] }[]): void {
  const byKind = new Map<PlacedField["kind"], string[]>();
  for (const cell of cells) byKind.set(cell.kind, [...(byKind.get(cell.kind) ?? []), cell.address]);
  const validations = (ws as unknown as { dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void } }).dataValidations;
  for (const [kind, addresses] of byKind) {
    const rule = excelValidation(kind);
    if (rule) for (const range of rectangles(addresses)) validations.add(range, rule);
  }
}

function addSheet(workbook: ExcelJS.Workbook, sheet: SheetLayout, report: Report): void {
  // Rows a little taller than the font, as the printed official tables are.
  const ws = workbook.addWorksheet(sheet.name, { views: [{ showGridLines: false }], properties: { defaultRowHeight: ROW_HEIGHT } });
  sheet.columnWidths.forEach((width, i) => (ws.getColumn(i + 1).width = width));
  for (const [row, height] of Object.entries(sheet.rowHeights)) ws.getRow(Number(row)).height = height;
  // The add-in's check cells are the Excel host's to insert: elsewhere NIANBAO.* shows #NAME?.
  const statics = sheet.statics.filter((cell) => !cell.addinOnly);
  const skipped = new Set(sheet.statics.filter((cell) => cell.addinOnly).map((cell) => cell.address));
  const merges = sheet.merges.filter((range) => !skipped.has(range.split(":")[0]));
  for (const range of merges) ws.mergeCells(range);
  const mergeByCorner = new Map(merges.map((range) => [range.split(":")[0], range]));

  const style = (role: CellRole) => excelStyle(CELL_STYLES[role]);
  // A check's cached verdict is the empty template's; for figures it has not seen, the cell stays
  // blank until the spreadsheet recalculates, rather than showing a verdict that may be false.
  const figuresTyped = Object.values(report.values).some((value) => value !== null);
  for (const cell of statics) {
    styleArea(ws, cell.address, style(cell.role), mergeByCorner);
    const target = ws.getCell(cell.address);
    const result = cell.role === "check" && figuresTyped ? undefined : cell.result;
    if (cell.formula) target.value = { formula: cell.formula.replace(/^=/, ""), result } as ExcelJS.CellFormulaValue;
    else if (cell.text !== undefined) target.value = cell.text;
  }
  (sheet.conditionalFormats ?? []).forEach((format, i) =>
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
  for (const input of sheet.inputs) {
    styleArea(ws, input.address, style("input"), mergeByCorner);
  }
  for (const field of sheet.fields) {
    styleArea(ws, field.address, excelStyle(fieldStyle(sheet, field)), mergeByCorner);
  }
  addValidations(ws, [...sheet.inputs.map((input) => ({ address: input.address, kind: input.cell.kind })), ...sheet.fields]);
  // What was typed lands as typed: numbers as numbers, text as text, null as a blank cell.
  for (const { address: at, value } of placedValues(sheet, report)) if (value !== null) ws.getCell(at).value = value;
  // Prose rows grow with their text, so that a printed 正文 sheet does not cut sections off.
  if (sheet.key === "text")
    for (const field of sheet.fields) {
      const text = report.text[field.label];
      if (text) ws.getRow(parseAddress(field.address).row).height = proseRowHeight(text);
    }

  for (const name of sheet.names) workbook.definedNames.add(absoluteReference(sheet.name, name.range), name.name);
  ws.pageSetup = {
    paperSize: A4,
    orientation: sheet.print.orientation,
    printArea: excelPrintArea(sheet.print.area),
    ...(sheet.print.titleRows ? { printTitlesRow: sheet.print.titleRows } : {}),
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
}

/**
 * exceljs writes the print area as `$` + each corner, which leaves the rows relative ("$A1:$J29");
 * LibreOffice then prints every used row. Rows made absolute here come out as "$A$1:$J$29".
 */
function excelPrintArea(area: string): string {
  return area.replace(/([A-Z]+)(\d+)/g, "$1$$$2");
}

/** Next year's workbook keeps last year's figures, and marks the cells filled from them. */
export interface CarriedFrom {
  readonly previous: Report;
  readonly carried: readonly CellId[];
}

/** The hidden sheet of last year's figures, and a note on each carried cell saying where it came from. */
function addCarried(workbook: ExcelJS.Workbook, layouts: readonly SheetLayout[], { previous, carried }: CarriedFrom): void {
  for (const id of carried) {
    const sheet = layouts.find((layout) => layout.inputs.some((input) => input.cell.id === id))!;
    const input = sheet.inputs.find((i) => i.cell.id === id)!;
    workbook.getWorksheet(sheet.name)!.getCell(input.address).note = NEXT_YEAR_MESSAGES.carriedNote(previous.year);
  }
  const ws = workbook.addWorksheet(PREVIOUS_SHEET, { state: "hidden" });
  previousSheetRows(previous).forEach((row) => ws.addRow(row));
}

/** Builds the workbook of a report: the template of its format and year, filled with its values. */
export async function reportWorkbook(report: Report, carriedFrom?: CarriedFrom): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "公开年报助手";
  workbook.title = `${report.agency}${report.year}年政府信息公开工作年度报告`;
  workbook.subject = report.agency;
  workbook.category = "政府信息公开工作年度报告";
  // The information sheet is where readers look; the properties let a file manager show the same.
  workbook.keywords = `格式=${report.format};年度=${report.year}`;
  // exceljs never calculates: the spreadsheet must, when the file is opened.
  workbook.calcProperties = { fullCalcOnLoad: true };
  const layouts = workbookLayout(getFormat(report.format), report.year).sheets;
  for (const sheet of layouts) addSheet(workbook, sheet, report);
  if (carriedFrom) addCarried(workbook, layouts, carriedFrom);
  for (const ws of workbook.worksheets) await ws.protect("", { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
  return workbook;
}

export async function toBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The .xlsx bytes of a report; next year's also keep last year's figures. */
export async function writeReportXlsx(report: Report, carriedFrom?: CarriedFrom): Promise<Uint8Array> {
  return toBytes(await reportWorkbook(report, carriedFrom));
}

/** The .xlsx bytes of an empty template. */
export async function writeTemplateXlsx(format: FormatId, year: number, agency: string): Promise<Uint8Array> {
  return writeReportXlsx(emptyReport(format, year, agency));
}
