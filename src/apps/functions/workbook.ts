// Reading the open workbook for NIANBAO.CHECK and NIANBAO.TEXT, as the pane reads it (two syncs:
// the sheet list, then every sheet's values). Functions only read; they never write.
import { ExcelRun, inBatch } from "../../hosts/excel/run";
import { snapshotWorkbook } from "../../hosts/excel/snapshot";
import { readWorkbook, ReadResult } from "../../reading/read";

export async function readOpenWorkbook(run: ExcelRun): Promise<ReadResult> {
  const { sheets, template } = await inBatch(run, (context) => snapshotWorkbook(context, null));
  // The template the pane inserted last, so a function reads the same sheets as 校验 does.
  return readWorkbook({ sheets }, { sheets: template ?? undefined });
}
