// Reports for tests, fuzzing and the bench: consistent ones built from a seeded PRNG over the
// model (so both formats follow it), and small edits of them.
import { CellId, CellValue, FormatId } from "../../src/model/types";
import { emptyReport, PROBLEMS_SECTION, Report } from "../../src/model/report";
import { getFormat } from "../../src/model/formats";
import { cellId, inputCells } from "../../src/model/cells";
import { reportGrid } from "../../src/template/report-grid";
import { WorkbookGrid } from "../../src/model/grid";
import { reconciliations } from "../../src/catalogue/reconciliations";

/** mulberry32: a small deterministic PRNG, so that every fuzz run sees the same reports. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Section 五, which every complete report has and no table can generate. */
export const PROBLEMS_TEXT = { [PROBLEMS_SECTION]: "一是主动公开的及时性有待提高。下一步，本机关将完善工作机制。" };

/** A report with its figures and section 五 written, as a finished report would have. */
function finished(format: FormatId, year: number): Report {
  return { ...emptyReport(format, year, "某某县发展和改革局"), text: PROBLEMS_TEXT };
}

export const randomInt = (random: () => number, max: number) => Math.floor(random() * (max + 1));

export function withValues(report: Report, changes: Readonly<Record<CellId, CellValue>>): Report {
  return { ...report, values: { ...report.values, ...changes } };
}

/** Every input cell 0: consistent, and what a clean empty report looks like. */
export function zeroReport(format: FormatId = "2021", year = format === "2021" ? 2024 : 2020): Report {
  const values: Record<CellId, CellValue> = {};
  for (const cell of inputCells(getFormat(format))) values[cell.id] = 0;
  return { ...finished(format, year), values };
}

/**
 * A report whose every reconciliation holds: random leaves, and each total (the left side of
 * every identity with one cell on the left) computed from them in dependency order.
 */
export function consistentReport(seed: number, format: FormatId = "2021", year?: number): Report {
  const random = prng(seed);
  const base = finished(format, year ?? (format === "2021" ? 2024 : 2020));
  const values: Record<CellId, CellValue> = {};
  const f = getFormat(format);
  for (const cell of inputCells(f)) values[cell.id] = cell.kind === "amount" ? randomInt(random, 5000) / 100 : randomInt(random, random() < 0.5 ? 3 : 60);
  const identities = reconciliations(f);
  const sum = (ids: readonly string[]) => ids.reduce((s, id) => s + (values[id] as number), 0);
  // （七）总计 per column from the results; then 一 per column so that 勾稽 holds; then row totals.
  const byRule = (rule: string) => identities.filter((i) => i.rule === rule);
  for (const i of byRule("NB-R02")) if (!i.left[0].endsWith("|总计")) values[i.left[0]] = sum(i.right);
  for (const i of byRule("NB-R03")) {
    if (i.left[0].endsWith("|总计")) continue;
    const [incoming, carriedIn] = i.left;
    const out = sum(i.right);
    values[carriedIn] = Math.min(values[carriedIn] as number, out);
    values[incoming] = out - (values[carriedIn] as number);
  }
  for (const i of byRule("NB-R01")) values[i.left[0]] = sum(i.right);
  for (const i of byRule("NB-R04")) values[i.left[0]] = sum(i.right);
  // What was made this year and not repealed is still in force (NB-R07).
  if (format === "2021")
    for (const row of f.tables.二.blocks[0].rows) {
      const [issued, repealed, valid] = f.tables.二.blocks[0].columns.map((c) => cellId("二", row, c.label));
      values[valid] = Math.max(values[valid] as number, (values[issued] as number) - (values[repealed] as number));
    }
  return { ...base, values };
}

/** A report whose every cell holds a distinct number (1, 2, 3, … in template order), so that any misplaced or misread value shows. */
export function numberedReport(format: FormatId = "2021", year = format === "2021" ? 2025 : 2020): Report {
  const values: Record<string, CellValue> = {};
  inputCells(getFormat(format)).forEach((cell, i) => (values[cell.id] = i + 1));
  return { ...emptyReport(format, year, "某某县民政局"), values, text: { "一、总体情况": "总体情况正文" } };
}

/** The workbook grid the template gives for `report`: every label where the layout puts it, every value as typed. */
export const gridOf = reportGrid;

type Grid = { name: string; values: CellValue[][] };

/** A copy of `grid` with one sheet changed by `edit`. */
export function editSheet(grid: WorkbookGrid, name: string, edit: (sheet: Grid) => Grid | undefined): WorkbookGrid {
  const sheets = grid.sheets.map((s) => ({ name: s.name, values: s.values.map((row) => [...row]) }));
  return { sheets: sheets.flatMap((s) => (s.name === name ? (edit(s) ?? []) : [s])) };
}

/** A copy of `grid` with the rows of one sheet changed by `change`. */
export const editRows = (grid: WorkbookGrid, name: string, change: (rows: CellValue[][]) => CellValue[][]): WorkbookGrid =>
  editSheet(grid, name, (sheet) => ({ ...sheet, values: change(sheet.values) }));
