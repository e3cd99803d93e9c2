// Writing a review (已核实) into the open workbook: one row on the very hidden review sheet,
// created with its header on the first review. Three syncs at most: list the sheets, find the
// next row, write.
import { NianbaoError } from "../../model/errors";
import { Review, REVIEW_HEADER, REVIEW_SHEET, reviewRow } from "../../model/review";
import { PANE_TEXT } from "../../catalogue/pane-messages";

export async function appendReview(context: Excel.RequestContext, review: Review): Promise<void> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  const row = reviewRow(review).map((value) => value ?? "");
  if (!worksheets.items.some((sheet) => sheet.name === REVIEW_SHEET)) {
    const sheet = worksheets.add(REVIEW_SHEET);
    sheet.getRange("A1:E2").values = [[...REVIEW_HEADER], row];
    // Out of the person's way, but saved with the workbook and read by every host.
    // Excel.SheetVisibility.veryHidden, spelled out so that this module loads outside Excel.
    sheet.visibility = "VeryHidden" as Excel.SheetVisibility.veryHidden;
    await context.sync();
    return;
  }
  const sheet = worksheets.getItem(REVIEW_SHEET);
  const header = sheet.getRange("A1:E1").load("values");
  const used = sheet.getUsedRangeOrNullObject(true).load("rowCount,rowIndex");
  await context.sync();
  if (REVIEW_HEADER.some((label, i) => header.values[0][i] !== label)) throw new NianbaoError("reviewSheetTaken", PANE_TEXT.reviewSheetTaken(REVIEW_SHEET));
  const next = used.isNullObject ? 1 : used.rowIndex + used.rowCount;
  sheet.getRangeByIndexes(next, 0, 1, row.length).values = [row];
  await context.sync();
}
