import { ReportFormat } from "../types";
import { withChecks } from "./checks";
import { layoutInfo } from "./info";
import { layoutTable2 } from "./table2";
import { layoutTable3 } from "./table3";
import { layoutTable4 } from "./table4";
import { layoutText } from "./text";
import { WorkbookLayout } from "./types";

export * from "./types";
export { SHEET_NAMES, SHEET_ORDER } from "./sheet-names";
export { CELL_STYLES, INPUT_FILL, fieldStyle } from "./style";
export { validationFor } from "./validation";
export { INFO_NAMES, infoRow } from "./info";
export { textRow, proseRowHeight } from "./text";
export { placedValues } from "./fill";
export type { PlacedValue } from "./fill";

const cache = new Map<string, WorkbookLayout>();

/** Every sheet of the template, in the order they are inserted (computed once per format and year). */
export function workbookLayout(format: ReportFormat, year: number): WorkbookLayout {
  const key = `${format.id}/${year}`;
  let layout = cache.get(key);
  if (!layout) {
    layout = { sheets: [layoutInfo(format, year), layoutText(format), layoutTable2(format), withChecks(layoutTable3(format), format), withChecks(layoutTable4(format), format)] };
    cache.set(key, layout);
  }
  return layout;
}
