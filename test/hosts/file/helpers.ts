import assert from "node:assert/strict";
import ExcelJS from "exceljs";
import { WorkbookFileError } from "../../../src/hosts/file";
import { CellValue, emptyReport, FormatId, getFormat, inputCells, Report } from "../../../src/report";

/** A report whose every cell holds a distinct number, so that any misplaced value shows. */
export function numberedReport(format: FormatId, year: number): Report {
  const values: Record<string, CellValue> = {};
  inputCells(getFormat(format)).forEach((cell, i) => (values[cell.id] = i + 1));
  return { ...emptyReport(format, year, "某某县民政局"), values, text: { "一、总体情况": "本年度共收到申请 3 件。" } };
}

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
