import { rangeAddress } from "../model/address";
import { ReportFormat } from "../model/types";
import { proseParts } from "../model/report";
import { printedLabel } from "./wrap-points";
import { SheetBuilder } from "./builder";
import { SHEET_NAMES } from "../model/sheet-names";
import { SheetLayout } from "./types";

export const TEXT_FIRST_ROW = 3;

/** With the title column, no wider than A4 portrait holds at full size: the sheet prints legibly. */
const TEXT_COLUMN_WIDTH = 70;
/** Seven empty parts (引言, 一 to 六) still print on one A4 page at full size. */
const EMPTY_SECTION_HEIGHT = 96;
const LINE_HEIGHT = 14;
/** Excel's largest row height, in points. */
const MAX_ROW_HEIGHT = 409;

/**
 * The row height that shows `text` in the 内容 column, estimated as Excel would wrap it (a Chinese
 * character takes two units of column width); capped at Excel's largest row, beyond which only
 * the exported report shows the whole section.
 */
export function proseRowHeight(text: string): number {
  const lines = text
    .split("\n")
    .map((paragraph) => Math.max(1, Math.ceil([...paragraph].reduce((width, ch) => width + (ch.charCodeAt(0) > 0x2e7f ? 2 : 1), 0) / TEXT_COLUMN_WIDTH)))
    .reduce((a, b) => a + b, 0);
  return Math.min(MAX_ROW_HEIGHT, Math.max(EMPTY_SECTION_HEIGHT, lines * LINE_HEIGHT + 6));
}

/** The row that holds a prose part's text (the 引言 or a section) on the 正文 sheet. */
export function textRow(format: ReportFormat, part: string): number {
  return TEXT_FIRST_ROW + proseParts(format).indexOf(part);
}

/** The prose sheet: a row for the 引言 and for each section 一 to 六, its title in column A and its text in B. */
export function layoutText(format: ReportFormat): SheetLayout {
  const sheet = new SheetBuilder("text", SHEET_NAMES.text);
  sheet.text("title", "政府信息公开工作年度报告 · 正文", 1, 1, 1, 2).height(1, 30);
  sheet.text("header", "章节", 2, 1).text("header", "内容", 2, 2);
  proseParts(format).forEach((section, i) => {
    const row = TEXT_FIRST_ROW + i;
    sheet.text("sectionTitle", printedLabel(section), row, 1);
    sheet.field(section, "text", row, 2);
    sheet.height(row, EMPTY_SECTION_HEIGHT);
  });
  const last = TEXT_FIRST_ROW + proseParts(format).length - 1;
  sheet.definedName("正文_各部分", TEXT_FIRST_ROW, 2, last, 2);
  return sheet.build([14, TEXT_COLUMN_WIDTH], { orientation: "portrait", area: rangeAddress(1, 1, last, 2) });
}
