import { readWorkbook, ReadResult } from "../../reading/read";
import { readWorkbookGrid } from "./read";

/** Reads the report in .xlsx bytes by its labels. Throws WorkbookFileError or NotAReportError. */
export async function readReportXlsx(bytes: Uint8Array | ArrayBuffer): Promise<ReadResult> {
  return readWorkbook(await readWorkbookGrid(bytes));
}
