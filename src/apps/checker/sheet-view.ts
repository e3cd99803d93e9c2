// A read-only rendering of the open workbook, sheet by sheet, as a grid with Excel's row
// numbers and column letters: marked cells in the marks' colours, and the cell a finding points
// at outlined, scrolled into view and named in a callout ("三、依申请公开!D9").
import { address, columnName, parseAddress } from "../../model/address";
import { CellLocation, WorkbookGrid } from "../../model/grid";
import { el } from "../../hosts/browser/dom";
import { CellMark, WorkbookView } from "../../hosts/browser/file-host";
import { CHECKER_TEXT as T } from "../../catalogue/checker-messages";
import { MARK_FILLS } from "../../template/style";

const MARK_CLASS = { 错误: "mark-error", 警告: "mark-warning", 提示: "mark-hint" } as const;

/** A report's tables are about 60 × 10; beyond this the page would build millions of cells. */
const MAX_ROWS = 2000;
const MAX_COLUMNS = 100;

/**
 * The rows (or columns) shown of `total`: the first `limit`, or `limit` around the selected one,
 * which is shown even when it is a blank past the last value.
 */
function shownSpan(total: number, selected: number | undefined, limit: number): { first: number; last: number } {
  const first = selected !== undefined && selected > limit ? selected - Math.floor(limit / 2) : 1;
  return { first, last: Math.min(Math.max(total, selected ?? 0), first + limit - 1) };
}

export class SheetView implements WorkbookView {
  private grid: WorkbookGrid | null = null;
  private marks: readonly CellMark[] = [];
  private sheet = "";
  private selected: CellLocation | null = null;
  private readonly tabs = el("div", { className: "sheet-tabs", role: "tablist", "aria-label": T.sheetTabs });
  private readonly callout = el("div", { className: "callout", role: "status", "aria-live": "polite", hidden: true });
  private readonly scroller = el("div", { className: "sheet-scroll", tabindex: "0", role: "tabpanel" });

  constructor(root: HTMLElement) {
    this.scroller.append(el("p", { className: "hint" }, T.viewerEmpty));
    root.replaceChildren(el("h2", {}, T.viewerHeading), this.tabs, this.callout, this.scroller);
  }

  showWorkbook(grid: WorkbookGrid): void {
    this.grid = grid;
    if (!grid.sheets.some((s) => s.name === this.sheet)) this.sheet = grid.sheets[0]?.name ?? "";
    this.render();
  }

  showMarks(marks: readonly CellMark[]): void {
    this.marks = marks;
    this.render();
  }

  showCell(location: CellLocation): void {
    if (!this.grid?.sheets.some((s) => s.name === location.sheet)) {
      this.callout.hidden = false;
      this.callout.replaceChildren(el("strong", {}, T.cellNotFound(location.sheet)));
      return;
    }
    this.sheet = location.sheet;
    this.selected = location;
    this.render();
    const cell = this.scroller.querySelector<HTMLElement>("td.selected");
    cell?.scrollIntoView({ block: "center", inline: "center" });
  }

  private render(): void {
    const grid = this.grid;
    if (!grid) return;
    this.tabs.replaceChildren(
      ...grid.sheets.map((sheet) => {
        const tab = el("button", { type: "button", role: "tab", className: "tab", "aria-selected": String(sheet.name === this.sheet) }, sheet.name);
        tab.addEventListener("click", () => {
          this.sheet = sheet.name;
          this.render();
        });
        return tab;
      }),
    );
    const sheet = grid.sheets.find((s) => s.name === this.sheet);
    if (!sheet) return;
    const marks = new Map(this.marks.filter((m) => m.sheet === sheet.name).map((m) => [m.address, m]));
    const width = sheet.values.reduce((widest, row) => Math.max(widest, row.length), 0);
    const selected = this.selected?.sheet === sheet.name ? parseAddress(this.selected.address) : null;
    const rows = shownSpan(sheet.values.length, selected?.row, MAX_ROWS);
    const columns = shownSpan(width, selected?.column, MAX_COLUMNS);
    const head = el("tr", {}, el("th", { className: "corner" }));
    for (let c = columns.first; c <= columns.last; c++) head.append(el("th", { scope: "col", className: selected?.column === c ? "current" : undefined }, columnName(c)));
    // Rows are appended one by one: spreading a sheet's rows into one call overflows the stack.
    const body = el("tbody");
    for (let r = rows.first; r <= rows.last; r++) {
      const row = sheet.values[r - 1] ?? [];
      const tr = el("tr", {}, el("th", { scope: "row", className: selected?.row === r ? "current" : undefined }, String(r)));
      for (let c = columns.first; c <= columns.last; c++) {
        const at = address(r, c);
        const mark = marks.get(at);
        const isSelected = selected?.row === r && selected.column === c;
        const value = row[c - 1];
        const classes = [typeof value === "number" ? "number" : typeof value === "string" && value.length > 60 ? "long" : "", mark ? MARK_CLASS[mark.severity] : "", isSelected ? "selected" : ""].filter(Boolean).join(" ");
        const td = el("td", { className: classes || undefined, "data-address": at, title: mark ? mark.messages.join("\n") : undefined }, value === null || value === undefined ? "" : String(value));
        // The fill the marked workbook gets, so the page and the downloaded file agree.
        if (mark) td.style.backgroundColor = MARK_FILLS[mark.severity];
        tr.append(td);
      }
      body.append(tr);
    }
    const partial = rows.last - rows.first + 1 < sheet.values.length || columns.last - columns.first + 1 < width;
    this.scroller.replaceChildren(
      ...(partial ? [el("p", { className: "hint" }, T.partialSheet(sheet.name, address(rows.first, columns.first), address(rows.last, columns.last), sheet.values.length, width))] : []),
      el("table", { className: "sheet" }, el("thead", {}, head), body),
    );
    this.renderCallout(sheet.values, marks);
  }

  private renderCallout(values: WorkbookGrid["sheets"][number]["values"], marks: ReadonlyMap<string, CellMark>): void {
    const location = this.selected;
    this.callout.hidden = !location || location.sheet !== this.sheet;
    if (!location || this.callout.hidden) return;
    const at = parseAddress(location.address);
    const value = values[at.row - 1]?.[at.column - 1];
    const mark = marks.get(location.address);
    this.callout.replaceChildren(
      el("strong", {}, T.cellShown(location.sheet, location.address)),
      el("span", {}, T.cellValue(value === null || value === undefined ? T.blank : String(value))),
      ...(mark ? [el("p", {}, T.problems(mark.messages.length)), el("ul", {}, ...mark.messages.map((m) => el("li", {}, m)))] : []),
    );
  }
}
