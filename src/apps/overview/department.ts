// One department's file for the overview, read and checked as every host checks a report.
import { CheckInput } from "../../checks/engine";
import { DepartmentFile } from "../../checks/overview";
import { runChecks } from "../../checks/run";
import { unreadableVerdict } from "../../checks/verdict";
import { reportVerdict } from "../../export/verdict";
import { CheckResult } from "../../model/findings";

export function checkedDepartment(file: string, input: CheckInput, result: CheckResult = runChecks(input)): DepartmentFile {
  return { file, input, verdict: reportVerdict(input, result), findings: result.findings };
}

export function unreadableDepartment(file: string, reason: string): DepartmentFile {
  return { file, verdict: unreadableVerdict(reason), findings: [] };
}
