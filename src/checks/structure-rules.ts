// The workbook's structure: the reader's StructureIssues worded by the catalogue, and the
// format against the report year.
import { formatForYear, getFormat } from "../model/formats";
import { isReportYear } from "../model/report";
import { TABLE_IDS, TableId } from "../model/types";
import { StructureCode, StructureIssue } from "../reading/read";
import { CheckContext, RuleSet } from "./engine";
import { makeFinding } from "./findings";
import { FRAGMENTS } from "../catalogue/check-messages";
import { RuleId } from "../catalogue/rules";
import { Finding, FindingCell } from "../model/findings";

const RULE_OF: Readonly<Record<StructureCode, RuleId>> = {
  "sheet-missing": "NB-S01",
  "sheet-renamed": "NB-S02",
  "label-changed": "NB-S03",
  "row-moved": "NB-S04",
  "row-missing": "NB-S05",
  "column-moved": "NB-S06",
  "column-missing": "NB-S07",
  "format-mismatch": "NB-S08",
  "info-missing": "NB-S09",
  "info-invalid": "NB-S12",
  "sheet-ambiguous": "NB-S13",
  "label-variant": "NB-S14",
  "label-unknown": "NB-S15",
  "row-collapsed": "NB-S16",
};

const isTable = (table: string): table is TableId => (TABLE_IDS as readonly string[]).includes(table);

/** Issues whose `found` is what the person typed in the cell, shown quoted. */
const QUOTES_FOUND = new Set<StructureCode>(["label-changed", "label-variant", "label-unknown", "info-invalid"]);

/** What was typed at the issue's cell; null when blank. */
function foundValue(issue: StructureIssue): string | null {
  const found = issue.params.found;
  return found !== undefined && String(found).trim() !== "" ? String(found) : null;
}

/** The cell an issue points at, if it points at one. */
function issueCells(issue: StructureIssue): FindingCell[] {
  if (!issue.sheet || !issue.address) return [];
  const table = String(issue.params.table ?? "");
  const label = issue.params.label ?? issue.params.expected ?? issue.params.field ?? "";
  return [
    {
      sheet: issue.sheet,
      address: issue.address,
      table: isTable(table) || table === "text" ? table : "info",
      row: String(label),
      column: "",
      value: QUOTES_FOUND.has(issue.code) ? foundValue(issue) : String(label),
    },
  ];
}

/** The words each issue's template needs beyond the reader's params. */
function wording(issue: StructureIssue): Record<string, string | number> {
  const here = (address: string | number | undefined) => (issue.sheet && address ? FRAGMENTS.reference(issue.sheet, String(address)) : "");
  const found = foundValue(issue);
  switch (issue.code) {
    case "label-changed":
      return { found: found === null ? FRAGMENTS.emptyLabel : FRAGMENTS.text(found) };
    case "label-variant":
    case "label-unknown":
      return { place: FRAGMENTS.labelPlace(String(issue.params.table), here(issue.address)) };
    case "row-moved":
    case "column-moved":
      return { expected: here(issue.params.expected), found: here(issue.params.found) };
    case "info-invalid": {
      const field = String(issue.params.field);
      return { problem: FRAGMENTS.infoProblem(found ?? ""), fix: FRAGMENTS.infoFix[field] ?? "" };
    }
    default:
      return {};
  }
}

/** One structure issue as a finding. */
export function issueFinding(issue: StructureIssue): Finding {
  const at = issue.sheet && issue.address ? FRAGMENTS.reference(issue.sheet, issue.address) : "";
  return makeFinding(RULE_OF[issue.code], { ...issue.params, sheet: issue.sheet ?? "", at, ...wording(issue) }, issueCells(issue));
}

/**
 * A format that the year does not call for: the old format from 2021 on, or the new one before.
 * An unknown year is NB-S12's error, which says that the format cannot be judged without it.
 */
function formatForYearFinding({ report, format }: CheckContext["current"]): Finding | undefined {
  if (!isReportYear(report.year)) return undefined;
  const wanted = formatForYear(report.year);
  if (wanted === report.format) return undefined;
  const outdated = format.years.to !== null && report.year > format.years.to;
  const modern = getFormat(outdated ? wanted : report.format);
  const old = getFormat(outdated ? report.format : wanted);
  const params = { year: report.year, old: old.source, new: modern.source, from: modern.years.from };
  return makeFinding(outdated ? "NB-S10" : "NB-S11", params, []);
}

export const structureRules: RuleSet = {
  name: "表格结构",
  run({ current, issues }: CheckContext): Finding[] {
    const findings = issues.map(issueFinding);
    const format = formatForYearFinding(current);
    if (format) findings.push(format);
    return findings;
  },
};
