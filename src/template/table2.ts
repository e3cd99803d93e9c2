import { inputCellAt } from "../model/cells";
import { rangeAddress } from "../model/address";
import { ReportFormat } from "../model/types";
import { SheetBuilder } from "./builder";
import { SHEET_NAMES } from "../model/sheet-names";
import { SheetLayout } from "./types";

const ARTICLE_NUMBER = /第（(.)）项/;

/**
 * 表二 as the format prints it: the blocks stacked, each opened by its article line and a
 * header row; a block with fewer columns than the widest spreads its last column to the edge.
 */
export function layoutTable2(format: ReportFormat): SheetLayout {
  const table = format.tables.二;
  const width = 1 + Math.max(...table.blocks.map((block) => block.columns.length));
  const sheet = new SheetBuilder("二", SHEET_NAMES.二);
  sheet.text("title", table.title, 1, 1, 1, width).height(1, 30);
  let row = 2;
  for (const block of table.blocks) {
    sheet.text("header", block.article, row, 1, row, width);
    row += 1;
    sheet.text("header", table.rowHeader, row, 1);
    block.columns.forEach((column, i) => {
      const last = i === block.columns.length - 1;
      sheet.text("header", column.label, row, 2 + i, row, last ? width : 2 + i);
    });
    sheet.height(row, 30);
    row += 1;
    const first = row;
    for (const label of block.rows) {
      sheet.text("label", label, row, 1);
      block.columns.forEach((column, i) => {
        const last = i === block.columns.length - 1;
        sheet.input(inputCellAt(format, "二", label, column.label), row, 2 + i, last ? width : 2 + i);
      });
      row += 1;
    }
    const article = ARTICLE_NUMBER.exec(block.article)?.[1] ?? String(row);
    sheet.definedName(`表二_第${article}项`, first, 2, row - 1, 1 + block.columns.length);
  }
  return sheet.build([24, ...Array(width - 1).fill(20)], { orientation: "portrait", area: rangeAddress(1, 1, row - 1, width) });
}
