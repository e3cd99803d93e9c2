// Export is held back while errors remain: a published report with a wrong figure is worse
// than a late one. The caller passes every finding (checks and prose); warnings never block.
import { Finding } from "../checks/types";
import { EXPORT_MESSAGES } from "./messages";

/** Export was held back; `reasons` are the findings' messages. */
export class ExportBlockedError extends Error {
  constructor(readonly reasons: readonly string[]) {
    super([EXPORT_MESSAGES.blocked(reasons.length), ...reasons.map((r, i) => EXPORT_MESSAGES.blockedItem(i + 1, r))].join("\n"));
  }
}

/** The reasons export is held back: the message of every finding of severity 错误. */
export function exportBlockers(findings: readonly Finding[]): string[] {
  return findings.filter((f) => f.severity === "错误").map((f) => f.message);
}

/** Throws ExportBlockedError when errors remain, unless the person chose to export anyway. */
export function assertExportable(findings: readonly Finding[], force: boolean): void {
  const reasons = exportBlockers(findings);
  if (reasons.length > 0 && !force) throw new ExportBlockedError(reasons);
}
