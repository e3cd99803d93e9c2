// The pane's Host in Excel. Every operation takes a small, fixed number of syncs whatever the
// size of the report or the number of findings: a read takes one (two on a session's first),
// marking two at most (the fills of newly marked cells, then the writes), writing text two.
import { Finding } from "../../model/findings";
import { readWorkbook, ReadResult } from "../../reading/read";
import { CellLocation, SheetGrid } from "../../model/grid";
import { Host, InsertOptions, InsertResult, TextChangedError } from "../host";
import { sectionCells } from "../../reading/text-cells";
import { FormatId } from "../../model/types";
import { ChangeWatch, Clock, SYSTEM_CLOCK } from "./change-watch";
import { insertTemplate, TemplateSheets } from "./insert";
import { changesNothing, MarkRecord, MARKS_SETTING, parseMarks, planMarks, queueMarks, unrecordedCells } from "./marks";
import { ExcelRun } from "./run";
import { snapshotWorkbook } from "./snapshot";
import { fillBlankCells } from "./fill-zeros";
import { appendReview } from "./reviews";
import { Review } from "../../model/review";

export class ExcelHost implements Host {
  readonly kind = "excel";
  /** The sheet names of the last read: reading them needs no extra sync for their list. */
  private knownSheets: readonly string[] | null = null;
  private sheets: readonly SheetGrid[] = [];
  /** The sheets of the template inserted last (from the workbook's setting), read in preference. */
  private templateSheets: TemplateSheets | null = null;
  private marks: readonly MarkRecord[] = [];
  private readonly watchers: ChangeWatch[] = [];

  constructor(
    private readonly run: ExcelRun,
    private readonly clock: Clock = SYSTEM_CLOCK,
  ) {}

  insertTemplate(options: InsertOptions): Promise<InsertResult> {
    return this.ownWrite(() => insertTemplate(this.run, options));
  }

  async read(): Promise<ReadResult> {
    await this.snapshot();
    return readWorkbook({ sheets: this.sheets }, { sheets: this.templateSheets ?? undefined });
  }

  /**
   * Paints the findings' cells and gives the others back their fill. Only cells marked for the
   * first time have their fill read (one sync); when nothing changes nothing is written, so a
   * re-check does not clear the person's Undo history.
   */
  async mark(findings: readonly Finding[]): Promise<void> {
    const sheets = new Set(this.sheets.map((sheet) => sheet.name));
    const previous = this.marks;
    const unrecorded = unrecordedCells(findings, previous, sheets);
    // With no cell new to the marks, no fill needs reading and the plan is final now.
    const settled = unrecorded.length === 0 ? planMarks(findings, previous, () => null, sheets) : undefined;
    if (settled && changesNothing(settled, previous)) return;
    await this.ownWrite(() =>
      this.run(async (context) => {
        const fills = unrecorded.map((cell) => ({
          at: `${cell.sheet}!${cell.address}`,
          properties: context.workbook.worksheets.getItem(cell.sheet).getRange(cell.address).getCellProperties({ format: { fill: { color: true, pattern: true } } }),
        }));
        if (fills.length > 0) await context.sync();
        const current = new Map(fills.map(({ at, properties }) => [at, fillOf(properties.value[0][0])]));
        const plan = settled ?? planMarks(findings, previous, (sheet, address) => current.get(`${sheet}!${address}`) ?? null, sheets);
        queueMarks(context, plan);
        await context.sync();
        this.marks = plan.records;
      }),
    );
  }

  /** Restores every cell the record in the workbook names: needs no read before it. */
  async clearMarks(): Promise<void> {
    await this.ownWrite(() =>
      this.run(async (context) => {
        const worksheets = context.workbook.worksheets;
        worksheets.load("items/name");
        const setting = context.workbook.settings.getItemOrNullObject(MARKS_SETTING);
        setting.load("value");
        await context.sync();
        const marks = setting.isNullObject ? [] : parseMarks(setting.value);
        if (marks.length === 0) return;
        const sheets = new Set(worksheets.items.map((sheet) => sheet.name));
        queueMarks(context, { restore: marks.filter((record) => sheets.has(record.sheet)), paint: [], records: [] });
        await context.sync();
      }),
    );
    this.marks = [];
  }

  addReview(review: Review): Promise<void> {
    return this.ownWrite(() => this.run((context) => appendReview(context, review)));
  }

  fillZeros(cells: readonly CellLocation[]): Promise<number> {
    return this.ownWrite(() => this.run((context) => fillBlankCells(context, cells)));
  }

  select(location: CellLocation): Promise<void> {
    return this.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(location.sheet);
      sheet.activate();
      sheet.getRange(location.address).select();
      await context.sync();
    });
  }

  /**
   * Writes each section's text into its cell, located in the last read, but only if every
   * target cell still holds `before` (what the merge started from): otherwise it writes nothing
   * and throws TextChangedError, so text a person typed while the pane asked its questions is
   * never overwritten. Two syncs: compare, then write.
   */
  async writeText(format: FormatId, sections: Readonly<Record<string, string>>, before: Readonly<Record<string, string>>): Promise<void> {
    const cells = sectionCells({ sheets: this.preferredSheets() }, format, Object.keys(sections));
    await this.ownWrite(() =>
      this.run(async (context) => {
        const targets = Object.entries(sections).map(([section, text]) => ({
          section,
          text,
          range: context.workbook.worksheets.getItem(cells[section].sheet).getRange(cells[section].address).load("values"),
        }));
        await context.sync();
        const changed = targets.filter(({ section, range }) => cellText(range.values[0][0]) !== (before[section] ?? ""));
        if (changed.length > 0) throw new TextChangedError(changed.map(({ section }) => ({ section, ...cells[section] })));
        for (const { text, range } of targets) {
          range.values = [[text]];
          // Excel wraps the text itself; the row grows to show it (up to Excel's largest row).
          range.format.autofitRows();
        }
        await context.sync();
      }),
    );
  }

  async onChange(callback: () => void): Promise<() => Promise<void>> {
    const watch = new ChangeWatch(callback, this.clock);
    this.watchers.push(watch);
    const subscription = await this.run(async (context) => {
      const handler = context.workbook.worksheets.onChanged.add(async (args) => watch.changed(args));
      await context.sync();
      return handler;
    });
    return async () => {
      watch.stop();
      this.watchers.splice(this.watchers.indexOf(watch), 1);
      // A handler is removed in a batch on the context it was added with.
      await this.run(async (context) => {
        subscription.remove();
        await context.sync();
      }, subscription.context);
    };
  }

  /** Writes run under every watcher, so that their echoes do not trigger a re-check. */
  private ownWrite<T>(write: () => Promise<T>): Promise<T> {
    return this.watchers.reduce<() => Promise<T>>((inner, watch) => () => watch.ownWrite(inner), write)();
  }

  /** The sheets of the template inserted last when they are there, so its 正文 is written, not an older one's. */
  private preferredSheets(): readonly SheetGrid[] {
    const names = Object.values(this.templateSheets ?? {});
    const preferred = this.sheets.filter((sheet) => names.includes(sheet.name));
    return preferred.length > 0 ? preferred : this.sheets;
  }

  /** The workbook as it is now; the names of the last read save the first sync. */
  private async snapshot(): Promise<void> {
    const snapshot = await this.run((context) => snapshotWorkbook(context, this.knownSheets));
    this.knownSheets = snapshot.names;
    this.sheets = snapshot.sheets;
    this.marks = snapshot.marks;
    this.templateSheets = snapshot.template;
  }
}

/** A cell's fill colour, or null when it has none. */
function fillOf(properties: Excel.CellProperties): string | null {
  const fill = properties?.format?.fill;
  return fill && fill.pattern !== "None" && fill.color ? fill.color : null;
}

/** A cell's value as the text the reader would take from it ("" when blank). */
function cellText(value: unknown): string {
  return value === null || value === undefined ? "" : String(value);
}

