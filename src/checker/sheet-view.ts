// A read-only rendering of the open workbook, sheet by sheet, as a grid with Excel's row
// numbers and column letters: marked cells in the marks' colours, and the cell a finding points
// at outlined, scrolled into view and named in a callout ("三、依申请公开!D9").
import { address, columnName, parseAddress } from "../report/address";
import { CellLocation, WorkbookGrid } from "../report/read";
import { el } from "../taskpane/dom";
import { CellMark, WorkbookView } from "./file-host";
import { CHECKER_TEXT as T } from "./messages";

const MARK_CLASS = { 错误: "mark-error", 警告: "mark-warning", 提示: "mark-hint" } as const;

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
    const width = Math.max(1, ...sheet.values.map((row) => row.length));
    const selected = this.selected?.sheet === sheet.name ? parseAddress(this.selected.address) : null;
    const head = el("tr", {}, el("th", { className: "corner" }), ...Array.from({ length: width }, (_, c) => el("th", { scope: "col", className: selected?.column === c + 1 ? "current" : undefined }, columnName(c + 1))));
    const rows = sheet.values.map((row, r) =>
      el(
        "tr",
        {},
        el("th", { scope: "row", className: selected?.row === r + 1 ? "current" : undefined }, String(r + 1)),
        ...Array.from({ length: width }, (_, c) => {
          const at = address(r + 1, c + 1);
          const mark = marks.get(at);
          const isSelected = selected?.row === r + 1 && selected.column === c + 1;
          const value = row[c];
          const classes = [typeof value === "number" ? "number" : typeof value === "string" && value.length > 60 ? "long" : "", mark ? MARK_CLASS[mark.severity] : "", isSelected ? "selected" : ""].filter(Boolean).join(" ");
          return el("td", { className: classes || undefined, "data-address": at, title: mark ? mark.messages.join("\n") : undefined }, value === null || value === undefined ? "" : String(value));
        }),
      ),
    );
    this.scroller.replaceChildren(el("table", { className: "sheet" }, el("thead", {}, head), el("tbody", {}, ...rows)));
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
