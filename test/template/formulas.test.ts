import assert from "node:assert/strict";
import { HyperFormula } from "hyperformula";
import { reconciliations } from "../../src/catalogue/reconciliations";
import { addinCheckFormula, judge, operandRanges, verdictText } from "../../src/template/formulas";
import { CellValue, FormatId } from "../../src/model/types";
import { emptyReport, Report } from "../../src/model/report";
import { getFormat } from "../../src/model/formats";
import { inputCells } from "../../src/model/cells";
import { parseAddress } from "../../src/model/address";
import { readWorkbook } from "../../src/reading/read";
import { reportGrid } from "../../src/template/report-grid";
import { workbookLayout } from "../../src/template/workbook-layout";
import { consistentReport, withValues } from "../checks/builders";
import { engineVerdicts, FIXTURES, hyperFormulaVerdicts, locator, plainCheckCells, templateSheets } from "../apps/functions/oracle";

/** One typed value changed in a consistent report: what people get wrong. */
function mutations(format: FormatId): [string, Report][] {
  const base = consistentReport(7, format);
  const cells = inputCells(getFormat(format)).filter((cell) => cell.table !== "二");
  const leaf = cells.find((cell) => cell.table === "三" && cell.row.startsWith("（一）") && cell.column === "自然人")!;
  const rowTotal = cells.find((cell) => cell.table === "三" && cell.row.startsWith("一、") && cell.column === "总计")!;
  const review = cells.find((cell) => cell.table === "四" && cell.column === "结果纠正")!;
  const plus = (id: string, by: number) => (base.values[id] as number) + by;
  const changes: [string, string, CellValue][] = [
    ["one count raised by 1", leaf.id, plus(leaf.id, 1)],
    ["a row total lowered by 3", rowTotal.id, plus(rowTotal.id, -3)],
    ["a 表四 count raised by 5", review.id, plus(review.id, 5)],
    ["“/” in place of 0", leaf.id, "/"],
    ["full-width digits", leaf.id, "１２"],
    ["a number stored as text", review.id, "12"],
    ["a blank cell", leaf.id, null],
    ["a negative count", leaf.id, -2],
    ["a decimal count", review.id, 2.5],
    ["a formula error", leaf.id, "#REF!"],
    ["text with a unit", rowTotal.id, "12件"],
  ];
  return changes.map(([what, id, value]) => [`${format}: ${what}`, withValues(base, { [id]: value })]);
}

describe("checks in the workbook: formulas compiled from the reconciliations", () => {
  it("joins neighbouring cells into ranges down a column or along a row", () => {
    assert.deepEqual(operandRanges(["D7", "D8", "D9", "F3", "G3", "J5", "D11"]), ["D7:D9", "F3:G3", "J5", "D11"]);
  });

  it("judges blanks as 0 and a sum off by one as a difference of left minus right", () => {
    assert.deepEqual([verdictText(judge([null], [], 0)), verdictText(judge([5], [2, 2], 0)), verdictText(judge([3], [2, 2], 0))], ["✓", "✗ 差 1", "✗ 差 -1"]);
  });

  it("cannot judge a sum with text in it, rather than counting the text as 0", () => {
    assert.equal(verdictText(judge([5], ["/", 5], 0)), "？ 无法核对");
  });

  for (const format of ["2021", "2019"] as FormatId[])
    it(`gives every reconciliation of the ${format} format a plain check and an add-in check beside its table`, () => {
      const report = emptyReport(format, format === "2021" ? 2025 : 2020, "某某局");
      const layout = workbookLayout(getFormat(format), report.year);
      const addinFormulas = new Set(layout.sheets.flatMap((sheet) => sheet.statics.map((s) => s.formula)));
      const identities = reconciliations(getFormat(format));
      const located = identities.map((identity) => {
        const sheet = layout.sheets.find((s) => s.inputs.some((input) => input.cell.id === identity.left[0]))!;
        return addinFormulas.has(addinCheckFormula(identity, locator(sheet)));
      });
      assert.deepEqual([plainCheckCells(report).size, located.every(Boolean)], [identities.length, true]);
    });

  it("keeps the check cells out of the labels: the template still reads without a structure issue", () => {
    const report = consistentReport(3, "2021");
    assert.deepEqual(readWorkbook(reportGrid(report)).issues, []);
  });

  it("keeps the check cells out of the printed area", () => {
    const layout = workbookLayout(getFormat("2021"), 2025);
    const outside = layout.sheets.flatMap((sheet) => {
      const [from, to] = sheet.print.area.split(":").map(parseAddress);
      return sheet.statics
        .filter((s) => s.role === "check" || s.role === "checkHeader")
        .filter((s) => {
          const at = parseAddress(s.address);
          return at.row >= from.row && at.row <= to.row && at.column >= from.column && at.column <= to.column;
        });
    });
    assert.deepEqual(outside, []);
  });

  describe("recalculated by HyperFormula, the plain formulas give the engine's verdicts", () => {
    for (const [name, make] of FIXTURES)
      it(`on ${name}`, () => {
        const report = make();
        assert.deepEqual(Object.fromEntries(hyperFormulaVerdicts(report)), Object.fromEntries(engineVerdicts(report)));
      });
    for (const format of ["2021", "2019"] as FormatId[])
      for (const [name, report] of mutations(format))
        it(`on a consistent report with ${name}`, () => {
          const engine = engineVerdicts(report);
          // The mutation must move at least one verdict, or the comparison proves nothing.
          assert.ok([...engine.values()].some((v) => v !== "✓"), "the mutation changed no verdict");
          assert.deepEqual(Object.fromEntries(hyperFormulaVerdicts(report)), Object.fromEntries(engine));
        });
  });

  it("paints exactly the totals whose plain check shows ✗", () => {
    const [, report] = mutations("2021")[0];
    const hf = HyperFormula.buildFromSheets(templateSheets(report), { licenseKey: "gpl-v3" });
    const layout = workbookLayout(getFormat("2021"), report.year);
    const painted = new Set<string>();
    for (const sheet of layout.sheets)
      for (const cf of sheet.conditionalFormats ?? []) {
        const sheetId = hf.getSheetId(sheet.name)!;
        if (hf.calculateFormula(cf.formula, sheetId) === true) painted.add(`${sheet.name}!${cf.range}`);
      }
    hf.destroy();
    const failing = new Set<string>();
    const verdicts = hyperFormulaVerdicts(report);
    for (const identity of reconciliations(getFormat("2021"))) {
      if (!verdicts.get(identity.id)!.startsWith("✗")) continue;
      const sheet = layout.sheets.find((s) => s.inputs.some((input) => input.cell.id === identity.left[0]))!;
      for (const id of identity.left) failing.add(`${sheet.name}!${locator(sheet)(id)}`);
    }
    assert.deepEqual([...painted].sort(), [...failing].sort());
    assert.ok(failing.size > 0);
  });
});
