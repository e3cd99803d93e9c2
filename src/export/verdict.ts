// The verdict on a checked report, with what export would refuse: the one place every host asks,
// so that a report called publishable is one that export publishes.
import { CheckInput, locationsOf, reportOf } from "../checks/engine";
import { verdictOf } from "../checks/verdict";
import { CheckResult } from "../model/findings";
import { Verdict } from "../model/verdict";
import { exportBlockers } from "./blockers";
import { reportDocument } from "./document";

export function reportVerdict(input: CheckInput, result: CheckResult): Verdict {
  const report = reportOf(input);
  return verdictOf(report, result, exportBlockers(result.findings, reportDocument(report, { locations: locationsOf(input) })));
}
