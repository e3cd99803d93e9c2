// Reading the open workbook for NIANBAO.CHECK and NIANBAO.TEXT: the sheet list, then every used
// range's values in one more sync. Functions only read; they never write to the workbook.
import { ExcelRun } from "../hosts/excel/run";
import { sheetGrid } from "../hosts/excel/grid";
import { parseTemplateSheets, TEMPLATE_SETTING } from "../hosts/excel/insert";
import { readWorkbook, ReadResult } from "../report/read";

export async function readOpenWorkbook(run: ExcelRun): Promise<ReadResult> {
  const { grids, template } = await run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    // The template the pane inserted last, so a function reads the same sheets as 校验 does.
    const setting = context.workbook.settings.getItemOrNullObject(TEMPLATE_SETTING);
    setting.load("value");
    await context.sync();
    const used = worksheets.items.map((sheet) => ({ name: sheet.name, range: sheet.getUsedRangeOrNullObject(true).load("address,values") }));
    await context.sync();
    return {
      grids: used.map(({ name, range }) => (range.isNullObject ? sheetGrid(name, null, []) : sheetGrid(name, range.address, range.values))),
      template: setting.isNullObject ? null : parseTemplateSheets(setting.value),
    };
  });
  return readWorkbook({ sheets: grids }, { sheets: template ?? undefined });
}
