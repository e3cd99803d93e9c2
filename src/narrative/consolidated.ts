// The consolidated report in one step: the departments' reports merged (with the merge's own
// refusals) and the text that restates the merged figures written into the summary's sections.
import { Merged, MergeError, mergeChecked } from "../checks/merge";
import { DepartmentFile } from "../checks/overview";
import { MERGE_MESSAGES } from "../catalogue/batch-messages";
import { Report } from "../model/report";
import { mergeGenerated } from "./blocks";
import { generateNarrative, Narrative } from "./generate";

export interface Consolidated extends Merged {
  readonly narrative: Narrative;
  /** The merged report with the generated blocks in its sections, marked so a later run can refresh them. */
  readonly withText: Report;
  readonly count: number;
}

/**
 * Merges this year's departments (last year's `previousFiles` left out) as `nianbao merge` does,
 * and generates the text of the merged figures. Throws MergeError when a file could not be read
 * and wherever the merge refuses.
 */
export function consolidate(departments: readonly DepartmentFile[], previousFiles: readonly string[], agency: string, force: boolean): Consolidated {
  const current = departments.filter((department) => !previousFiles.includes(department.file));
  const unreadable = current.filter((department) => !department.input);
  if (unreadable.length > 0) throw new MergeError(MERGE_MESSAGES.unreadable(unreadable.map((department) => MERGE_MESSAGES.unreadableLine(department.file, department.verdict.reasons.join("")))));
  const merged = mergeChecked(current.map((department) => ({ file: department.file, input: department.input!, errors: department.verdict.errors })), agency, force);
  const narrative = generateNarrative(merged.report);
  return { ...merged, narrative, withText: { ...merged.report, text: mergeGenerated({}, narrative.blocks).text }, count: current.length };
}
