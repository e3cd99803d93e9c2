// Where generated text goes: the cell reading found for each prose section (ReadResult.locations),
// so that text is written exactly where the next read takes it from.
import { CellLocation } from "../model/grid";
import { PANE_TEXT } from "../catalogue/pane-messages";
import { NianbaoError } from "../model/errors";
import { getFormat } from "../model/formats";
import { ReadResult } from "./read";

/** The 正文 sheet or its text cells cannot be found, so generated text has nowhere to go. */
export class TextSheetError extends NianbaoError {
  constructor(message: string) {
    super("textSheetMissing", message);
  }
}

/** The cell of every section in `sections`, as the read located it; throws TextSheetError naming what is missing. */
export function sectionCells(read: Pick<ReadResult, "report" | "locations">, sections: readonly string[]): Record<string, CellLocation> {
  const located = getFormat(read.report.format).sections.map((section) => read.locations[section]).filter((location) => location !== undefined);
  if (located.length === 0) throw new TextSheetError(PANE_TEXT.textSheetMissing);
  const missing = sections.filter((section) => !read.locations[section]);
  if (missing.length > 0) throw new TextSheetError(PANE_TEXT.textSectionMissing(located[0].sheet, missing));
  return Object.fromEntries(sections.map((section) => [section, read.locations[section]]));
}
