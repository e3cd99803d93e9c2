// Reading the open workbook for NIANBAO.CHECK and NIANBAO.TEXT. The functions share the pane's
// runtime and every Excel.run they make competes with the pane's (large reads in functions are a
// known cause of #BUSY! and hangs), so: they read only the report's sheets, not a big sheet
// beside them; one read serves every call of a recalculation wave; and the read is dropped when
// the workbook changes, or when the figures Excel passed a call are not the ones it holds.
// Functions only read; they never write.
import { parseRange } from "../../model/address";
import { SheetGrid } from "../../model/grid";
import { ExcelRun, inBatch } from "../../hosts/excel/run";
import { SheetChoice, snapshotWorkbook } from "../../hosts/excel/snapshot";
import { readWorkbook, ReadResult } from "../../reading/read";
import { SHEET_NAMES } from "../../model/sheet-names";

/** The inserted template's sheets; else the template's sheet names when the tables are all there; else every sheet. */
const REPORT_SHEETS: SheetChoice = (names, template) => {
  const inserted = Object.values(template ?? {}).filter((name) => names.includes(name));
  if (inserted.length > 0) return inserted;
  const tables = [SHEET_NAMES.二, SHEET_NAMES.三, SHEET_NAMES.四];
  return tables.every((name) => names.includes(name)) ? names.filter((name) => Object.values(SHEET_NAMES).includes(name)) : names;
};

interface Snapshot {
  readonly sheets: readonly SheetGrid[];
  readonly read: ReadResult;
}

/** "'三、依申请公开'!C5:K29" → the sheet's name and the range. */
function splitAddress(reference: string): { sheet: string; range: string } | null {
  const bang = reference.lastIndexOf("!");
  if (bang < 0) return null;
  const sheet = reference.slice(0, bang).replace(/^'(.*)'$/u, "$1").replace(/''/gu, "'");
  return { sheet, range: reference.slice(bang + 1).replace(/\$/gu, "") };
}

const plain = (value: unknown) => (value === "" || value === undefined ? null : value);

/** True when the snapshot holds exactly the figures Excel passed for `reference`. */
function holds(snapshot: Snapshot, figures: unknown, reference: string): boolean {
  const where = splitAddress(reference);
  const grid = where && snapshot.sheets.find((sheet) => sheet.name === where.sheet);
  if (!where || !grid || !Array.isArray(figures)) return false;
  const { top, left } = parseRange(where.range);
  return figures.every((row, r) => Array.isArray(row) && row.every((value, c) => plain(value) === plain(grid.values[top - 1 + r]?.[left - 1 + c])));
}

export class FunctionReads {
  private current: { readonly snapshot: Promise<Snapshot>; settled: boolean } | null = null;
  private watching = false;

  constructor(private readonly run: ExcelRun) {}

  /**
   * The report, from a read shared with the other calls of the wave: the read under way, or,
   * for a call whose figures come with their address, the last read while nothing changed and
   * it holds those figures. A call that cannot be checked so reads afresh.
   */
  async read(figures?: unknown, figuresAddress?: string): Promise<ReadResult> {
    const current = this.current;
    if (current) {
      const underWay = !current.settled;
      const shared = await current.snapshot.catch(() => null);
      if (shared && (figuresAddress === undefined ? underWay : holds(shared, figures, figuresAddress))) return shared.read;
    }
    const fresh = { snapshot: this.snapshot(), settled: false };
    this.current = fresh;
    void fresh.snapshot.finally(() => (fresh.settled = true)).catch(() => undefined);
    return (await fresh.snapshot).read;
  }

  private snapshot(): Promise<Snapshot> {
    return inBatch(this.run, async (context) => {
      // Any change to the workbook ends the wave: the next call reads again.
      if (!this.watching) context.workbook.worksheets.onChanged.add(async () => void (this.current = null));
      const { sheets, template } = await snapshotWorkbook(context, null, REPORT_SHEETS);
      this.watching = true;
      // The template the pane inserted last, so a function reads the same sheets as 校验 does.
      return { sheets, read: readWorkbook({ sheets }, { sheets: template ?? undefined }) };
    });
  }
}
