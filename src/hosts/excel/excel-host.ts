// The pane's Host in Excel. Every operation takes a small, fixed number of syncs whatever the
// size of the report or the number of findings: a read takes one (two on a session's first),
// marking two at most (the fills of newly marked cells, then the writes), writing text two.
import { Finding } from "../../model/findings";
import { readWorkbook, ReadResult } from "../../reading/read";
import { CellLocation, SheetGrid } from "../../model/grid";
import { Host, InsertOptions, InsertResult, MarkOutcome, NextYearResult, TextChangedError, TextLockedError, TextWritten } from "../host";
import { sectionCells } from "../../reading/text-cells";
import { ChangeWatch, Clock, SYSTEM_CLOCK } from "./change-watch";
import { insertTemplate, TemplateSheets } from "./insert";
import { cellsToMark, changesNothing, MarkRecord, parseMarks, planMarks, unrecordedCells } from "../marks";
import { MARKS_SETTING, queueMarks } from "./marks";
import { ExcelRun, inBatch } from "./run";
import { snapshotWorkbook } from "./snapshot";
import { fillBlankCells } from "./fill-zeros";
import { appendReview } from "./reviews";
import { Review } from "../../model/review";

/** Bytes as base64, in slices small enough for String.fromCharCode's arguments. */
function base64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export class ExcelHost implements Host {
  readonly kind = "excel";
  /** The sheet names of the last read: reading them needs no extra sync for their list. */
  private knownSheets: readonly string[] | null = null;
  private sheets: readonly SheetGrid[] = [];
  /** The last read: the 正文 cells it located are where text is written. */
  private lastRead: ReadResult | null = null;
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

  /**
   * Opens next year's workbook as a new workbook (Excel.createWorkbook, ExcelApi 1.8, below the
   * add-in's minimum); this workbook is not touched. The .xlsx writer loads only when asked for.
   */
  async nextYear(): Promise<NextYearResult> {
    const read = await this.read();
    const { nextYearFile } = await import(/* webpackChunkName: "next-year" */ "../file/next-year");
    const next = await nextYearFile(read);
    await Excel.createWorkbook(base64(next.bytes));
    return { status: "opened", year: next.year, previousYear: next.previousYear };
  }

  async read(): Promise<ReadResult> {
    await this.snapshot();
    this.lastRead = readWorkbook({ sheets: this.sheets }, { sheets: this.templateSheets ?? undefined });
    return this.lastRead;
  }

  /**
   * Paints the findings' cells and gives the others back their fill, in two syncs: the fills of
   * cells marked for the first time and the protection of the sheets involved, then the writes.
   * A sheet protected without "format cells" (Excel's default when a person re-protects it)
   * refuses fills: it is left as it is and named in the outcome. When nothing changes nothing is
   * written, so a re-check does not clear the person's Undo history.
   */
  async mark(findings: readonly Finding[]): Promise<MarkOutcome> {
    const existing = new Set(this.sheets.map((sheet) => sheet.name));
    const previous = this.marks;
    const unrecorded = unrecordedCells(findings, previous, existing);
    if (unrecorded.length === 0 && changesNothing(planMarks(findings, previous, () => null, existing), previous)) return { refused: [] };
    const involved = [...new Set([...cellsToMark(findings, existing).map((cell) => cell.sheet), ...previous.map((record) => record.sheet)])].filter((sheet) => existing.has(sheet));
    return this.ownWrite(() =>
      inBatch(this.run, async (context) => {
        const worksheets = context.workbook.worksheets;
        const protections = involved.map((sheet) => ({ sheet, protection: worksheets.getItem(sheet).protection.load("protected,options") }));
        const fills = unrecorded.map((cell) => ({
          at: `${cell.sheet}!${cell.address}`,
          properties: worksheets.getItem(cell.sheet).getRange(cell.address).getCellProperties({ format: { fill: { color: true, pattern: true } } }),
        }));
        await context.sync();
        const refused = protections.filter(({ protection }) => protection.protected && !protection.options.allowFormatCells).map(({ sheet }) => sheet);
        const paintable = new Set([...existing].filter((sheet) => !refused.includes(sheet)));
        const current = new Map(fills.map(({ at, properties }) => [at, fillOf(properties.value[0][0])]));
        const plan = planMarks(findings, previous, (sheet, address) => current.get(`${sheet}!${address}`) ?? null, paintable);
        // A refusing sheet's earlier marks stay recorded, so that they can be cleared later.
        const kept = { ...plan, records: [...plan.records, ...previous.filter((record) => !paintable.has(record.sheet))] };
        if (!changesNothing(kept, previous)) {
          queueMarks(context, kept);
          try {
            await context.sync();
          } finally {
            // What the workbook records now, whether or not every fill went through.
            this.marks = kept.records;
          }
        }
        return { refused };
      }),
    );
  }

  /** Restores every cell the record in the workbook names: needs no read before it. */
  async clearMarks(): Promise<void> {
    await this.ownWrite(() =>
      inBatch(this.run, async (context) => {
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
    return this.ownWrite(() => inBatch(this.run, (context) => appendReview(context, review)));
  }

  fillZeros(cells: readonly CellLocation[]): Promise<number> {
    return this.ownWrite(() => inBatch(this.run, (context) => fillBlankCells(context, cells)));
  }

  select(location: CellLocation): Promise<void> {
    return inBatch(this.run, async (context) => {
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
   * never overwritten. A batch stops at its first failing action, so what Excel would refuse
   * is found first: a locked cell on a protected sheet writes nothing (TextLockedError), and
   * rows are fitted only where the protection allows it, after every value. Two syncs: compare, then write.
   */
  async writeText(sections: Readonly<Record<string, string>>, before: Readonly<Record<string, string>>): Promise<TextWritten> {
    const cells = sectionCells(this.lastRead ?? (await this.read()), Object.keys(sections));
    return this.ownWrite(() =>
      inBatch(this.run, async (context) => {
        const worksheets = context.workbook.worksheets;
        const targets = Object.entries(sections).map(([section, text]) => {
          const range = worksheets.getItem(cells[section].sheet).getRange(cells[section].address).load("values");
          return { section, text, range, properties: range.getCellProperties({ format: { protection: true } }) };
        });
        const sheets = [...new Set(Object.values(cells).map((cell) => cell.sheet))];
        const protections = new Map(sheets.map((sheet) => [sheet, worksheets.getItem(sheet).protection.load("protected,options")]));
        await context.sync();
        const changed = targets.filter(({ section, range }) => cellText(range.values[0][0]) !== (before[section] ?? ""));
        if (changed.length > 0) throw new TextChangedError(changed.map(({ section }) => ({ section, ...cells[section] })));
        const locked = targets.filter(({ section, properties }) => protections.get(cells[section].sheet)!.protected && properties.value[0][0].format?.protection?.locked !== false);
        if (locked.length > 0) throw new TextLockedError(locked.map(({ section }) => ({ section, ...cells[section] })));
        for (const { text, range } of targets) range.values = [[text]];
        const fits = (sheet: string) => !protections.get(sheet)!.protected || protections.get(sheet)!.options.allowFormatRows === true;
        // Excel wraps the text itself; the row grows to show it (up to Excel's largest row).
        for (const { section, range } of targets) if (fits(cells[section].sheet)) range.format.autofitRows();
        await context.sync();
        return { rowsFitted: sheets.every(fits) };
      }),
    );
  }

  async onChange(callback: () => void): Promise<() => Promise<void>> {
    const watch = new ChangeWatch(callback, this.clock);
    this.watchers.push(watch);
    const subscription = await inBatch(this.run, async (context) => {
      const handler = context.workbook.worksheets.onChanged.add(async (args) => watch.changed(args));
      await context.sync();
      return handler;
    });
    return async () => {
      watch.stop();
      this.watchers.splice(this.watchers.indexOf(watch), 1);
      // A handler is removed in a batch on the context it was added with.
      await inBatch(this.run, async (context) => {
        subscription.remove();
        await context.sync();
      }, subscription.context);
    };
  }

  /** Writes run under every watcher, so that their echoes do not trigger a re-check. */
  private ownWrite<T>(write: () => Promise<T>): Promise<T> {
    return this.watchers.reduce<() => Promise<T>>((inner, watch) => () => watch.ownWrite(inner), write)();
  }

  /** The workbook as it is now; the names of the last read save the first sync. */
  private async snapshot(): Promise<void> {
    const snapshot = await inBatch(this.run, (context) => snapshotWorkbook(context, this.knownSheets));
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

