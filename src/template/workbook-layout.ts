import { ReportFormat } from "../model/types";
import { withChecks } from "./check-cells";
import { layoutInfo } from "./info";
import { layoutTable2 } from "./table2";
import { layoutTable3 } from "./table3";
import { layoutTable4 } from "./table4";
import { layoutText } from "./text";
import { SheetLayout, WorkbookLayout } from "./types";
import { SHEET_ORDER } from "../model/sheet-names";
import { derived } from "../model/derived";

const cache = new Map<string, WorkbookLayout>();

/** The sheets that do not depend on the year, built once per format. */
const yearlessSheets = derived((format: ReportFormat): readonly SheetLayout[] => [
  layoutText(format),
  layoutTable2(format),
  withChecks(layoutTable3(format), format),
  withChecks(layoutTable4(format), format),
]);

/**
 * Every sheet of the template, in the order they are inserted and printed (SHEET_ORDER: the
 * three tables first, then 基本信息 and 正文). Only the information sheet depends on the year, so the tables are the same objects for every year (and the readers'
 * per-layout caches hold across years).
 */
export function workbookLayout(format: ReportFormat, year: number): WorkbookLayout {
  const key = `${format.id}/${year}`;
  let layout = cache.get(key);
  if (!layout) {
    const sheets = [layoutInfo(format, year), ...yearlessSheets(format)];
    layout = { sheets: SHEET_ORDER.map((key) => sheets.find((sheet) => sheet.key === key)!) };
    cache.set(key, layout);
  }
  return layout;
}
