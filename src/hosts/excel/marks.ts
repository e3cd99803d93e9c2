// Marking failing cells with a fill in Excel, and giving each cell back its own fill afterwards.
// The original fills are kept in the workbook's settings, so marks can be cleared after a reload.
import { MARK_FILLS } from "../../template/style";
import { MarkPlan } from "../marks";

export const MARKS_SETTING = "nianbao.marks";

/**
 * Queues the plan's writes; only fills change, never a value. A batch stops at its first failing
 * action and keeps what went before, so every cell the batch may leave painted is recorded with
 * its own fill first, and the final record written last: a cell is never painted unrecorded.
 */
export function queueMarks(context: Excel.RequestContext, plan: MarkPlan): void {
  const sheets = context.workbook.worksheets;
  context.workbook.settings.add(MARKS_SETTING, [...plan.records, ...plan.restore]);
  for (const record of plan.restore) {
    const fill = sheets.getItem(record.sheet).getRange(record.address).format.fill;
    if (record.originalFill) fill.color = record.originalFill;
    else fill.clear();
  }
  for (const record of plan.paint) sheets.getItem(record.sheet).getRange(record.address).format.fill.color = MARK_FILLS[record.severity];
  context.workbook.settings.add(MARKS_SETTING, plan.records);
}

