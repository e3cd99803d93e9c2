// Last year's figures kept inside next year's workbook, on a hidden sheet of their own, so that
// the cross-year checks run in Excel, in the page and on the command line with no other file.
// The figures are the JSON contract's, in one cell: every host reads them the same way, and the
// sheet carries no label that the table finder could take for a table.
import { reportToJson } from "../model/json";
import { Report } from "../model/report";
import { CellValue } from "../model/types";
import { NEXT_YEAR_MESSAGES } from "../catalogue/next-year-messages";

export const PREVIOUS_SHEET = "上年数字";

/** Where on that sheet the figures stand (A2); A1 says what they are. */
export const PREVIOUS_FIGURES_ROW = 1;

/** The sheet's rows: the note, then last year's figures without its prose. */
export function previousSheetRows(previous: Report): CellValue[][] {
  return [[NEXT_YEAR_MESSAGES.previousSheetNote(previous.year)], [JSON.stringify(reportToJson({ ...previous, text: {} }))]];
}
