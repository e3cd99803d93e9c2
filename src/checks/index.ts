// The checks: rules as data, one engine, findings worded by one catalogue. Pure and host-free.
// The TXT rules' matching of prose lives in src/narrative; it imports only checks/findings and
// types from here, so loading this index first or narrative first makes no cycle.
import { cellRules } from "./cell-rules";
import { CheckInput, CheckOptions, RuleSet, runRuleSets } from "./engine";
import { structureRules } from "./structure-rules";
import { sumRules } from "./sum-rules";
import { textRules } from "./text-rules";
import { CheckResult } from "./types";
import { yearRules } from "./year-rules";
import { proseRules } from "../narrative/prose-check";

export * from "./types";
export { RULES, ruleById } from "./rules";
export type { RuleId } from "./rules";
export { reconciliations } from "./identities";
export type { CheckInput, CheckOptions, CheckContext, CheckedReport, RuleSet } from "./engine";
export { reportOf, locationsOf } from "./engine";
export { readValue, summable } from "./values";
export type { ValueReading } from "./values";
export { oneDigitApart } from "./sum-rules";

/** The rule sets every check runs, in this order: the prose is checked wherever the tables are. */
export const BUILT_IN_RULE_SETS: readonly RuleSet[] = [structureRules, cellRules, sumRules, yearRules, textRules, proseRules];

/**
 * Checks a report (read from a workbook, or given as JSON) with every built-in rule and any
 * `options.ruleSets`; `options.previous` is last year's report for the cross-year rules.
 */
export function runChecks(input: CheckInput, options: CheckOptions = {}): CheckResult {
  return runRuleSets(input, options, BUILT_IN_RULE_SETS);
}
