// The plain check formulas in a real spreadsheet: LibreOffice, with recalculation on load switched
// on, opens workbooks written by the file host and saves them again; the values it computed for
// the check cells must be the engine's verdicts.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { writeReportXlsx } from "../../../src/hosts/file/write";
import { cellId } from "../../../src/model/cells";
import { Report } from "../../../src/model/report";
import { consistentReport, withValues } from "../../checks/builders";
import { convertWithLibreOffice } from "../../libreoffice";
import { engineVerdicts, plainCheckCells } from "./oracle";

describe("checks in the workbook, recalculated by LibreOffice", function () {
  this.timeout(120_000);
  const base = consistentReport(21, "2021");
  const reports: Record<string, Report> = {
    consistent: base,
    raised: withValues(base, { [cellId("三", "（一）予以公开", "自然人")]: (base.values[cellId("三", "（一）予以公开", "自然人")] as number) + 2 }),
    placeholder: withValues(base, { [cellId("四", "行政复议", "结果纠正")]: "/" }),
  };
  const recalculated: Record<string, ExcelJS.Workbook> = {};

  before(async () => {
    const files: Record<string, Uint8Array> = {};
    for (const [name, report] of Object.entries(reports)) files[`${name}.xlsx`] = await writeReportXlsx(report);
    const converted = convertWithLibreOffice(files, "xlsx", { recalculateOnLoad: true });
    try {
      for (const name of Object.keys(reports)) {
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(readFileSync(converted.file(name)) as unknown as ArrayBuffer);
        recalculated[name] = workbook;
      }
    } finally {
      converted.remove();
    }
  });

  /** What LibreOffice computed in each identity's plain check cell. */
  function verdicts(name: string): Record<string, string> {
    const shown: Record<string, string> = {};
    for (const [id, at] of plainCheckCells(reports[name])) {
      const value = recalculated[name].getWorksheet(at.sheet)!.getCell(at.address).value as ExcelJS.CellFormulaValue;
      shown[id] = String(value?.result ?? "");
    }
    return shown;
  }

  for (const name of ["consistent", "raised", "placeholder"])
    it(`shows the engine's verdict in every check cell of the ${name} report`, () => {
      const engine = Object.fromEntries(engineVerdicts(reports[name]));
      assert.deepEqual(verdicts(name), engine);
      if (name !== "consistent") assert.ok(Object.values(engine).some((v) => v !== "✓"));
    });
});
