// The pane's Host in Excel: every operation is one batch; reading and marking take one sync each.
import { Finding } from "../../checks/types";
import { CellLocation, readWorkbook, ReadResult, SheetGrid } from "../../report/read";
import { Host, InsertOptions, InsertResult } from "../../taskpane/host";
import { sectionCells } from "../../taskpane/text-cells";
import { FormatId } from "../../report/types";
import { ChangeWatch } from "./change-watch";
import { sheetGrid, usedRangeOrigin } from "./grid";
import { parseAddress } from "../../report/address";
import { insertTemplate } from "./insert";
import { MarkRecord, MARKS_SETTING, parseMarks, planMarks, queueMarks } from "./marks";
import { ExcelRun } from "./run";

interface SheetSnapshot {
  readonly grid: SheetGrid;
  readonly origin: { readonly row: number; readonly column: number } | null;
  readonly fills: readonly (readonly Excel.CellProperties[])[];
}

export class ExcelHost implements Host {
  readonly kind = "excel";
  /** The sheet names of the last read: reading them needs no extra sync for their list. */
  private knownSheets: readonly string[] | null = null;
  private sheets: readonly SheetSnapshot[] = [];
  private marks: readonly MarkRecord[] = [];
  private readonly watchers: ChangeWatch[] = [];

  constructor(private readonly run: ExcelRun) {}

  insertTemplate(options: InsertOptions): Promise<InsertResult> {
    return this.ownWrite(() => insertTemplate(this.run, options));
  }

  async read(): Promise<ReadResult> {
    await this.snapshot();
    return readWorkbook({ sheets: this.sheets.map((sheet) => sheet.grid) });
  }

  async mark(findings: readonly Finding[]): Promise<void> {
    const names = new Set(this.sheets.map((sheet) => sheet.grid.name));
    const plan = planMarks(findings, this.marks, (sheet, address) => this.fillAt(sheet, address), names);
    await this.writeMarks(plan.restore, plan.paint, plan.records);
  }

  async clearMarks(): Promise<void> {
    const names = new Set(this.sheets.map((sheet) => sheet.grid.name));
    await this.writeMarks(this.marks.filter((record) => names.has(record.sheet)), [], []);
  }

  select(location: CellLocation): Promise<void> {
    return this.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(location.sheet);
      sheet.activate();
      sheet.getRange(location.address).select();
      await context.sync();
    });
  }

  /** One sync for every section; each cell is located by its title in the last read. */
  async writeText(format: FormatId, sections: Readonly<Record<string, string>>): Promise<void> {
    const cells = sectionCells({ sheets: this.sheets.map((sheet) => sheet.grid) }, format, Object.keys(sections));
    await this.ownWrite(() =>
      this.run(async (context) => {
        for (const [section, text] of Object.entries(sections)) {
          const range = context.workbook.worksheets.getItem(cells[section].sheet).getRange(cells[section].address);
          range.values = [[text]];
          // Excel wraps the text itself; the row grows to show it (up to Excel's largest row).
          range.format.autofitRows();
        }
        await context.sync();
      }),
    );
  }

  async onChange(callback: () => void): Promise<() => Promise<void>> {
    const watch = new ChangeWatch(callback);
    this.watchers.push(watch);
    const subscription = await this.run(async (context) => {
      const handler = context.workbook.worksheets.onChanged.add(async (args) => watch.changed(args));
      await context.sync();
      return handler;
    });
    return async () => {
      watch.stop();
      this.watchers.splice(this.watchers.indexOf(watch), 1);
      // A handler is removed through the context it was added with.
      subscription.remove();
      await subscription.context.sync();
    };
  }

  private async writeMarks(restore: readonly MarkRecord[], paint: readonly MarkRecord[], records: readonly MarkRecord[]): Promise<void> {
    await this.ownWrite(() =>
      this.run(async (context) => {
        queueMarks(context, { restore, paint, records });
        await context.sync();
      }),
    );
    this.marks = records;
  }

  /** Writes run under every watcher, so that their echoes do not trigger a re-check. */
  private ownWrite<T>(write: () => Promise<T>): Promise<T> {
    return this.watchers.reduce<() => Promise<T>>((inner, watch) => () => watch.ownWrite(inner), write)();
  }

  private fillAt(sheetName: string, address: string): string | null {
    const sheet = this.sheets.find((s) => s.grid.name === sheetName);
    if (!sheet?.origin) return null;
    const at = parseAddress(address);
    const fill = sheet.fills[at.row - sheet.origin.row]?.[at.column - sheet.origin.column]?.format?.fill;
    return fill && fill.pattern !== "None" && fill.color ? fill.color : null;
  }

  /**
   * One sync for every sheet's used range, fills and the mark records. The sheets are those of
   * the last read; only when sheets were added, removed or renamed since does it take another.
   */
  private async snapshot(): Promise<void> {
    await this.run(async (context) => {
      for (let attempt = 0; attempt < 3; attempt++) {
        const worksheets = context.workbook.worksheets;
        worksheets.load("items/name");
        const marks = context.workbook.settings.getItemOrNullObject(MARKS_SETTING);
        marks.load("value");
        const known = this.knownSheets;
        const queued = (known ?? []).map((name) => {
          const used = worksheets.getItem(name).getUsedRangeOrNullObject(false);
          used.load("address,values");
          return { name, used, fills: used.getCellProperties({ format: { fill: { color: true, pattern: true } } }) };
        });
        try {
          await context.sync();
        } catch (error) {
          // A remembered sheet is gone: learn the current names, then read again.
          if (known === null) throw error;
          this.knownSheets = null;
          continue;
        }
        const names = worksheets.items.map((sheet) => sheet.name);
        this.marks = marks.isNullObject ? [] : parseMarks(marks.value);
        if (known !== null && names.join("\n") === known.join("\n")) {
          this.sheets = queued.map(({ name, used, fills }) =>
            used.isNullObject
              ? { grid: sheetGrid(name, null, []), origin: null, fills: [] }
              : { grid: sheetGrid(name, used.address, used.values), origin: usedRangeOrigin(used.address), fills: fills.value },
          );
          return;
        }
        this.knownSheets = names;
      }
      throw new ExcelBusyError("工作表在读取过程中不断变化，请稍候再点“校验”。");
    });
  }
}

/** The workbook's sheets changed under every attempt to read them. */
export class ExcelBusyError extends Error {}
