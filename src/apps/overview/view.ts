// The overview as a page: the summary, who is missing or sent twice, the charts, one row per
// department (sorted and filtered in place) and the findings of the row clicked. Cell text only
// ever reaches the page as text.
import { Chart } from "chart.js";
import { el, say } from "../../hosts/browser/dom";
import { FIGURE_KEYS, Overview, OverviewRow, Rate, RATE_KEYS } from "../../checks/overview";
import { FILE_VERDICTS, FileVerdictKind, UNREADABLE, VERDICTS } from "../../catalogue/verdict-messages";
import { Severity } from "../../model/findings";
import { OVERVIEW_TEXT as T } from "../../catalogue/overview-messages";
import { overviewCharts } from "./charts";
import { baseName, departmentName } from "./names";
import { compareNames } from "../../model/collation";

type ColumnKey = keyof typeof T.columns;
type SortValue = string | number | null;

interface Column {
  readonly key: ColumnKey;
  readonly numeric: boolean;
  /** What the column sorts by: a few-case rate sorts after every ranked one. */
  readonly sort: (row: OverviewRow) => SortValue | [number, SortValue];
  readonly cell: (row: OverviewRow) => HTMLTableCellElement;
}

const VERDICT_CLASS: Readonly<Record<FileVerdictKind, string>> = { [VERDICTS.publishable]: "passed", [VERDICTS.hasErrors]: "error", [VERDICTS.notFilled]: "empty", [UNREADABLE]: "unreadable" };
const SEVERITY_CLASS: Readonly<Record<Severity, string>> = { 错误: "error", 警告: "warning", 提示: "hint" };

const td = (text: string, className?: string) => el("td", { className }, text);
const numberCell = (value: number | null) => td(value === null ? T.unknown : String(value), "number");

function rateCell(rate: Rate): HTMLTableCellElement {
  if (rate.value === null) return td(T.unknown, "number");
  const cell = td(`${rate.value}%`, ["number", rate.ranked ? "" : "small", rate.outlier ? "outlier" : ""].filter(Boolean).join(" "));
  if (!rate.ranked) cell.append(el("span", { className: "visually-hidden" }, T.smallMark));
  if (rate.outlier) cell.append(el("span", { className: "flag", title: T.outlier, "aria-label": T.outlier }, ` ${T.outlierFlag}`));
  return cell;
}

const COLUMNS: readonly Column[] = [
  { key: "agency", numeric: false, sort: (row) => row.agency, cell: (row) => td(row.agency) },
  { key: "file", numeric: false, sort: (row) => row.file, cell: (row) => el("td", { className: "file", title: row.file }, baseName(row.file)) },
  { key: "format", numeric: false, sort: (row) => row.format, cell: (row) => td(row.format ?? T.unknown) },
  { key: "year", numeric: true, sort: (row) => row.year, cell: (row) => numberCell(row.year) },
  {
    key: "verdict",
    numeric: false,
    sort: (row) => FILE_VERDICTS.indexOf(row.verdict.kind),
    cell: (row) => el("td", {}, el("span", { className: `verdict ${VERDICT_CLASS[row.verdict.kind]}` }, row.verdict.kind)),
  },
  { key: "errors", numeric: true, sort: (row) => row.verdict.errors, cell: (row) => numberCell(row.verdict.kind === UNREADABLE ? null : row.verdict.errors) },
  { key: "warnings", numeric: true, sort: (row) => row.verdict.warnings, cell: (row) => numberCell(row.verdict.kind === UNREADABLE ? null : row.verdict.warnings) },
  ...FIGURE_KEYS.map((key): Column => ({ key, numeric: true, sort: (row) => row.figures[key], cell: (row) => numberCell(row.figures[key]) })),
  ...RATE_KEYS.map((key): Column => ({ key, numeric: true, sort: (row) => [row.rates[key].ranked ? 0 : 1, row.rates[key].value], cell: (row) => rateCell(row.rates[key]) })),
  { key: "notes", numeric: false, sort: (row) => row.notes.length, cell: (row) => el("td", { className: "notes" }, ...row.notes.map((note) => el("div", {}, note.message))) },
];

function compare(a: SortValue, b: SortValue): number {
  if (a === b) return 0;
  if (a === null || a === "") return 1;
  if (b === null || b === "") return -1;
  return typeof a === "number" && typeof b === "number" ? a - b : compareNames(String(a), String(b));
}

/** Sorts by the column; blanks and unknowns last either way, few-case rates after the ranked ones. */
function sorter(column: Column, descending: boolean) {
  return (a: OverviewRow, b: OverviewRow) => {
    const [x, y] = [column.sort(a), column.sort(b)];
    const [groupX, valueX] = Array.isArray(x) ? x : [0, x];
    const [groupY, valueY] = Array.isArray(y) ? y : [0, y];
    if (groupX !== groupY) return groupX - groupY;
    if (valueX === null || valueY === null || valueX === "" || valueY === "") return compare(valueX, valueY);
    return descending ? compare(valueY, valueX) : compare(valueX, valueY);
  };
}

function detail(row: OverviewRow): HTMLElement[] {
  // Each problem in one line; the rule firings it explains folded under it.
  const findings = row.problems.map((problem) =>
    el(
      "li",
      { className: `finding ${problem.reviewed ? "reviewed" : SEVERITY_CLASS[problem.severity]}` },
      el("span", { className: "badge" }, problem.severity),
      el("span", { className: "message" }, problem.headline),
      problem.reviewed ? el("p", { className: "numbers" }, problem.reviewed) : null,
      problem.details.length > 0 ? el("details", {}, el("summary", {}, T.details(problem.details.length)), ...problem.details.map((detail) => el("p", { className: "numbers" }, detail))) : null,
    ),
  );
  const reasons = row.verdict.kind === UNREADABLE || findings.length === 0 ? row.verdict.reasons.map((reason) => el("li", { className: "finding error" }, reason)) : [];
  return [
    el("h3", { id: "detail-heading" }, T.detailHeading(departmentName(row))),
    el("p", { className: "hint" }, row.file),
    el("p", {}, el("span", { className: `verdict ${VERDICT_CLASS[row.verdict.kind]}` }, row.verdict.kind)),
    ...row.notes.map((note) => el("p", { className: "note" }, note.message)),
    findings.length + reasons.length === 0 ? el("p", {}, T.detailNone) : el("ul", { className: "findings" }, ...reasons, ...findings),
  ];
}

function listCard(overview: Overview): HTMLElement {
  const missing = overview.missing;
  return el(
    "section",
    { className: "card roster", "aria-labelledby": "missing-heading" },
    el("h2", { id: "missing-heading" }, missing === null ? T.missingHeading(0) : T.missingHeading(missing.length)),
    missing === null ? el("p", { className: "hint" }, T.noRoster) : missing.length === 0 ? el("p", {}, T.noMissing) : el("ul", { className: "missing" }, ...missing.map((name) => el("li", {}, name))),
    ...(overview.versions.length > 0
      ? [el("h3", {}, T.versionsHeading), el("ul", { className: "versions" }, ...overview.versions.map((v) => el("li", {}, `${v.name}：${v.files.map(baseName).join("、")}`)))]
      : []),
  );
}

/** Renders `overview` into `root`, replacing what was there; `extra` is placed after the table (the consolidated report). */
export function showOverview(root: HTMLElement, overview: Overview, charts: Chart[], extra?: HTMLElement): void {
  charts.splice(0).forEach((chart) => chart.destroy());
  let sortColumn: Column | undefined;
  let descending = false;
  const rows = new Map(overview.rows.map((row) => [row, el("tr", { tabindex: "0", "data-id": String(row.id) }, ...COLUMNS.map((column) => column.cell(row)))]));
  const body = el("tbody");
  const shown = el("p", { className: "hint shown", role: "status" });
  // The findings of the row clicked open under it, across the whole table.
  const detailCell = el("td", { colspan: String(COLUMNS.length) });
  const detailRow = el("tr", { className: "detail-row" }, detailCell);

  const text = el("input", { type: "search", id: "filter-text", "aria-label": T.filterText, placeholder: T.filterText });
  const verdict = el("select", { id: "filter-verdict", "aria-label": T.filterVerdict }, el("option", { value: "" }, T.filterAll), ...FILE_VERDICTS.map((kind) => el("option", { value: kind }, kind)));
  const formats = [...new Set(overview.rows.map((row) => row.format).filter((f) => f !== null))];
  const format = el("select", { id: "filter-format", "aria-label": T.columns.format }, el("option", { value: "" }, `${T.columns.format}：${T.filterAll}`), ...formats.map((f) => el("option", { value: f! }, f!)));
  const rosterOnly = el("input", { type: "checkbox", id: "filter-roster" });
  const outliersOnly = el("input", { type: "checkbox", id: "filter-outliers" });

  const visible = (row: OverviewRow) => {
    const wanted = text.value.trim();
    return (
      (wanted === "" || row.agency.includes(wanted) || row.file.includes(wanted)) &&
      (verdict.value === "" || row.verdict.kind === verdict.value) &&
      (format.value === "" || row.format === format.value) &&
      (!rosterOnly.checked || row.notes.length > 0) &&
      (!outliersOnly.checked || RATE_KEYS.some((key) => row.rates[key].outlier))
    );
  };
  const render = () => {
    detailRow.remove();
    for (const tr of rows.values()) tr.classList.remove("selected");
    const ordered = sortColumn ? [...overview.rows].sort(sorter(sortColumn, descending)) : overview.rows;
    let count = 0;
    for (const row of ordered) {
      const tr = rows.get(row)!;
      tr.hidden = !visible(row);
      if (!tr.hidden) count++;
      body.append(tr);
    }
    say(shown, T.shown(count, overview.rows.length));
  };
  for (const control of [text, verdict, format, rosterOnly, outliersOnly]) control.addEventListener(control === text ? "input" : "change", render);

  const headers = COLUMNS.map((column) => {
    const button = el("button", { type: "button", className: "sort", title: T.sortBy(T.columns[column.key]) }, T.columns[column.key]);
    const th = el("th", { scope: "col", className: column.numeric ? "number" : undefined, "data-column": column.key }, button);
    button.addEventListener("click", () => {
      descending = sortColumn === column ? !descending : column.numeric;
      sortColumn = column;
      for (const other of thead.querySelectorAll("th")) other.removeAttribute("aria-sort");
      th.setAttribute("aria-sort", descending ? "descending" : "ascending");
      render();
    });
    return th;
  });
  const thead = el("thead", {}, el("tr", {}, ...headers));
  const open = (row: OverviewRow) => {
    const tr = rows.get(row)!;
    const wasOpen = tr.classList.contains("selected");
    for (const other of rows.values()) other.classList.remove("selected");
    detailRow.remove();
    if (wasOpen) return;
    tr.classList.add("selected");
    detailCell.replaceChildren(el("div", { className: "detail", role: "region", "aria-labelledby": "detail-heading" }, ...detail(row)));
    tr.after(detailRow);
  };
  for (const [row, tr] of rows) {
    tr.addEventListener("click", () => open(row));
    tr.addEventListener("keydown", (event) => event.key === "Enter" && open(row));
  }

  const counts = el("ul", { className: "verdicts" }, ...FILE_VERDICTS.map((kind) => el("li", { className: `verdict ${VERDICT_CLASS[kind]}`, "data-kind": kind }, T.verdictCount(kind, overview.verdicts[kind]))));
  const summary = el(
    "section",
    { className: "card", "aria-labelledby": "summary-heading" },
    el("h2", { id: "summary-heading" }, T.summaryHeading),
    el("p", { className: "summary-line" }, T.summary(overview.year ?? undefined, overview.rows.length)),
    counts,
    overview.previousFiles.length > 0 ? el("p", { className: "hint" }, T.previousUsed(overview.previousFiles.length)) : null,
  );
  const table = el(
    "section",
    { className: "card table-card", "aria-labelledby": "table-heading" },
    el("h2", { id: "table-heading" }, T.tableHeading),
    el(
      "div",
      { className: "filters" },
      text,
      verdict,
      format,
      el("span", { className: "toggle" }, rosterOnly, el("label", { for: "filter-roster" }, T.filterRoster)),
      el("span", { className: "toggle" }, outliersOnly, el("label", { for: "filter-outliers" }, T.filterOutliers)),
    ),
    shown,
    el("div", { className: "table-scroll" }, el("table", { className: "overview" }, thead, body)),
    el("p", { className: "hint" }, T.detailHint),
    el("p", { className: "hint" }, T.smallBase),
    el("p", { className: "hint" }, T.definitions),
  );
  const chartsCard = el("section", { className: "card", "aria-labelledby": "charts-heading" }, el("h2", { id: "charts-heading" }, T.chartsHeading), el("p", { className: "hint" }, T.smallBase), overviewCharts(overview, charts));
  root.replaceChildren(el("div", { className: "top" }, summary, listCard(overview)), table, chartsCard, ...(extra ? [extra] : []));
  render();
}
