// One department's file for the overview, read and checked as every host checks a report, with
// the one verdict (export/verdict.ts) that check and export say.
import { CheckInput } from "../../checks/engine";
import { DepartmentFile } from "../../checks/overview";
import { runChecks } from "../../checks/run";
import { verdictOfChecked } from "../../export/verdict";
import { UNREADABLE } from "../../catalogue/verdict-messages";
import { CheckResult } from "../../model/findings";
import { PANE_TEXT } from "../../catalogue/pane-messages";

export function checkedDepartment(file: string, input: CheckInput, result: CheckResult = runChecks(input)): DepartmentFile {
  const verdict = verdictOfChecked(input, result);
  return {
    file,
    input,
    verdict: { kind: verdict.kind, errors: verdict.counts["错误"], warnings: verdict.counts["警告"], reasons: verdict.blockers },
    problems: verdict.problems.map((problem) => ({
      severity: problem.severity,
      headline: problem.headline,
      details: problem.findings.map((finding) => finding.message),
      ...(problem.reviewed ? { reviewed: PANE_TEXT.reviewed(problem.reviewed.reason, problem.reviewed.date) } : {}),
    })),
  };
}

export function unreadableDepartment(file: string, reason: string): DepartmentFile {
  return { file, verdict: { kind: UNREADABLE, errors: 0, warnings: 0, reasons: [reason] }, problems: [] };
}
