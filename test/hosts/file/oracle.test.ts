// The fast reader parses the sheet XML itself (exceljs's full model costs ~12 ms a workbook).
// exceljs stays the oracle: on our own files and on files another application saved, both
// must see the same values.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { CellValue } from "../../../src/model/types";
import { readWorkbook } from "../../../src/reading/read";
import { WorkbookGrid } from "../../../src/model/grid";
import { Report } from "../../../src/model/report";
import { readWorkbookGrid } from "../../../src/hosts/file/read";
import { writeReportXlsx } from "../../../src/hosts/file/write";
import { fixtureReport } from "../../fixtures/load";
import { convertWithLibreOffice } from "../../libreoffice";
import { numberedReport } from "../../checks/builders";
import { loadWorkbook } from "./helpers";
import { zipEntries, zipOf } from "./zip";

/** What exceljs says a cell shows, in the reader's terms. */
function oracleValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string") return value === "" ? null : value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ("error" in value) return String(value.error);
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("formula" in value || "sharedFormula" in value) return oracleValue((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ("text" in value) return oracleValue(value.text as ExcelJS.CellValue);
  return null;
}

/** Every non-blank cell as `sheet!A1 = value`, from either reader. */
function cellsOf(grid: WorkbookGrid): string[] {
  return grid.sheets.flatMap((sheet) =>
    sheet.values.flatMap((row, r) => row.flatMap((value, c) => (value === null ? [] : [`${sheet.name}!${r + 1}:${c + 1} = ${JSON.stringify(value)}`]))),
  );
}

async function oracleCells(bytes: Uint8Array): Promise<string[]> {
  const workbook = await loadWorkbook(bytes);
  const cells: string[] = [];
  workbook.eachSheet((sheet) =>
    sheet.eachRow({ includeEmpty: false }, (row, r) =>
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (cell.isMerged && cell.master.address !== cell.address) return;
        const value = oracleValue(cell.value);
        if (value !== null) cells.push(`${sheet.name}!${r}:${c} = ${JSON.stringify(value)}`);
      }),
    ),
  );
  return cells;
}

const ODD_VALUES: Report = (() => {
  const report = numberedReport("2021", 2025);
  const ids = Object.keys(report.values);
  const odd: CellValue[] = ["/", "１２", "12件", "+19", -3, 1.5, "无", " 7 ", null];
  return { ...report, values: { ...report.values, ...Object.fromEntries(odd.map((value, i) => [ids[i * 7], value])) } };
})();

const REPORTS: Record<string, Report> = {
  consistent: fixtureReport("consistent-2021.json"),
  seed: fixtureReport("seed-xiangzhou-2020.json"),
  odd: ODD_VALUES,
};

describe("file host: the fast reader agrees with exceljs", () => {
  for (const [name, report] of Object.entries(REPORTS))
    it(`on our own ${name} workbook, cell for cell`, async () => {
      const bytes = await writeReportXlsx(report);
      assert.deepEqual(cellsOf(await readWorkbookGrid(bytes)), await oracleCells(bytes));
    });

  describe("on workbooks LibreOffice saved", function () {
    this.timeout(120000);
    const saved: Record<string, Uint8Array> = {};

    before(async () => {
      const files: Record<string, Uint8Array> = {};
      for (const [name, report] of Object.entries(REPORTS)) files[`${name}.xlsx`] = await writeReportXlsx(report);
      const converted = convertWithLibreOffice(files, "xlsx");
      try {
        for (const name of Object.keys(REPORTS)) saved[name] = new Uint8Array(readFileSync(converted.file(name)));
      } finally {
        converted.remove();
      }
    });

    for (const name of Object.keys(REPORTS)) {
      it(`reads the ${name} workbook cell for cell as exceljs does`, async () => {
        assert.deepEqual(cellsOf(await readWorkbookGrid(saved[name])), await oracleCells(saved[name]));
      });

      it(`reads every figure of the ${name} report back unchanged`, async () => {
        assert.deepEqual(readWorkbook(await readWorkbookGrid(saved[name])).report.values, REPORTS[name].values);
      });
    }
  });

  it("reads sheets whose elements carry a namespace prefix (<x:c>), as Open XML SDK producers write", async () => {
    const bytes = await writeReportXlsx(REPORTS.consistent);
    const prefixed = [...zipEntries(bytes)].map(([name, text]) => ({
      name,
      data: new TextEncoder().encode(
        /^xl\/(worksheets\/sheet\d+|sharedStrings|workbook)\.xml$/.test(name)
          ? text.replace(/<(\/?)(?!\?)([A-Za-z]+[\s>/])/g, "<$1x:$2").replace(/xmlns="/, 'xmlns:x="')
          : text,
      ),
      deflate: true,
    }));
    assert.deepEqual(readWorkbook(await readWorkbookGrid(zipOf(prefixed))).report.values, REPORTS.consistent.values);
  });
});
