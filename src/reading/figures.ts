// Reading figures for the text: only clean numbers are ever stated; anything else becomes a
// placeholder that names the cell, so a wrong figure is never invented.
import { FRAGMENTS } from "../catalogue/check-messages";
import { fitsKind, readValue } from "../model/values";
import { CellId, CellKind, CellValue } from "../model/types";
import { templateLocations } from "./read";
import { CellLocation } from "../model/grid";
import { Report } from "../model/report";
import { getFormat } from "../model/formats";
import { SHEET_NAMES } from "../model/sheet-names";
import { infoRow } from "../template/info";

/** Where a cell is: a workbook's real location when one was read, else the template's. */
export type { CellLocation };

export type Locations = Readonly<Record<CellId, CellLocation>>;

/** A cell that the text needs but that does not hold a clean number. */
export interface CellProblem {
  readonly id: CellId;
  readonly location: CellLocation;
  readonly value: CellValue;
}

export type Figure = { readonly ok: true; readonly value: number } | { readonly ok: false; readonly problems: readonly CellProblem[] };

/** The location of a cell or of a prose section (by its title). */
export function locate(report: Report, key: string, locations?: Locations): CellLocation {
  return locations?.[key] ?? templateLocations(getFormat(report.format))[key] ?? { sheet: SHEET_NAMES.text, address: "" };
}

/** `基本信息!B5`: where the template asks for an information field, such as 机关名称. */
export function infoReference(label: string): string {
  return FRAGMENTS.reference(SHEET_NAMES.info, `B${infoRow(label)}`);
}

/**
 * The number a value states when it is a clean number of the cell's kind (counts whole and not
 * negative, amounts not negative, signed counts whole), else undefined. "+19" stored as text is
 * how reports write an increase in a signed count, so it counts as clean there.
 */
export function cleanNumber(value: CellValue, kind: CellKind): number | undefined {
  // A number without building a reading: the narrative reads every figure it states.
  if (typeof value === "number") return Number.isFinite(value) && fitsKind(value, kind) ? value : undefined;
  const reading = readValue(value);
  const stated = reading.status === "number" || (kind === "signedCount" && reading.status === "numericText") ? reading.number : undefined;
  return stated !== undefined && fitsKind(stated, kind) ? stated : undefined;
}

/** The sum of cells that must all be clean numbers of `kind`. */
export function figure(report: Report, ids: readonly CellId[], locations?: Locations, kind: CellKind = "count"): Figure {
  let problems: CellProblem[] | undefined;
  let total = 0;
  for (const id of ids) {
    const value = report.values[id] ?? null;
    const clean = cleanNumber(value, kind);
    if (clean !== undefined) total += clean;
    else (problems ??= []).push({ id, location: locate(report, id, locations), value });
  }
  return problems ? { ok: false, problems } : { ok: true, value: total };
}
