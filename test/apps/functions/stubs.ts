// The globals custom functions meet in Excel: CustomFunctions (errors as values) and Excel.run,
// the latter backed by the add-in engineer's counting fake workbook.
import { Report } from "../../../src/model/report";
import { reportGrid } from "../../../src/template/report-grid";
import { FakeWorkbook } from "../../hosts/excel/fake-excel";

export class StubFunctionError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

const globals = globalThis as unknown as { CustomFunctions: unknown; Excel: unknown };
globals.CustomFunctions = {
  Error: StubFunctionError,
  ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!", nullReference: "#NULL!", invalidName: "#NAME?", invalidReference: "#REF!" },
};

/** A workbook in Excel holding `report` as the template lays it out; Excel.run reaches it. */
export function openInExcel(report: Report): FakeWorkbook {
  const book = new FakeWorkbook();
  for (const sheet of reportGrid(report).sheets) book.addSheet(sheet.name).setValues(sheet.values.map((row) => [...row]));
  globals.Excel = { run: book.run };
  return book;
}

/** The error a function threw, for assertions on its code and message. */
export async function failure(call: () => unknown): Promise<StubFunctionError> {
  try {
    await call();
  } catch (error) {
    if (error instanceof StubFunctionError) return error;
    throw error;
  }
  throw new Error("the function returned a value instead of an error");
}
