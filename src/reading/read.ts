// Reading a workbook by its labels: tables are found wherever a person moved them, and every
// difference from the template (renamed sheet, moved or altered label, missing row) is
// reported as a StructureIssue for the checks to word. Pure: hosts hand over a grid of values.
import { address, Position } from "../model/address";
import { getFormat, isFormatId, FORMATS } from "../model/formats";
import { LabelMatch, matchLabel, normalizeLabel, remembered } from "../model/labels";
import { INFO_FIELDS, isReportYear, proseParts, Report, UNKNOWN_YEAR } from "../model/report";
import { CellId, CellValue, FormatId, ReportFormat, TABLE_IDS, TableId } from "../model/types";
import { SHEET_NAMES } from "../model/sheet-names";
import { SheetKey, SheetLayout } from "../template/types";
import { workbookLayout } from "../template/workbook-layout";
import { VERDICT } from "../template/formulas";
import { CellLocation, SheetGrid, WorkbookGrid } from "../model/grid";
import { parseReviews, Review, REVIEW_SHEET } from "../model/review";
import { NianbaoError } from "../model/errors";
import { storedPrevious } from "./previous";
import { AnchoredInput, LayoutPlan, layoutPlan, PlacedLabel } from "./layout-plan";
import { derived } from "../model/derived";

export type StructureCode =
  | "sheet-missing"
  | "sheet-renamed"
  | "label-changed"
  | "row-moved"
  | "row-missing"
  | "column-moved"
  | "column-missing"
  | "format-mismatch"
  | "info-missing"
  /** 机关名称 blank, or 报告年度 blank or not a year. */
  | "info-invalid"
  /** Several sheets hold one table and none is the template's (or the preferred) sheet. */
  | "sheet-ambiguous"
  /** A label written otherwise than the format prints it, but recognised by its meaning (matchLabel). */
  | "label-variant"
  /** A row or column label of a JSON report that means none of the format's: its values were not read. */
  | "label-unknown"
  /** A parent row written as one where the format has sub-rows (a 2019-style （六）其他处理 in a 2021 table). */
  | "row-collapsed";

/** A difference between the workbook and the template; the checks' catalogue words it. */
export interface StructureIssue {
  readonly code: StructureCode;
  readonly sheet?: string;
  readonly address?: string;
  readonly params: Readonly<Record<string, string | number>>;
}

export interface ReadResult {
  readonly report: Report;
  /**
   * Where each input cell (by id), information field (by its label) and prose section (by its
   * title) was read; one whose row, column or label is missing has no location.
   */
  readonly locations: Readonly<Record<CellId, CellLocation>>;
  readonly issues: readonly StructureIssue[];
  /** The warnings a person confirmed (已核实), from the workbook's review sheet. */
  readonly reviews: readonly Review[];
  /** Last year's report, when the workbook keeps it (made by 新建下一年度). */
  readonly previous?: Report;
}

/** No table of the report could be found in the workbook. */
export class NotAReportError extends NianbaoError {
  constructor(message: string) {
    super("notAReport", message);
  }
}

/** A sheet's text cells by normalised label. */
class SheetIndex {
  private readonly positions = new Map<string, Position[]>();
  private readonly scores = new Map<SheetLayout, number>();

  constructor(readonly grid: SheetGrid) {
    const rows = grid.values;
    for (let r = 0; r < rows.length; r++) {
      const cells = rows[r];
      for (let c = 0; c < cells.length; c++) {
        const value = cells[c];
        if (typeof value !== "string" || value.trim() === "") continue;
        const key = normalizeLabel(value);
        const list = this.positions.get(key);
        if (list) list.push({ row: r + 1, column: c + 1 });
        else this.positions.set(key, [{ row: r + 1, column: c + 1 }]);
      }
    }
  }

  has(label: string): boolean {
    return this.hasKey(normalizeLabel(label));
  }

  /** Whether a label already normalised stands on the sheet. */
  hasKey(key: string): boolean {
    return this.positions.has(key);
  }

  /** The occurrence of the label with this key nearest to where it is expected. */
  nearest(key: string, expected: Position): Position | undefined {
    const list = this.positions.get(key);
    if (!list) return undefined;
    const distance = (p: Position) => Math.abs(p.row - expected.row) * 4 + Math.abs(p.column - expected.column);
    return list.reduce((best, p) => (distance(p) < distance(best) ? p : best));
  }

  value(at: Position): CellValue {
    const value = this.grid.values[at.row - 1]?.[at.column - 1];
    if (value === undefined || value === null || value === "") return null;
    return typeof value === "number" || typeof value === "string" ? value : String(value);
  }

  /** How many of the layout's distinct labels the sheet carries: asked for every table and format. */
  score(layout: SheetLayout): number {
    let score = this.scores.get(layout);
    if (score === undefined) {
      score = 0;
      for (const key of layoutPlan(layout).labelKeys) if (this.positions.has(key)) score += 1;
      this.scores.set(layout, score);
    }
    return score;
  }
}

/** The format whose labels the workbook's tables carry; ties go to the stated format. */
function detectFormat(indexes: readonly SheetIndex[], stated: FormatId | undefined): FormatId {
  const total = (id: FormatId) =>
    workbookLayout(getFormat(id), 2000)
      .sheets.filter((s) => s.key !== "info" && s.key !== "text")
      .reduce((sum, layout) => sum + Math.max(0, ...indexes.map((index) => index.score(layout))), 0);
  const [a, b] = [total("2021"), total("2019")];
  if (a === b) return stated ?? "2021";
  return a > b ? "2021" : "2019";
}

/**
 * The sheet holding a table: the preferred or the template's name when that sheet carries the
 * table's labels, else the one sheet that does. Several such sheets (last year's copy beside
 * this year's) are never chosen between by their order: they come back as `ambiguous`.
 */
function findSheet(indexes: readonly SheetIndex[], layout: SheetLayout, preferred: string | undefined): { index?: SheetIndex; ambiguous?: string[] } {
  const scored = indexes.map((index) => ({ index, score: index.score(layout) }));
  const best = Math.max(0, ...scored.map((s) => s.score));
  const comparable = (s: { score: number }) => s.score > 0 && s.score * 2 >= best;
  for (const name of [preferred, layout.name]) {
    const named = scored.find((s) => s.index.grid.name === name);
    if (named && comparable(named)) return { index: named.index };
  }
  const candidates = scored.filter((s) => s.score >= 3 && comparable(s));
  if (candidates.length > 1) return { ambiguous: candidates.map((s) => s.index.grid.name) };
  return { index: candidates[0]?.index };
}

/** What the template writes on a sheet (labels, check headings, verdicts), as compared. */
const templateTexts = derived(
  (layout: SheetLayout): ReadonlySet<string> => new Set(layout.statics.flatMap((s) => [s.text, s.result]).filter((t) => typeof t === "string").map((t) => normalizeLabel(t as string))),
);

/** Whether `text` is something the template itself writes on the sheet: a label, a check heading or a verdict. */
function isTemplateText(layout: SheetLayout, text: string): boolean {
  const trimmed = text.trim();
  return templateTexts(layout).has(normalizeLabel(text)) || trimmed === VERDICT.unreadable || trimmed.startsWith(VERDICT.failPrefix);
}

interface Anchored {
  readonly found?: Position;
  /** Where the label should be, after the shifts of the labels before it. */
  readonly expected: Position;
  readonly anchor: PlacedLabel;
}

/** A label found where `official` belongs: a variant when it means the same, else a changed label. */
function labelCode(official: string, found: string): StructureCode {
  return matchLabel([official], found)?.variant ? "label-variant" : "label-changed";
}

/** Reads one table's sheet. */
class TableReader {
  readonly issues: StructureIssue[] = [];
  private readonly anchors = new Map<string, Anchored>();
  private readonly plan: LayoutPlan;

  constructor(
    private readonly table: TableId,
    private readonly layout: SheetLayout,
    private readonly index: SheetIndex,
  ) {
    this.plan = layoutPlan(layout);
  }

  read(values: Record<CellId, CellValue>, locations: Record<CellId, CellLocation>): void {
    const sheet = this.index.grid.name;
    this.locateAnchors("row");
    this.locateAnchors("column");
    this.reportAlteredLabels();
    for (const input of this.plan.inputs) {
      const at = this.positionOf(input);
      if (!at) continue;
      values[input.id] = this.index.value(at);
      const moved = at.row !== input.home.row || at.column !== input.home.column;
      locations[input.id] = { sheet, address: moved ? address(at.row, at.column) : input.homeAddress };
    }
  }

  /**
   * Finds each anchor label near where the labels before it say it should be, and reports
   * the first label of every run that moved, the labels that changed and those that are gone.
   */
  private locateAnchors(axis: "row" | "column"): void {
    let shift = { row: 0, column: 0 };
    for (const anchor of this.plan.anchors[axis]) {
      const { home } = anchor;
      const expected = { row: home.row + shift.row, column: home.column + shift.column };
      const found = this.index.nearest(anchor.key, expected);
      const sheet = this.index.grid.name;
      if (found) {
        const moved = found[axis] - home[axis];
        if (moved !== shift[axis])
          this.issues.push({
            code: axis === "row" ? "row-moved" : "column-moved",
            sheet,
            address: address(found.row, found.column),
            params: { table: this.table, label: anchor.text, expected: anchor.address, found: address(found.row, found.column), shift: moved },
          });
        shift = { row: found.row - home.row, column: found.column - home.column };
      } else {
        const there = this.index.value(expected);
        // The template's own text there (a check heading below a deleted last row, another label)
        // means the row is gone, not that its label was rewritten.
        if (typeof there === "string" && !isTemplateText(this.layout, there))
          this.issues.push({
            code: labelCode(anchor.text, there),
            sheet,
            address: address(expected.row, expected.column),
            params: { table: this.table, expected: anchor.text, found: there },
          });
        else
          this.issues.push({
            code: axis === "row" ? "row-missing" : "column-missing",
            sheet,
            address: address(expected.row, expected.column),
            params: { table: this.table, label: anchor.text },
          });
      }
      const code = this.issues[this.issues.length - 1]?.code;
      const changed = !found && (code === "label-changed" || code === "label-variant");
      // A missing row or column was most likely deleted: the labels after it stand one closer.
      if (!found && !changed) shift = { ...shift, [axis]: shift[axis] - 1 };
      this.anchors.set(anchor.address, { found: found ?? (changed ? expected : undefined), expected, anchor });
    }
  }

  /** Titles, headers and notes that are not anchors must still read as the format prints them. */
  private reportAlteredLabels(): void {
    const shift = [...this.anchors.values()].find((a) => a.found);
    const dr = shift?.found ? shift.found.row - shift.anchor.home.row : 0;
    const dc = shift?.found ? shift.found.column - shift.anchor.home.column : 0;
    for (const label of this.plan.labels) {
      if (this.anchors.has(label.address) || this.index.hasKey(label.key)) continue;
      const at = { row: label.home.row + dr, column: label.home.column + dc };
      const there = this.index.value(at);
      this.issues.push({
        code: there === null ? "label-changed" : labelCode(label.text, String(there)),
        sheet: this.index.grid.name,
        address: address(at.row, at.column),
        params: { table: this.table, expected: label.text, found: there === null ? "" : String(there) },
      });
    }
  }

  private positionOf({ home, row, column }: AnchoredInput): Position | undefined {
    const rowAt = row && this.anchors.get(row.address);
    const columnAt = column && this.anchors.get(column.address);
    if ((row && !rowAt?.found) || (column && !columnAt?.found)) return undefined;
    // 表四 has no row labels: its figures stand a fixed distance below their column headers.
    const dr = rowAt?.found && row ? rowAt.found.row - row.home.row : columnAt!.found!.row - column!.home.row;
    const dc = columnAt?.found && column ? columnAt.found.column - column.home.column : 0;
    return { row: home.row + dr, column: home.column + dc };
  }
}

/** Where a field's value is: the cell right of its label. */
function fieldRightOf(index: SheetIndex, label: string): { value: CellValue; at: Position } | undefined {
  const found = index.nearest(normalizeLabel(label), { row: 1, column: 1 });
  if (!found) return undefined;
  const at = { row: found.row, column: found.column + 1 };
  return { value: index.value(at), at };
}

/** The sheet preferred by name (the caller's choice first, then the template's), else `fallback`. */
function preferredSheet(indexes: readonly SheetIndex[], names: readonly (string | undefined)[], fits: (index: SheetIndex) => boolean): SheetIndex | undefined {
  for (const name of names) {
    const named = name === undefined ? undefined : indexes.find((index) => index.grid.name === name && fits(index));
    if (named) return named;
  }
  return undefined;
}

const isBlank = (value: CellValue) => value === null || String(value).trim() === "";

/** 报告年度 as typed: 2025, "2025", "2025年", "２０２５年度"; undefined when it is none of these. */
function parseYear(value: CellValue): number | undefined {
  const year = typeof value === "number" ? value : Number(String(value ?? "").normalize("NFKC").replace(/\s+/gu, "").match(/^(\d{4})年?度?$/)?.[1]);
  return isReportYear(year) ? year : undefined;
}

function readInfo(indexes: readonly SheetIndex[], preferred: string | undefined, issues: StructureIssue[], locations: Record<string, CellLocation>) {
  const hasFields = (index: SheetIndex) => index.has(INFO_FIELDS.agency);
  const index =
    preferredSheet(indexes, [preferred, SHEET_NAMES.info], hasFields) ?? indexes.find((i) => i.has(INFO_FIELDS.agency) && i.has(INFO_FIELDS.year));
  const sheet = index?.grid.name ?? preferred ?? SHEET_NAMES.info;
  const field = (label: string): CellValue => {
    const found = index && fieldRightOf(index, label);
    if (found) locations[label] = { sheet, address: address(found.at.row, found.at.column) };
    return found?.value ?? null;
  };
  /** A field the report cannot do without: its label must be there and its value readable. */
  const required = <T>(label: string, parse: (value: CellValue) => T | undefined): T | undefined => {
    const found = index && fieldRightOf(index, label);
    if (!found) {
      issues.push({ code: "info-missing", sheet, params: { field: label } });
      return undefined;
    }
    const at = address(found.at.row, found.at.column);
    locations[label] = { sheet, address: at };
    const parsed = parse(found.value);
    if (parsed === undefined) issues.push({ code: "info-invalid", sheet, address: at, params: { field: label, found: found.value === null ? "" : String(found.value) } });
    return parsed;
  };
  const agency = required(INFO_FIELDS.agency, (value) => (isBlank(value) ? undefined : String(value).trim()));
  const year = required(INFO_FIELDS.year, parseYear);
  const stated = String(field(INFO_FIELDS.format) ?? "").trim();
  const fee = { charged: field(INFO_FIELDS.feeCharged), cases: field(INFO_FIELDS.feeCases), amount: field(INFO_FIELDS.feeAmount) };
  const procurementUnit = field(INFO_FIELDS.procurementUnit);
  return {
    agency: agency ?? "",
    year: year ?? UNKNOWN_YEAR,
    format: isFormatId(stated) ? stated : undefined,
    fee,
    procurementUnit,
  };
}

/** The prose part a text is the title of (matchLabel), remembered: 正文's titles and headings recur in every report. */
const proseTitle = derived((format: ReportFormat): ((written: string) => LabelMatch | undefined) => {
  const parts = proseParts(format);
  return remembered((written) => matchLabel(parts, written));
});

/**
 * The prose sections of the text sheet, by their titles matched as labels are (matchLabel): a
 * variant title is read under the official one and reported; a title that means no section is
 * kept under its own words, so that nothing a person wrote is dropped.
 */
function readText(
  indexes: readonly SheetIndex[],
  format: ReportFormat,
  preferred: string | undefined,
  locations: Record<string, CellLocation>,
  issues: StructureIssue[],
): Record<string, string> {
  const titleOf = proseTitle(format);
  const titles = (index: SheetIndex) =>
    index.grid.values.flatMap((cells, r) =>
      cells.flatMap((value, c) => {
        const match = typeof value === "string" && value.trim() !== "" ? titleOf(value) : undefined;
        return match ? [{ written: value as string, match, row: r + 1, column: c + 1 }] : [];
      }),
    );
  const hasSections = (index: SheetIndex) => new Set(titles(index).map((t) => t.match.label)).size >= 3;
  const index = preferredSheet(indexes, [preferred, SHEET_NAMES.text], () => true) ?? indexes.find(hasSections);
  const text: Record<string, string> = {};
  if (!index) return text;
  const sheet = index.grid.name;
  // Official titles first; of two copies of one title, the one in the column the titles stand in
  // (a note repeating a title elsewhere is not its section), then the one nearest A1.
  const all = titles(index);
  const perColumn = new Map<number, number>();
  for (const t of all) perColumn.set(t.column, (perColumn.get(t.column) ?? 0) + 1);
  const titleColumn = [...perColumn].sort((a, b) => b[1] - a[1])[0]?.[0];
  const fromA1 = (t: { row: number; column: number }) => (t.row - 1) * 4 + (t.column - 1);
  const rank = (t: (typeof all)[number]) => [Number(t.match.variant), Number(t.column !== titleColumn), fromA1(t)];
  const found = all.sort((a, b) => {
    const [x, y] = [rank(a), rank(b)];
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
  });
  for (const { written, match, row, column } of found) {
    // A variant never takes a section whose official title stands elsewhere on the sheet.
    if (locations[match.label]?.sheet === sheet) continue;
    locations[match.label] = { sheet, address: address(row, column + 1) };
    const value = index.value({ row, column: column + 1 });
    if (value !== null) text[match.label] = String(value);
    if (match.variant) issues.push({ code: "label-variant", sheet, address: address(row, column), params: { table: "text", expected: match.label, found: written } });
  }
  const titleColumns = new Set(found.map((t) => t.column));
  const firstRow = Math.min(...found.map((t) => t.row));
  index.grid.values.forEach((cells, r) =>
    cells.forEach((title, c) => {
      if (r + 1 <= firstRow || !titleColumns.has(c + 1) || typeof title !== "string" || title.trim() === "") return;
      if (found.some((t) => t.row === r + 1 && t.column === c + 1)) return;
      const value = index.value({ row: r + 1, column: c + 2 });
      if (value !== null && String(value).trim() !== "") text[title.trim()] = String(value);
    }),
  );
  return text;
}

/** Which sheets to read when a workbook holds more than one copy of the template. */
export interface ReadOptions {
  /** The sheet to read for each part, by name; it wins over the template's names and over label matching. */
  readonly sheets?: Partial<Record<SheetKey, string>>;
}

/**
 * Where the template puts every input cell (by id), information field (by label) and prose
 * section (by title): the locations of a report that was not read from a workbook (JSON).
 */
export const templateLocations = derived((format: ReportFormat): Readonly<Record<string, CellLocation>> => {
  const found: Record<string, CellLocation> = {};
  // Positions do not depend on the year.
  for (const sheet of workbookLayout(format, UNKNOWN_YEAR).sheets) {
    for (const input of sheet.inputs) found[input.cell.id] = { sheet: sheet.name, address: input.address };
    for (const field of sheet.fields) found[field.label] = { sheet: sheet.name, address: field.address };
  }
  return found;
});

/** Reads a report out of a workbook grid, locating every table by its labels. */
export function readWorkbook(grid: WorkbookGrid, options: ReadOptions = {}): ReadResult {
  const preferred = options.sheets ?? {};
  const indexes = grid.sheets.map((sheet) => new SheetIndex(sheet));
  const issues: StructureIssue[] = [];
  const locations: Record<string, CellLocation> = {};
  const info = readInfo(indexes, preferred.info, issues, locations);
  const formatId = detectFormat(indexes, info.format);
  if (info.format && info.format !== formatId)
    issues.push({ code: "format-mismatch", sheet: SHEET_NAMES.info, params: { stated: info.format, found: formatId } });
  const format = FORMATS[formatId];
  const layouts = workbookLayout(format, info.year);
  const values: Record<CellId, CellValue> = {};
  let tablesFound = 0;
  for (const table of TABLE_IDS) {
    const layout = layouts.sheets.find((s) => s.key === table)!;
    for (const input of layout.inputs) values[input.cell.id] = null;
    const found = findSheet(indexes, layout, preferred[table]);
    if (found.ambiguous) {
      tablesFound += 1;
      issues.push({ code: "sheet-ambiguous", params: { table, expected: layout.name, found: found.ambiguous.join("、"), count: found.ambiguous.length } });
      continue;
    }
    const index = found.index;
    if (!index) {
      issues.push({ code: "sheet-missing", params: { table, expected: layout.name } });
      continue;
    }
    tablesFound += 1;
    if (index.grid.name !== layout.name && index.grid.name !== preferred[table])
      issues.push({ code: "sheet-renamed", sheet: index.grid.name, params: { table, expected: layout.name, found: index.grid.name } });
    const reader = new TableReader(table, layout, index);
    reader.read(values, locations);
    issues.push(...reader.issues);
  }
  if (tablesFound === 0) throw new NotAReportError("这个工作簿里找不到政府信息公开年报的表格（表二、表三、表四）。请确认打开的是年报工作簿，或先插入年报模板。");
  return {
    report: { format: formatId, year: info.year, agency: info.agency, values, fee: info.fee, ...(info.procurementUnit !== null ? { procurementUnit: info.procurementUnit } : {}), text: readText(indexes, format, preferred.text, locations, issues) },
    locations,
    issues,
    reviews: parseReviews(grid.sheets.find((sheet) => sheet.name === REVIEW_SHEET)?.values ?? []),
    previous: storedPrevious(grid),
  };
}
