// Reading figures for the text: only clean numbers are ever stated; anything else becomes a
// placeholder that names the cell, so a wrong figure is never invented.
import { CellId, CellValue, Report, ReportFormat, getFormat } from "../report";
import { SHEET_NAMES, workbookLayout } from "../report/layout";

/** Where a cell is: a workbook's real location when one was read, else the template's. */
export interface CellLocation {
  readonly sheet: string;
  readonly address: string;
}

export type Locations = Readonly<Record<CellId, CellLocation>>;

/** A cell that the text needs but that does not hold a clean number. */
export interface CellProblem {
  readonly id: CellId;
  readonly location: CellLocation;
  readonly value: CellValue;
}

export type Figure = { readonly ok: true; readonly value: number } | { readonly ok: false; readonly problems: readonly CellProblem[] };

const templateCache = new Map<string, Locations>();

/** Every input cell and prose field of the template, by id or section title. */
export function templateLocations(format: ReportFormat): Locations {
  const known = templateCache.get(format.id);
  if (known) return known;
  const locations: Record<string, CellLocation> = {};
  for (const sheet of workbookLayout(format, 2000).sheets) {
    for (const input of sheet.inputs) locations[input.cell.id] = { sheet: sheet.name, address: input.address };
    if (sheet.key === "text") for (const field of sheet.fields) locations[field.label] = { sheet: sheet.name, address: field.address };
  }
  templateCache.set(format.id, locations);
  return locations;
}

/** The location of a cell or of a prose section (by its title). */
export function locate(report: Report, key: string, locations?: Locations): CellLocation {
  return locations?.[key] ?? templateLocations(getFormat(report.format))[key] ?? { sheet: SHEET_NAMES.text, address: "" };
}

/** Whether a value is a whole number ≥ 0, the only thing a count may be. */
export function isCleanCount(value: CellValue): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0;
}

/** Whether a value is a number ≥ 0 (amounts may have decimals). */
export function isCleanAmount(value: CellValue): value is number {
  return typeof value === "number" && Number.isFinite(value) && value >= 0;
}

/** The sum of cells that must all be clean (counts, or amounts when `amount`). */
export function figure(report: Report, ids: readonly CellId[], locations?: Locations, amount = false): Figure {
  const problems: CellProblem[] = [];
  let total = 0;
  for (const id of ids) {
    const value = report.values[id] ?? null;
    if (amount ? isCleanAmount(value) : isCleanCount(value)) total += value as number;
    else problems.push({ id, location: locate(report, id, locations), value });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: total };
}
