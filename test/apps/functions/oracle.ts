// Verdicts of every reconciliation three ways, for tests and the bench: by the checks engine, by
// the plain formulas of the template recalculated in HyperFormula (a GPL test-only oracle), and
// the mutations that should move them.
import { HyperFormula } from "hyperformula";
import { reconciliations } from "../../../src/catalogue/reconciliations";
import { runChecks } from "../../../src/checks/run";
import { Identity } from "../../../src/model/findings";
import { plainCheckFormula, VERDICT } from "../../../src/template/formulas";
import { CellValue } from "../../../src/model/types";
import { emptyReport, Report } from "../../../src/model/report";
import { getFormat } from "../../../src/model/formats";
import { parseAddress } from "../../../src/model/address";
import { parseCellId } from "../../../src/model/cells";
import { placedValues } from "../../../src/template/fill";
import { SheetLayout } from "../../../src/template/types";
import { workbookLayout } from "../../../src/template/workbook-layout";
import { consistentReport, zeroReport } from "../../checks/builders";
import { fixtureReport } from "../../fixtures/load";

const sameCells = (identity: Identity, cells: readonly { table: string; row: string; column: string }[]) => {
  const key = (c: { table: string; row: string; column: string }) => `${c.table}|${c.row}|${c.column}`;
  const wanted = new Set([...identity.left, ...identity.right].map((id) => key(parseCellId(id))));
  return cells.length === wanted.size && cells.every((cell) => wanted.has(key(cell)));
};

/** What the engine says of each identity, in the words a check cell shows. */
export function engineVerdicts(report: Report): Map<string, string> {
  const { findings } = runChecks({ report });
  const verdicts = new Map<string, string>();
  for (const identity of reconciliations(getFormat(report.format))) {
    const finding = findings.find((f) => (f.rule === identity.rule || f.rule === "NB-R05") && sameCells(identity, f.cells));
    verdicts.set(
      identity.id,
      !finding ? VERDICT.pass : finding.rule === "NB-R05" ? VERDICT.unreadable : `${VERDICT.failPrefix}${finding.difference}`,
    );
  }
  return verdicts;
}

/** Where each input of a sheet lies. */
export function locator(sheet: SheetLayout): (id: string) => string {
  const addresses = new Map(sheet.inputs.map((input) => [input.cell.id, input.address]));
  return (id) => addresses.get(id)!;
}

/** A typed value as a person's entry: text stays text (HyperFormula would read "12" as a number); an error code becomes that error. */
function entry(value: CellValue): string | number | null {
  if (typeof value !== "string") return value;
  if (/^#(REF!|DIV\/0!|VALUE!)$/.test(value)) return { "#REF!": "=#REF!", "#DIV/0!": "=1/0", "#VALUE!": '="a"+1' }[value]!;
  return `'${value}`;
}

/** Every sheet of the template filled with `report`, formulas as the template writes them; the add-in's formulas left out. */
export function templateSheets(report: Report): Record<string, (string | number | null)[][]> {
  const sheets: Record<string, (string | number | null)[][]> = {};
  for (const sheet of workbookLayout(getFormat(report.format), report.year).sheets) {
    const grid: (string | number | null)[][] = [];
    const put = (a1: string, value: string | number | null) => {
      const { row, column } = parseAddress(a1);
      for (let r = grid.length; r < row; r++) grid.push([]);
      grid[row - 1][column - 1] = value;
    };
    for (const cell of sheet.statics) {
      if (cell.formula && !cell.formula.includes("NIANBAO.")) put(cell.address, cell.formula);
      else if (cell.text !== undefined) put(cell.address, `'${cell.text}`);
    }
    for (const placed of placedValues(sheet, report)) put(placed.address, entry(placed.value));
    sheets[sheet.name] = grid.map((row) => Array.from(row, (v) => v ?? null));
  }
  return sheets;
}

/** The plain check cell of every identity: sheet and address in the template. */
export function plainCheckCells(report: Report): Map<string, { sheet: string; address: string }> {
  const cells = new Map<string, { sheet: string; address: string }>();
  const layout = workbookLayout(getFormat(report.format), report.year);
  for (const identity of reconciliations(getFormat(report.format)))
    for (const sheet of layout.sheets) {
      if (!sheet.inputs.some((input) => input.cell.id === identity.left[0])) continue;
      const formula = plainCheckFormula(identity, locator(sheet));
      const cell = sheet.statics.find((s) => s.formula === formula);
      if (cell) cells.set(identity.id, { sheet: sheet.name, address: cell.address });
    }
  return cells;
}

/** What the template's plain formulas show for each identity, recalculated by HyperFormula. */
export function hyperFormulaVerdicts(report: Report): Map<string, string> {
  const engine = HyperFormula.buildFromSheets(templateSheets(report), { licenseKey: "gpl-v3" });
  const verdicts = new Map<string, string>();
  for (const [id, at] of plainCheckCells(report)) {
    const { row, column } = parseAddress(at.address);
    const value = engine.getCellValue({ sheet: engine.getSheetId(at.sheet)!, row: row - 1, col: column - 1 });
    verdicts.set(id, typeof value === "object" && value !== null ? `#${(value as { type: string }).type}` : String(value));
  }
  engine.destroy();
  return verdicts;
}

/** Reports every check must judge as the engine does. */
export const FIXTURES: readonly [string, () => Report][] = [
  ["the consistent 2021 fixture", () => fixtureReport("consistent-2021.json")],
  ["the 2020 seed report (2019 format)", () => fixtureReport("seed-xiangzhou-2020.json")],
  ["an empty 2021 template", () => emptyReport("2021", 2025, "某某局")],
  ["an empty 2019 template", () => emptyReport("2019", 2020, "某某局")],
  ["an all-zero report", () => zeroReport("2021")],
  ...[1, 2, 3].map((seed): [string, () => Report] => [`random consistent 2021 report #${seed}`, () => consistentReport(seed, "2021")]),
  ...[4, 5].map((seed): [string, () => Report] => [`random consistent 2019 report #${seed}`, () => consistentReport(seed, "2019")]),
];

