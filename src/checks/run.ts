// Every built-in rule set, run by the one engine: the entry point of the checks layer.
import { cellRules } from "./cell-rules";
import { CheckInput, CheckOptions, RuleSet, runRuleSets } from "./engine";
import { structureRules } from "./structure-rules";
import { sumRules } from "./sum-rules";
import { textRules } from "./text-rules";
import { CheckResult } from "../model/findings";
import { yearRules } from "./year-rules";
import { proseRules } from "./prose-rules";

/** The rule sets every check runs, in this order: the prose is checked wherever the tables are. */
export const BUILT_IN_RULE_SETS: readonly RuleSet[] = [structureRules, cellRules, sumRules, yearRules, textRules, proseRules];

/**
 * Checks a report (read from a workbook, or given as JSON) with every built-in rule and any
 * `options.ruleSets`; `options.previous` is last year's report for the cross-year rules.
 */
export function runChecks(input: CheckInput, options: CheckOptions = {}): CheckResult {
  return runRuleSets(input, options, BUILT_IN_RULE_SETS);
}
