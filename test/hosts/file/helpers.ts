import assert from "node:assert/strict";
import ExcelJS from "exceljs";
import { WorkbookFileError } from "../../../src/hosts/file/zip-guard";

export async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

export async function workbookBytes(build: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The WorkbookFileError the action is refused with; its message must be Chinese. */
export async function refusal(action: Promise<unknown>): Promise<WorkbookFileError> {
  try {
    await action;
  } catch (error) {
    assert.ok(error instanceof WorkbookFileError, String(error));
    assert.match(error.message, /[\u4e00-\u9fff]/, "消息应为中文");
    return error;
  }
  assert.fail("应拒绝该文件");
}
