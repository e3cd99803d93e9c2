// The plain check formulas in a real spreadsheet: LibreOffice, with recalculation on load switched
// on, opens workbooks written by the file host and saves them again; the values it computed for
// the check cells must be the engine's verdicts.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import ExcelJS from "exceljs";
import { writeReportXlsx } from "../../src/hosts/file";
import { cellId, Report } from "../../src/report";
import { consistentReport, withValues } from "../checks/builders";
import { engineVerdicts, plainCheckCells } from "./oracle";

const SOFFICE = process.env.SOFFICE ?? "soffice";

/** LibreOffice keeps stale cached results unless told to recalculate OOXML files on load (0 = always). */
const RECALCULATE_ON_LOAD = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

describe("checks in the workbook, recalculated by LibreOffice", function () {
  this.timeout(120_000);
  const base = consistentReport(21, "2021");
  const reports: Record<string, Report> = {
    consistent: base,
    raised: withValues(base, { [cellId("三", "（一）予以公开", "自然人")]: (base.values[cellId("三", "（一）予以公开", "自然人")] as number) + 2 }),
    placeholder: withValues(base, { [cellId("四", "行政复议", "结果纠正")]: "/" }),
  };
  let folder: string;
  const recalculated: Record<string, ExcelJS.Workbook> = {};

  before(async () => {
    folder = mkdtempSync(path.join(tmpdir(), "nianbao-lo-checks-"));
    mkdirSync(path.join(folder, "profile", "user"), { recursive: true });
    writeFileSync(path.join(folder, "profile", "user", "registrymodifications.xcu"), RECALCULATE_ON_LOAD);
    mkdirSync(path.join(folder, "out"));
    for (const [name, report] of Object.entries(reports)) writeFileSync(path.join(folder, `${name}.xlsx`), await writeReportXlsx(report));
    const profile = pathToFileURL(path.join(folder, "profile")).href;
    execFileSync(
      SOFFICE,
      ["--headless", "--norestore", `-env:UserInstallation=${profile}`, "--convert-to", "xlsx", "--outdir", "out", ...Object.keys(reports).map((name) => `${name}.xlsx`)],
      { cwd: folder, stdio: "pipe", timeout: 90_000 },
    );
    for (const name of Object.keys(reports)) {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(readFileSync(path.join(folder, "out", `${name}.xlsx`)) as unknown as ArrayBuffer);
      recalculated[name] = workbook;
    }
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

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
