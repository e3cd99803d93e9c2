// The three official tables as grids with merged cells, derived from the sheet layout (which is
// derived from the format), so the published tables match the template cell for cell.
import { showNumber } from "../checks/findings";
import { CellValue, TABLE_IDS } from "../model/types";
import { Report } from "../model/report";
import { address, parseRange } from "../model/address";
import { getFormat } from "../model/formats";
import { SheetLayout } from "../template/types";
import { workbookLayout } from "../template/workbook-layout";

export interface GridCell {
  /** The cell's text; a label keeps the template's wrap points as "\n", so it breaks between words here too. */
  readonly text: string;
  readonly rowSpan: number;
  readonly colSpan: number;
  /** A heading (column headers, article lines, the corner note) rather than a row label or figure. */
  readonly heading: boolean;
  /** A figure: centred in its cell in print, as the official tables show them. */
  readonly figure: boolean;
}

export interface TableGrid {
  readonly table: "二" | "三" | "四";
  readonly title: string;
  /** Width of each column in the sheet's character units, for proportional widths in print. */
  readonly widths: readonly number[];
  /** Each row lists only the cells that start there; cells covered by a merge are left out. */
  readonly rows: readonly (readonly GridCell[])[];
}

/** A cell's value as the report shows it: numbers without binary noise (0.1 + 0.2 as 0.3), text as typed, blank as blank. */
function shownValue(value: CellValue): string {
  if (value === null) return "";
  return typeof value === "number" ? showNumber(value) : value;
}

function grid(sheet: SheetLayout, report: Report): TableGrid {
  const area = parseRange(sheet.print.area);
  const title = sheet.statics.find((s) => s.role === "title")?.text ?? sheet.name;
  const firstRow = area.top + 1; // the title row is printed as the table's caption
  const spans = new Map<string, { rowSpan: number; colSpan: number }>();
  const covered = new Set<string>();
  for (const merge of sheet.merges) {
    const m = parseRange(merge);
    if (m.top < firstRow) continue;
    spans.set(`${m.top},${m.left}`, { rowSpan: m.bottom - m.top + 1, colSpan: m.right - m.left + 1 });
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(`${r},${c}`);
  }
  const statics = new Map(sheet.statics.map((s) => [s.address, s]));
  const inputs = new Map(sheet.inputs.map((i) => [i.address, i]));
  const rows: GridCell[][] = [];
  for (let r = firstRow; r <= area.bottom; r++) {
    const row: GridCell[] = [];
    for (let c = area.left; c <= area.right; c++) {
      if (covered.has(`${r},${c}`)) continue;
      const at = address(r, c);
      const span = spans.get(`${r},${c}`) ?? { rowSpan: 1, colSpan: 1 };
      const input = inputs.get(at);
      const fixed = statics.get(at);
      const text = input ? shownValue(report.values[input.cell.id] ?? null) : (fixed?.text ?? "");
      row.push({ text, ...span, heading: !input && fixed?.role !== "label", figure: input !== undefined });
    }
    rows.push(row);
  }
  return { table: sheet.key as TableGrid["table"], title, widths: sheet.columnWidths.slice(area.left - 1, area.right), rows };
}

/** The rows of headings only at the top of a table: they repeat on every page the table runs onto. */
export function leadingHeaderRows(grid: TableGrid): number {
  const first = grid.rows.findIndex((row) => !row.every((c) => c.heading));
  return first < 0 ? 0 : first;
}

/** 表二, 表三 and 表四 of a report, as printed. */
export function officialTables(report: Report): TableGrid[] {
  const layout = workbookLayout(getFormat(report.format), report.year);
  return TABLE_IDS.map((key) => grid(layout.sheets.find((sheet) => sheet.key === key)!, report));
}
