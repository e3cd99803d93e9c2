// Export is held back while errors remain: a published report with a wrong figure is worse
// than a late one. The reasons are every finding of severity 错误 (checks and prose) and
// everything the document itself would publish wrongly (placeholders, no agency, an empty
// section); warnings never block. The CLI and the pane both ask here.
import { Finding } from "../model/findings";
import { DocumentProblem, ReportDocument } from "./document";
import { EXPORT_MESSAGES } from "../catalogue/export-messages";

/**
 * The reasons export of `document` is held back: the message of every error finding, then
 * the document's problems. A placeholder the person's own text still holds is already an
 * error of the prose check for that section, and is listed once.
 */
export function exportBlockers(findings: readonly Finding[], document: Pick<ReportDocument, "problems">): string[] {
  const errors = findings.filter((f) => f.severity === "错误");
  const listed = (problem: DocumentProblem) =>
    problem.placeholder !== undefined && errors.some((f) => f.cells[0]?.row === problem.section && f.message.includes(problem.placeholder!));
  return [...errors.map((f) => f.message), ...document.problems.filter((p) => !listed(p)).map((p) => p.message)];
}

/** What a person reads when export is held back: how many, then each reason numbered. */
export function blockedMessage(reasons: readonly string[]): string {
  return [EXPORT_MESSAGES.blocked(reasons.length), ...reasons.map((r, i) => EXPORT_MESSAGES.blockedItem(i + 1, r))].join("\n");
}
