// exceljs takes about 0.3 s to load: it is loaded when a workbook model is first needed, so that
// commands which only read (check, --help) start without it.
import type ExcelJS from "exceljs";

/** A new, empty exceljs workbook. */
export function newExcelWorkbook(): ExcelJS.Workbook {
  const { Workbook } = require("exceljs") as typeof ExcelJS;
  return new Workbook();
}
