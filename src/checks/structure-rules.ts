// The workbook's structure: the reader's StructureIssues worded by the catalogue, and the
// format against the report year.
import { formatForYear, getFormat, TableId } from "../report";
import { StructureCode, StructureIssue } from "../report/read";
import { CheckContext, RuleSet } from "./engine";
import { makeFinding } from "./findings";
import { FRAGMENTS } from "./messages";
import { RuleId } from "./rules";
import { Finding, FindingCell } from "./types";

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
};

const TABLES = new Set<string>(["二", "三", "四"]);

/** The cell an issue points at, if it points at one. */
function issueCells(issue: StructureIssue): FindingCell[] {
  if (!issue.sheet || !issue.address) return [];
  const table = String(issue.params.table ?? "");
  const label = issue.params.label ?? issue.params.expected ?? issue.params.field ?? "";
  const found = issue.params.found;
  return [
    {
      sheet: issue.sheet,
      address: issue.address,
      table: TABLES.has(table) ? (table as TableId) : "info",
      row: String(label),
      column: "",
      value: issue.code === "label-changed" ? (found === "" || found === undefined ? null : String(found)) : String(label),
    },
  ];
}

function issueFinding(issue: StructureIssue): Finding {
  const at = issue.sheet && issue.address ? FRAGMENTS.reference(issue.sheet, issue.address) : "";
  const found = issue.params.found;
  const params = {
    ...issue.params,
    sheet: issue.sheet ?? "",
    at,
    found: issue.code === "label-changed" ? (found === "" || found === undefined ? FRAGMENTS.emptyLabel : FRAGMENTS.text(String(found))) : (found ?? ""),
  };
  return makeFinding(RULE_OF[issue.code], params, issueCells(issue));
}

/** A format that the year does not call for: the old format from 2021 on, or the new one before. */
function formatForYearFinding({ report, format }: CheckContext["current"]): Finding | undefined {
  if (!Number.isInteger(report.year) || report.year <= 0) return undefined;
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
