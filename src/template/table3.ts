import { inputCellAt } from "../model/cells";
import { rangeAddress } from "../model/address";
import { ReportFormat } from "../model/types";
import { SheetBuilder } from "./builder";
import { SHEET_NAMES } from "../model/sheet-names";
import { SheetLayout } from "./types";
import { labelLines, printedLabel } from "./wrap-points";

/** The first row of 表三 that holds figures; rows 2–4 are the three-level header. */
export const TABLE3_FIRST_DATA_ROW = 5;
const LABEL_COLUMNS = 3;
/** Points per line of a wrapped label at 10.5 pt. */
const LINE_HEIGHT = 14;

/**
 * 表三 as the format prints it: the corner note over three label columns and three header
 * rows; row labels merged as their nesting shows (三、本年度办理结果 down the left, each
 * （三）…（六） group beside its numbered items).
 */
export function layoutTable3(format: ReportFormat): SheetLayout {
  const table = format.tables.三;
  const width = LABEL_COLUMNS + table.columns.length;
  const sheet = new SheetBuilder("三", SHEET_NAMES.三);
  sheet.text("title", table.title, 1, 1, 1, width).height(1, 30);
  sheet.text("note", printedLabel(table.cornerNote), 2, 1, 4, LABEL_COLUMNS);
  sheet.text("header", table.applicantHeader, 2, LABEL_COLUMNS + 1, 2, width);
  const firstOrganisation = LABEL_COLUMNS + 1 + table.columns.findIndex((c) => c.label === table.organisationColumns[0]);
  sheet.text("header", table.organisationHeader, 3, firstOrganisation, 3, firstOrganisation + table.organisationColumns.length - 1);
  table.columns.forEach((column, i) => {
    const at = LABEL_COLUMNS + 1 + i;
    if (table.organisationColumns.includes(column.label)) sheet.text("header", printedLabel(column.label), 4, at);
    else sheet.text("header", printedLabel(column.label), 3, at, 4, at);
  });
  // Three lines for 社会/公益/组织 and 法律/服务/机构.
  sheet.height(4, 48);

  const rows = table.rows;
  const last = TABLE3_FIRST_DATA_ROW + rows.length - 1;
  rows.forEach((row, i) => {
    const at = TABLE3_FIRST_DATA_ROW + i;
    // A parent label is written once, at the first row it covers, merged down over the rest.
    row.parents.forEach((parent, depth) => {
      if (rows[i - 1]?.parents[depth] === parent) return;
      let end = i;
      while (rows[end + 1]?.parents[depth] === parent) end += 1;
      sheet.text("label", printedLabel(parent), at, 1 + depth, TABLE3_FIRST_DATA_ROW + end, 1 + depth);
    });
    sheet.text("label", printedLabel(row.label), at, 1 + row.parents.length, at, LABEL_COLUMNS);
    table.columns.forEach((column, j) =>
      sheet.input(inputCellAt(format, "三", row.label, column.label), at, LABEL_COLUMNS + 1 + j),
    );
    const lines = labelLines(row.label).length;
    if (lines > 1) sheet.height(at, LINE_HEIGHT * lines + 2);
  });
  sheet.definedName("表三_申请情况", TABLE3_FIRST_DATA_ROW, LABEL_COLUMNS + 1, last, width);
  // Widths that hold each line of wrap-points.ts at 10.5 pt: 4 characters in A, 5 in B, 13 in C, 3 per figure column.
  return sheet.build([12, 14, 30, ...Array(table.columns.length).fill(8.5)], {
    orientation: "portrait",
    area: rangeAddress(1, 1, last, width),
    titleRows: "1:4",
  });
}
