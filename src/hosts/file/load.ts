// exceljs's whole model of a workbook file, for changing it and saving it again (the standalone
// page's 写入正文 and its marked download). exceljs inflates every entry through JSZip, which
// trusts the sizes the zip declares and inflates a lying entry to the end before it complains,
// so every entry is first inflated here within the reader's budget.
import type ExcelJS from "exceljs";
import { newExcelWorkbook } from "./exceljs";
import { FILE_MESSAGES } from "../../catalogue/file-messages";
import { XlsxArchive } from "./unzip";
import { WorkbookFileError } from "./zip-guard";

/** The workbook model of .xlsx bytes. Throws WorkbookFileError (Chinese message) for anything else. */
export async function loadWorkbookModel(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  await new XlsxArchive(bytes).inflateTheRest();
  const workbook = newExcelWorkbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    // exceljs's own messages are English and name its internals, not the person's file.
    throw new WorkbookFileError("unreadable", FILE_MESSAGES.unreadable("工作簿的内容无法解析"));
  }
  return workbook;
}
