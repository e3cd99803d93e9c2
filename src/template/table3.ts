import { inputCellAt } from "../model/cells";
import { rangeAddress } from "../model/address";
import { ReportFormat } from "../model/types";
import { SheetBuilder } from "./builder";
import { SHEET_NAMES } from "../model/sheet-names";
import { SheetLayout } from "./types";

/** The first row of 表三 that holds figures; rows 2–4 are the three-level header. */
export const TABLE3_FIRST_DATA_ROW = 5;
const LABEL_COLUMNS = 3;

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
  sheet.text("note", table.cornerNote, 2, 1, 4, LABEL_COLUMNS);
  sheet.text("header", table.applicantHeader, 2, LABEL_COLUMNS + 1, 2, width);
  const firstOrganisation = LABEL_COLUMNS + 1 + table.columns.findIndex((c) => c.label === table.organisationColumns[0]);
  sheet.text("header", table.organisationHeader, 3, firstOrganisation, 3, firstOrganisation + table.organisationColumns.length - 1);
  table.columns.forEach((column, i) => {
    const at = LABEL_COLUMNS + 1 + i;
    if (table.organisationColumns.includes(column.label)) sheet.text("header", column.label, 4, at);
    else sheet.text("header", column.label, 3, at, 4, at);
  });
  sheet.height(4, 42);

  const rows = table.rows;
  const last = TABLE3_FIRST_DATA_ROW + rows.length - 1;
  rows.forEach((row, i) => {
    const at = TABLE3_FIRST_DATA_ROW + i;
    // A parent label is written once, at the first row it covers, merged down over the rest.
    row.parents.forEach((parent, depth) => {
      if (rows[i - 1]?.parents[depth] === parent) return;
      let end = i;
      while (rows[end + 1]?.parents[depth] === parent) end += 1;
      sheet.text("label", parent, at, 1 + depth, TABLE3_FIRST_DATA_ROW + end, 1 + depth);
    });
    sheet.text("label", row.label, at, 1 + row.parents.length, at, LABEL_COLUMNS);
    table.columns.forEach((column, j) =>
      sheet.input(inputCellAt(format, "三", row.label, column.label), at, LABEL_COLUMNS + 1 + j),
    );
    if (row.label.length > 24) sheet.height(at, 30);
  });
  sheet.definedName("表三_申请情况", TABLE3_FIRST_DATA_ROW, LABEL_COLUMNS + 1, last, width);
  return sheet.build([7, 13, 36, ...Array(table.columns.length).fill(8.5)], {
    orientation: "portrait",
    area: rangeAddress(1, 1, last, width),
    titleRows: "1:4",
  });
}
