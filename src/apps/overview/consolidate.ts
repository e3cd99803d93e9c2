// The consolidated report from the overview page: this year's reports merged, as `nianbao merge`
// merges them, with the text of the merged figures written in; the workbook is offered for download.
import { el, say } from "../../hosts/browser/dom";
import { offerDownload, FILE_TYPES } from "../../hosts/browser/download";
import { writeReportXlsx } from "../../hosts/file/write";
import { readReportXlsx } from "../../hosts/file/report-file";
import { runChecks } from "../../checks/run";
import { DepartmentFile } from "../../checks/overview";
import { consolidate } from "../../narrative/consolidated";
import { MERGE_MESSAGES } from "../../catalogue/batch-messages";
import { CLI_TEXT } from "../../catalogue/cli-messages";
import { OVERVIEW_TEXT as T } from "../../catalogue/overview-messages";
import { failureMessage } from "../pane/failure";
import { narrativeView } from "./narrative-view";

/** The section that merges `departments` (last year's `previousFiles` left out) when its button is pressed. */
export function consolidationSection(departments: readonly DepartmentFile[], previousFiles: readonly string[]): HTMLElement {
  const force = el("input", { type: "checkbox", id: "consolidate-force" });
  const button = el("button", { type: "button", className: "primary", id: "consolidate" }, T.consolidateButton);
  const status = el("p", { className: "status consolidate-status", role: "status" });
  const preview = el("div", { className: "preview" });
  button.addEventListener("click", async () => {
    status.className = "status consolidate-status";
    preview.replaceChildren();
    try {
      const result = consolidate(departments, previousFiles, T.mergedAgency, force.checked);
      const bytes = await writeReportXlsx(result.withText, { mergeSummary: true });
      // Checked as written, as the command line checks it: the workbook read back.
      const check = runChecks({ read: await readReportXlsx(bytes) });
      offerDownload({ name: T.mergedName(result.report.year), type: FILE_TYPES.xlsx, bytes });
      say(status, [T.consolidated(result.count), MERGE_MESSAGES.resultChecked(CLI_TEXT.severityCounts(check.counts)), ...(result.forced.length > 0 ? [MERGE_MESSAGES.forced(result.forced)] : []), ...(result.duplicates.length > 0 ? [MERGE_MESSAGES.forcedDuplicates(result.duplicates)] : [])].join("\n"));
      preview.replaceChildren(narrativeView(result.narrative.blocks));
    } catch (error) {
      status.className = "status consolidate-status failed";
      say(status, failureMessage(error));
    }
  });
  return el(
    "section",
    { className: "card consolidate", "aria-labelledby": "consolidate-heading" },
    el("h2", { id: "consolidate-heading" }, T.consolidateHeading),
    el("p", { className: "hint" }, T.consolidateHint),
    el("div", { className: "toggle" }, force, el("label", { for: "consolidate-force" }, T.consolidateForce)),
    el("div", { className: "actions" }, button),
    status,
    preview,
  );
}
