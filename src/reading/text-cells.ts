// Where each prose section's text lives: the cell right of its title on the 正文 sheet, found by
// the title's text (as the reader finds it), so a sheet whose rows were moved is still written right.
import { getFormat } from "../model/formats";
import { matchLabel } from "../model/labels";
import { SHEET_NAMES } from "../template/workbook-layout";
import { CellLocation, WorkbookGrid } from "../model/grid";
import { address } from "../model/address";
import { FormatId } from "../model/types";
import { PANE_TEXT } from "../catalogue/pane-messages";
import { NianbaoError } from "../model/errors";

/** The 正文 sheet or its text cells cannot be found, so generated text has nowhere to go. */
export class TextSheetError extends NianbaoError {
  constructor(message: string) {
    super("textSheetMissing", message);
  }
}

/** The cell of every section in `sections`; throws TextSheetError naming what is missing. */
export function sectionCells(grid: WorkbookGrid, formatId: FormatId, sections: readonly string[]): Record<string, CellLocation> {
  const format = getFormat(formatId);
  const holds = (sheet: WorkbookGrid["sheets"][number]) => sheet.values.flat().filter((v) => typeof v === "string" && matchLabel(format.sections, v)).length;
  const sheet = grid.sheets.find((s) => s.name === SHEET_NAMES.text && holds(s) > 0) ?? grid.sheets.find((s) => holds(s) >= 3);
  if (!sheet) throw new TextSheetError(PANE_TEXT.textSheetMissing);
  const cells: Record<string, CellLocation> = {};
  const missing: string[] = [];
  for (const section of sections) {
    // The title as the reader finds it: written otherwise (五、政府信息公开工作存在的主要问题…) it is still this section's.
    const isTitle = (v: unknown) => typeof v === "string" && matchLabel(format.sections, v)?.label === section;
    const row = sheet.values.findIndex((cells) => cells.some(isTitle));
    if (row < 0) {
      missing.push(section);
      continue;
    }
    const column = sheet.values[row].findIndex(isTitle);
    cells[section] = { sheet: sheet.name, address: address(row + 1, column + 2) };
  }
  if (missing.length > 0) throw new TextSheetError(PANE_TEXT.textSectionMissing(sheet.name, missing));
  return cells;
}
