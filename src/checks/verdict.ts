// The one verdict on a report, computed once for every host to say: whether it can be published
// as it stands, has errors (every reason listed), or has no figure entered yet. A file that could
// not be read at all gets its own verdict from the file layer.
import { CheckResult } from "../model/findings";
import { inputCells } from "../model/cells";
import { getFormat } from "../model/formats";
import { Report } from "../model/report";
import { readValue } from "../model/values";
import { Verdict } from "../model/verdict";

/** Whether a person has typed anything, even text, into any figure of the tables. */
export function hasFigures(report: Report): boolean {
  return inputCells(getFormat(report.format)).some((cell) => readValue(report.values[cell.id] ?? null).status !== "blank");
}

/**
 * The verdict on a checked report. `blockers` is what holds export back (export/blockers.ts
 * computes it: every error and every problem of the document): checking and export can never
 * disagree, since a report is publishable only when that list is empty. A report with no figure
 * is not yet filled in, whatever its warnings and placeholders say.
 */
export function verdictOf(report: Report, result: CheckResult, blockers: readonly string[]): Verdict {
  const counts = { errors: result.counts["错误"], warnings: result.counts["警告"] };
  if (!hasFigures(report)) return { kind: "empty", ...counts, reasons: [] };
  if (!result.valid || blockers.length > 0) return { kind: "errors", ...counts, reasons: blockers };
  return { kind: "publishable", ...counts, reasons: [] };
}

/** The verdict on a file that could not be read; `reason` says why, in Chinese. */
export function unreadableVerdict(reason: string): Verdict {
  return { kind: "unreadable", errors: 0, warnings: 0, reasons: [reason] };
}
