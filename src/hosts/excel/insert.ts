// Inserting the template: one sync to see what the workbook holds, one to write every sheet.
import { absoluteReference } from "../../model/address";
import { getFormat } from "../../model/formats";
import { emptyReport } from "../../model/report";
import { SHEET_ORDER, SheetKey, SheetLayout, workbookLayout } from "../../template/workbook-layout";
import { CellStyle } from "../../template/style";
import { ValidationRule } from "../../template/validation";
import { filled, planSheet } from "./sheet-plan";
import { ExcelRun } from "./run";
import { InsertOptions, InsertResult } from "../host";

/** Custom document properties that carry the report's identity with the file. */
export const DOCUMENT_PROPERTIES = { format: "公开年报.格式", year: "公开年报.报告年度", agency: "公开年报.机关名称" } as const;

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
  const layout = workbookLayout(getFormat(options.format), options.year);
  const { sheets } = layout;
  return run(async (context) => {
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

    const report = emptyReport(options.format, options.year, options.agency);
    const added = sheets.map((layoutSheet, i) => {
      const sheet = worksheets.add(sheetNames[i]);
      writeSheet(sheet, layoutSheet, planSheet(layoutSheet, report));
      for (const name of layoutSheet.names) {
        // A second template in the same workbook gets sheet-scoped names, so both keep theirs.
        if (takenNames.has(name.name.toLowerCase())) sheet.names.add(name.name, sheet.getRange(name.range));
        else context.workbook.names.add(name.name, `=${absoluteReference(sheetNames[i], name.range)}`);
      }
      return sheet;
    });
    context.workbook.settings.add(TEMPLATE_SETTING, Object.fromEntries(sheets.map((sheet, i) => [sheet.key, sheetNames[i]])));
    // Beside an existing report the properties stay that report's: they describe the file.
    if (clashing.length === 0) {
      const custom = context.workbook.properties.custom;
      custom.add(DOCUMENT_PROPERTIES.format, options.format);
      custom.add(DOCUMENT_PROPERTIES.year, options.year);
      custom.add(DOCUMENT_PROPERTIES.agency, options.agency);
    }
    added[0].activate();
    await context.sync();
    return { status: "inserted", sheets: sheetNames };
  });
}

function writeSheet(sheet: Excel.Worksheet, layout: SheetLayout, plan: ReturnType<typeof planSheet>): void {
  layout.columnWidths.forEach((width, i) => {
    sheet.getRangeByIndexes(0, i, 1, 1).getEntireColumn().format.columnWidth = characterWidthToPoints(width);
  });
  for (const [row, height] of Object.entries(layout.rowHeights)) sheet.getRange(`${row}:${row}`).format.rowHeight = height;
  for (const merge of layout.merges) sheet.getRange(merge).merge(false);
  for (const planned of plan) {
    const range = sheet.getRange(planned.range);
    applyStyle(range, planned.range, planned.style);
    if (planned.formula) range.getCell(0, 0).formulas = [[planned.formula]];
    else if (planned.value !== undefined && planned.value !== null) range.getCell(0, 0).values = [[planned.value]];
    if (planned.validation) applyValidation(range, planned.validation);
  }
  for (const format of layout.conditionalFormats ?? []) {
    const painted = sheet.getRange(format.range).conditionalFormats.add("Custom" as Excel.ConditionalFormatType.custom);
    painted.custom.rule.formula = format.formula;
    painted.custom.format.fill.color = format.fill;
    painted.custom.format.font.color = format.fontColor;
  }
  const page = sheet.pageLayout;
  page.orientation = layout.print.orientation === "landscape" ? "Landscape" : "Portrait";
  page.paperSize = "A4";
  page.centerHorizontally = true;
  page.setPrintArea(layout.print.area);
  if (layout.print.titleRows) page.setPrintTitleRows(`$${layout.print.titleRows.replace(":", ":$")}`);
  // No password: the protection only keeps the labels from being broken by accident.
  sheet.protection.protect({
    allowFormatCells: true,
    allowFormatColumns: true,
    allowFormatRows: true,
    allowEditObjects: true,
    selectionMode: "Normal",
  });
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
