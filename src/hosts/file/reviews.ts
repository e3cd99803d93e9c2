// Writing a review (已核实) into a workbook file: one row on the very hidden review sheet.
import ExcelJS from "exceljs";
import { NianbaoError } from "../../model/errors";
import { Review, REVIEW_HEADER, REVIEW_SHEET, reviewRow } from "../../model/review";
import { PANE_TEXT } from "../../catalogue/pane-messages";

export function addReviewRow(workbook: ExcelJS.Workbook, review: Review): void {
  let sheet = workbook.getWorksheet(REVIEW_SHEET);
  if (!sheet) {
    sheet = workbook.addWorksheet(REVIEW_SHEET, { state: "veryHidden" });
    sheet.addRow([...REVIEW_HEADER]);
  } else if (REVIEW_HEADER.some((label, i) => sheet!.getRow(1).getCell(i + 1).value !== label)) {
    throw new NianbaoError("reviewSheetTaken", PANE_TEXT.reviewSheetTaken(REVIEW_SHEET));
  }
  sheet.addRow(reviewRow(review));
}
