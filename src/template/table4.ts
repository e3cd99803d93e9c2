import { inputCellAt } from "../model/cells";
import { rangeAddress } from "../model/address";
import { ReportFormat } from "../model/types";
import { SheetBuilder } from "./builder";
import { SHEET_NAMES } from "../model/sheet-names";
import { SheetLayout } from "./types";
import { printedLabel } from "./wrap-points";

export const TABLE4_DATA_ROW = 5;

/**
 * 表四 as the format prints it: one line of figures under the three groups, 行政复议 over two
 * header rows, the two 行政诉讼 groups under their shared heading.
 */
export function layoutTable4(format: ReportFormat): SheetLayout {
  const table = format.tables.四;
  const span = table.columns.length;
  const width = span * table.groups.length;
  const sheet = new SheetBuilder("四", SHEET_NAMES.四);
  sheet.text("title", table.title, 1, 1, 1, width).height(1, 30);
  table.groups.forEach((group, g) => {
    const left = 1 + g * span;
    const right = left + span - 1;
    const parent = group.parents[0];
    if (!parent) sheet.text("header", group.label, 2, left, 3, right);
    else {
      if (table.groups[g - 1]?.parents[0] !== parent) {
        const count = table.groups.filter((other) => other.parents[0] === parent).length;
        sheet.text("header", parent, 2, left, 2, left + count * span - 1);
      }
      sheet.text("header", group.label, 3, left, 3, right);
    }
    table.columns.forEach((column, c) => {
      sheet.text("header", printedLabel(column.label), 4, left + c);
      sheet.input(inputCellAt(format, "四", group.label, column.label), TABLE4_DATA_ROW, left + c);
    });
  });
  sheet.height(4, 30).height(TABLE4_DATA_ROW, 24);
  sheet.definedName("表四_复议诉讼", TABLE4_DATA_ROW, 1, TABLE4_DATA_ROW, width);
  return sheet.build(Array(width).fill(8.5), { orientation: "landscape", area: rangeAddress(1, 1, TABLE4_DATA_ROW, width) });
}
