// Last year's figures as next year's workbook keeps them (see template/previous-sheet.ts).
import { WorkbookGrid } from "../model/grid";
import { reportFromJson } from "../model/json";
import { Report } from "../model/report";
import { PREVIOUS_FIGURES_ROW, PREVIOUS_SHEET } from "../template/previous-sheet";

/** Last year's report stored in the workbook; undefined when there is none or it was damaged by hand. */
export function storedPrevious(grid: WorkbookGrid): Report | undefined {
  const figures = grid.sheets.find((sheet) => sheet.name === PREVIOUS_SHEET)?.values[PREVIOUS_FIGURES_ROW]?.[0];
  if (typeof figures !== "string") return undefined;
  try {
    return reportFromJson(JSON.parse(figures));
  } catch {
    // Say nothing rather than check against figures that are no longer last year's.
    return undefined;
  }
}
