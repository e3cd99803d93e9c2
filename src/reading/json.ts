// A report in the JSON contract read as a workbook would be: its cells placed where the template
// puts them, and every label that is not the official text reported as a StructureIssue.
import { cellId, columnLabels, parseCellId } from "../model/cells";
import { getFormat } from "../model/formats";
import { parseReportJson, WrittenLabel } from "../model/json";
import { CellLocation } from "../model/grid";
import { ReportFormat } from "../model/types";
import { ReadResult, StructureIssue, templateLocations } from "./read";

/** Where a written label stands: its row's first cell, or its column in the row it was written in. */
function placeOf(format: ReportFormat, label: WrittenLabel): CellLocation | undefined {
  const locations = templateLocations(format);
  if (label.table === "text") return label.official ? locations[label.official] : undefined;
  const row = label.axis === "row" ? label.official : label.row;
  if (!row) return undefined;
  const column = label.axis === "column" && label.official ? label.official : columnLabels(format, label.table, row)[0];
  return locations[cellId(label.table, row, column)];
}

function issueOf(format: ReportFormat, label: WrittenLabel): StructureIssue {
  if (label.collapsed) {
    const first = templateLocations(format)[cellId("三", label.collapsed[0], columnLabels(format, "三", label.collapsed[0])[0])];
    const params = { table: label.table, label: label.official!, rows: label.collapsed.map((row) => `“${row}”`).join("、"), format: format.id };
    return { code: "row-collapsed", sheet: first?.sheet, address: first?.address, params };
  }
  const at = placeOf(format, label);
  const where = { sheet: at?.sheet, address: at?.address };
  if (label.official !== undefined)
    return { code: "label-variant", ...where, params: { table: label.table, expected: label.official, found: label.written } };
  const axis = label.axis === "column" ? "列" : "行";
  return { code: "label-unknown", ...where, params: { table: label.table, found: label.written, axis, format: format.id } };
}

/** Reads a parsed JSON value as a report with its label issues; throws ReportJsonError on a malformed one. */
export function readReportJson(json: unknown): ReadResult {
  const { report, labels } = parseReportJson(json);
  const format = getFormat(report.format);
  // Sub-rows a collapsed row stands for are missing, as a deleted row of a workbook is: no cell
  // rule speaks of their blanks, and no sum through them is judged.
  const missing = new Set(labels.flatMap((label) => label.collapsed ?? []));
  const locations = Object.fromEntries(Object.entries(templateLocations(format)).filter(([id]) => !(id.startsWith("三|") && missing.has(parseCellId(id).row))));
  return { report, locations, issues: labels.map((label) => issueOf(format, label)), reviews: [] };
}
