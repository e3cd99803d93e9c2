// Reading every sheet's values, the mark records and the inserted template's sheet names in
// one batch: the pane's reads and the custom functions' reads are the same read.
import { SheetGrid } from "../../model/grid";
import { sheetGrid } from "./grid";
import { parseTemplateSheets, TEMPLATE_SETTING, TemplateSheets } from "./insert";
import { MarkRecord, parseMarks } from "../marks";
import { MARKS_SETTING } from "./marks";
import { NianbaoError } from "../../model/errors";

export interface WorkbookSnapshot {
  readonly sheets: readonly SheetGrid[];
  /** The sheet names, in order: handing them to the next read saves its first sync. */
  readonly names: readonly string[];
  readonly marks: readonly MarkRecord[];
  readonly template: TemplateSheets | null;
}

/** The workbook's sheets changed under every attempt to read them. */
export class ExcelBusyError extends NianbaoError {
  constructor(message: string) {
    super("excelBusy", message);
  }
}

/** Excel.ErrorCodes.itemNotFound, spelled out so that this module loads outside Excel. */
const ITEM_NOT_FOUND = "ItemNotFound";

/** Which of the workbook's sheets to read, given their names and the inserted template's sheets. */
export type SheetChoice = (names: readonly string[], template: TemplateSheets | null) => readonly string[];

const EVERY_SHEET: SheetChoice = (names) => names;

/**
 * One sync for the values of the sheets `choose` picks (every sheet unless told; the cells
 * holding values only: formatting of whole columns does not enlarge it) when `known` still
 * names the sheets; one more to learn the names when it does not (null, or sheets added,
 * removed or renamed since).
 */
export async function snapshotWorkbook(context: Excel.RequestContext, known: readonly string[] | null, choose: SheetChoice = EVERY_SHEET): Promise<WorkbookSnapshot> {
  let names = known;
  let templateSheets: TemplateSheets | null = null;
  for (let attempt = 0; attempt < 3; attempt++) {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    const marks = context.workbook.settings.getItemOrNullObject(MARKS_SETTING);
    marks.load("value");
    const template = context.workbook.settings.getItemOrNullObject(TEMPLATE_SETTING);
    template.load("value");
    const asked = names;
    const queued = (asked === null ? [] : choose(asked, templateSheets)).map((name) => ({ name, used: worksheets.getItem(name).getUsedRangeOrNullObject(true).load("address,values") }));
    try {
      // At most three attempts, each one request for every sheet: a retry when the sheets change
      // under the read, never a sync per sheet or per cell.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      // A remembered sheet is gone: learn the current names, then read again. Any other
      // failure (a payload too large, a cell being edited) is the caller's to report.
      if (asked === null || (error as { code?: unknown }).code !== ITEM_NOT_FOUND) throw error;
      names = null;
      continue;
    }
    const current = worksheets.items.map((sheet) => sheet.name);
    if (asked !== null && current.join("\n") === asked.join("\n"))
      return {
        sheets: queued.map(({ name, used }) => (used.isNullObject ? sheetGrid(name, null, []) : sheetGrid(name, used.address, used.values))),
        names: current,
        marks: marks.isNullObject ? [] : parseMarks(marks.value),
        template: template.isNullObject ? null : parseTemplateSheets(template.value),
      };
    names = current;
    templateSheets = template.isNullObject ? null : parseTemplateSheets(template.value);
  }
  throw new ExcelBusyError("工作表在读取过程中不断变化，请稍候再点“校验”。");
}
