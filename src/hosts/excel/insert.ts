// Inserting the template: one sync to see what the workbook holds, one to write every sheet.
// The sheets are the template plan's (template/plan.ts), translated into Office.js calls.
import { absoluteReference, parseRange } from "../../model/address";
import { emptyReport } from "../../model/report";
import { SHEET_ORDER } from "../../model/sheet-names";
import { SheetKey } from "../../template/types";
import { CellStyle } from "../../template/style";
import { ValidationRule } from "../../template/validation";
import { DocumentProperties, PrintSetup, SheetPlan, SheetProtection, workbookPlan } from "../../template/plan";
import { ExcelRun, inBatch } from "./run";
import { InsertOptions, InsertResult } from "../host";

/**
 * The workbook setting naming the sheets of the template inserted last, so that the reader
 * takes those sheets over an older report's when a template was inserted beside it.
 */
export const TEMPLATE_SETTING = "nianbao.template";

export type TemplateSheets = Partial<Record<SheetKey, string>>;

/** The sheet of each part from the setting; null when there is none or it is not such a record. */
export function parseTemplateSheets(value: unknown): TemplateSheets | null {
  if (!value || typeof value !== "object" || Array.isArray(value)) return null;
  const entries = Object.entries(value).filter(([key, name]) => SHEET_ORDER.includes(key as SheetKey) && typeof name === "string");
  return entries.length > 0 ? Object.fromEntries(entries) : null;
}

const BORDER_EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;

/** Excel's width unit is a character of the default font; Office.js takes points. */
function characterWidthToPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

/** The smallest " (n)" suffix under which none of `wanted` clashes with `taken` (case-insensitive, as Excel compares). */
function besideNames(wanted: readonly string[], taken: readonly string[]): string[] {
  const used = new Set(taken.map((name) => name.toLowerCase()));
  for (let n = 2; ; n++) {
    const names = wanted.map((name) => `${name} (${n})`);
    if (names.every((name) => !used.has(name.toLowerCase()))) return names;
  }
}

export async function insertTemplate(run: ExcelRun, options: InsertOptions): Promise<InsertResult> {
  const plan = workbookPlan(emptyReport(options.format, options.year, options.agency));
  const { sheets } = plan;
  return inBatch(run, async (context) => {
    const worksheets = context.workbook.worksheets;
    const names = context.workbook.names;
    worksheets.load("items/name");
    names.load("items/name");
    await context.sync();

    const taken = worksheets.items.map((sheet) => sheet.name);
    const clashing = sheets.map((sheet) => sheet.name).filter((name) => taken.some((t) => t.toLowerCase() === name.toLowerCase()));
    if (clashing.length > 0 && options.whenSheetsExist === "ask") return { status: "conflict", existing: clashing };
    const sheetNames = clashing.length > 0 ? besideNames(sheets.map((sheet) => sheet.name), taken) : sheets.map((sheet) => sheet.name);
    const takenNames = new Set(names.items.map((name) => name.name.toLowerCase()));

    const added = sheets.map((planned, i) => {
      const sheet = worksheets.add(sheetNames[i]);
      writeSheet(sheet, planned);
      for (const name of planned.names) {
        // A second template in the same workbook gets sheet-scoped names, so both keep theirs.
        if (takenNames.has(name.name.toLowerCase())) sheet.names.add(name.name, sheet.getRange(name.range));
        else context.workbook.names.add(name.name, `=${absoluteReference(sheetNames[i], name.range)}`);
      }
      return sheet;
    });
    context.workbook.settings.add(TEMPLATE_SETTING, Object.fromEntries(sheets.map((sheet, i) => [sheet.key, sheetNames[i]])));
    // Beside an existing report the properties stay that report's: they describe the file.
    if (clashing.length === 0) writeProperties(context.workbook.properties, plan.properties);
    added[0].activate();
    await context.sync();
    return { status: "inserted", sheets: sheetNames };
  });
}

function writeSheet(sheet: Excel.Worksheet, plan: SheetPlan): void {
  plan.columnWidths.forEach((width, i) => {
    sheet.getRangeByIndexes(0, i, 1, 1).getEntireColumn().format.columnWidth = characterWidthToPoints(width);
  });
  sheet.getRange(`1:${plan.lastRow}`).format.rowHeight = plan.defaultRowHeight;
  for (const [row, height] of Object.entries(plan.rowHeights)) sheet.getRange(`${row}:${row}`).format.rowHeight = height;
  sheet.showGridlines = plan.showGridlines;
  for (const merge of plan.merges) sheet.getRange(merge.area).merge(false);
  for (const planned of plan.ranges) {
    const range = sheet.getRange(planned.area);
    applyStyle(range, planned.area, planned.style);
    if (planned.formula) range.getCell(0, 0).formulas = [[planned.formula]];
    else if (planned.value !== undefined && planned.value !== null) range.getCell(0, 0).values = [[planned.value]];
    if (planned.validation) applyValidation(range, planned.validation);
  }
  for (const format of plan.conditionalFormats) {
    const painted = sheet.getRange(format.range).conditionalFormats.add("Custom" as Excel.ConditionalFormatType.custom);
    painted.custom.rule.formula = format.formula;
    painted.custom.format.fill.color = format.fill;
    painted.custom.format.font.color = format.fontColor;
  }
  writePrint(sheet.pageLayout, plan.print);
  sheet.protection.protect(protectionOptions(plan.protection));
}

const POINTS_PER_INCH = 72;

function writePrint(page: Excel.PageLayout, print: PrintSetup): void {
  page.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
  page.paperSize = print.paper;
  page.centerHorizontally = print.centerHorizontally;
  page.zoom = { horizontalFitToPages: print.fitToPagesWide };
  // Office.js takes margins in points.
  const points = (inches: number) => Math.round(inches * POINTS_PER_INCH * 100) / 100;
  page.leftMargin = points(print.margins.left);
  page.rightMargin = points(print.margins.right);
  page.topMargin = points(print.margins.top);
  page.bottomMargin = points(print.margins.bottom);
  page.headerMargin = points(print.margins.header);
  page.footerMargin = points(print.margins.footer);
  page.setPrintArea(print.area);
  if (print.titleRows) page.setPrintTitleRows(`$${print.titleRows.replace(":", ":$")}`);
}

/** The plan's permissions in Office.js's words. */
export function protectionOptions(protection: SheetProtection): Excel.WorksheetProtectionOptions {
  return {
    allowFormatCells: protection.formatCells,
    allowFormatColumns: protection.formatColumns,
    allowFormatRows: protection.formatRows,
    allowEditObjects: protection.editObjects,
    selectionMode: protection.selectLockedCells ? "Normal" : protection.selectUnlockedCells ? "Unlocked" : "None",
  };
}

function writeProperties(properties: Excel.DocumentProperties, planned: DocumentProperties): void {
  properties.title = planned.title;
  properties.subject = planned.subject;
  properties.category = planned.category;
  properties.keywords = planned.keywords;
  for (const [key, value] of Object.entries(planned.custom)) properties.custom.add(key, value);
}

function applyStyle(range: Excel.Range, address: string, style: CellStyle): void {
  const format = range.format;
  format.font.name = style.font;
  format.font.size = style.size;
  format.font.bold = style.bold;
  format.horizontalAlignment = style.horizontal === "left" ? "Left" : style.horizontal === "right" ? "Right" : "Center";
  format.verticalAlignment = style.vertical === "top" ? "Top" : "Center";
  format.wrapText = style.wrap;
  if (style.fill) format.fill.color = style.fill;
  if (style.border)
    for (const edge of BORDER_EDGES) {
      const border = format.borders.getItem(edge);
      border.style = "Continuous";
      border.weight = "Thin";
      border.color = "#000000";
    }
  format.protection.locked = style.locked;
  if (style.numberFormat) range.numberFormat = filled(address, style.numberFormat);
}

/** A 2-D array of `value` as large as `range`, the shape Office.js wants for a range's values. */
function filled<T>(range: string, value: T): T[][] {
  const { top, left, bottom, right } = parseRange(range);
  return Array.from({ length: bottom - top + 1 }, () => Array<T>(right - left + 1).fill(value));
}

/** Excel's own validation for a person's entry, with the Chinese prompt and error of the kind. */
function applyValidation(range: Excel.Range, rule: ValidationRule): void {
  const validation = range.dataValidation;
  if (rule.type === "list") validation.rule = { list: { inCellDropDown: true, source: String(rule.formula1).replace(/"/g, "") } };
  else {
    const operator = rule.operator === "between" ? "Between" : "GreaterThanOrEqualTo";
    const condition = { formula1: rule.formula1, formula2: rule.formula2, operator } as Excel.BasicDataValidation;
    validation.rule = rule.type === "whole" ? { wholeNumber: condition } : rule.type === "decimal" ? { decimal: condition } : { textLength: condition };
  }
  validation.prompt = { showPrompt: true, title: rule.promptTitle, message: rule.prompt };
  validation.errorAlert = { showAlert: true, style: "Stop", title: rule.errorTitle, message: rule.error };
}
