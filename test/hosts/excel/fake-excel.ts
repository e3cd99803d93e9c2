// A counting fake of the part of the Excel object model the add-in uses. Like Excel, it queues
// every write and load until `context.sync()`, applies them in order there, and throws when code
// reads a property it did not load and sync. It counts syncs, which office-addin-mock cannot.
// Its errors carry Office's error codes; a context is usable only inside its Excel.run; a used
// range counts formatted cells unless asked for values only. It fails where Excel fails, each
// rule after the documentation named beside it:
// - a batch stops at its first failing action and keeps the actions before it ("Excel JavaScript
//   API: error handling", learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling);
// - a protected sheet refuses value writes to locked cells, formatting cells, columns or rows
//   unless its protection allows them, data validation and merging always, and a second
//   protect() (Excel.WorksheetProtection.protect: "fails if the worksheet has already been protected");
// - while a person edits a cell, a batch fails with InvalidOperationInCellEditMode unless it
//   was run with delayForCellEdit (Excel.RunOptions.delayForCellEdit, ExcelApi 1.11);
// - a 2-D array whose shape is not the range's is InvalidArgument (Excel.Range.values: "the
//   dimensions must match the range");
// - sheet names and defined names follow Excel's rules (Excel.WorksheetCollection.add,
//   Excel.NamedItemCollection.add; support.microsoft.com "Rename a worksheet", "Names in formulas");
// - a value written into a merged area's other cells is refused: Excel keeps only the top-left
//   cell's value (support.microsoft.com "Merge and unmerge cells"), so the fake is stricter;
// - writes by the add-in raise Worksheet.onChanged with triggerSource "ThisLocalAddin" (ExcelApi 1.14);
// - as Excel on the web, a request or a response above 5 MB is refused with
//   RequestPayloadSizeLimitExceeded ("Resource limits and performance optimization for Office Add-ins").
import { address, parseAddress } from "../../../src/model/address";
import { ExcelRun } from "../../../src/hosts/excel/run";

type Scalar = string | number | boolean;

/** An error as Office.js throws it: OfficeExtension.Error with one of Excel.ErrorCodes. */
export function officeError(code: string, message: string): Error {
  return Object.assign(new Error(`${code}: ${message}`), { code });
}

/** Excel on the web refuses a request or response above 5 MB. */
const PAYLOAD_LIMIT = 5_000_000;
// The estimate of a sync's bodies, fitted to office.js's request builder on the largest workbook
// (test/hosts/excel/request-builder.test.ts; insert 2.09 MB, mark 201 cells 223 kB, fill 200
// zeros 125 kB): office.js writes each proxy reached (sheet, range, format…) as an object path
// with its instantiation, and every call or property set as an action, so the fake counts both.
// Within 15 % of the measured on every batch's heaviest request and response (the test allows a fifth).
/** Bytes of one action, besides the text or JSON it carries. */
const ACTION_BYTES = 225;
/** Bytes of one object path and its instantiation. */
const OBJECT_BYTES = 120;
/** Excel names each range it keeps by a reference (_ReferenceId), answered to both instantiations office.js sends. */
const RANGE_ANSWER_BYTES = 170;
/** The answer to one load, besides the values it carries: its action id and property names. */
const ANSWER_BYTES = 50;
/** A blank cell in a response's values: `"",`. */
const BLANK_CELL_BYTES = 3;
const utf8 = (text: string) => new TextEncoder().encode(text).length;

export interface FakeCell {
  value: Scalar | null;
  formula?: string;
  numberFormat?: string;
  fill: string | null;
  font: { name?: string; size?: number; bold?: boolean; color?: string };
  horizontal?: string;
  vertical?: string;
  wrap?: boolean;
  borders: Record<string, { style?: string; color?: string; weight?: string }>;
  locked: boolean;
  validation?: { rule?: unknown; prompt?: Excel.DataValidationPrompt; errorAlert?: Excel.DataValidationErrorAlert };
}

export class FakeSheet {
  readonly cells = new Map<string, FakeCell>();
  readonly merges: string[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  /** Rows Excel was asked to fit to their content. */
  readonly autofitRows = new Set<number>();
  readonly names = new Map<string, string>();
  /** Custom-formula conditional formats, as added through range.conditionalFormats. */
  readonly conditionalFormats: { range: string; type: string; formula?: string; fill?: string; fontColor?: string }[] = [];
  protection: Excel.WorksheetProtectionOptions | null = null;
  showGridlines = true;
  visibility = "Visible";
  readonly page: { orientation?: string; paperSize?: string; printArea?: string; titleRows?: string; centerHorizontally?: boolean; zoom?: Excel.PageLayoutZoomOptions; margins?: Record<string, number> } = {};
  /** The far corner of cells that hold only formatting (a whole formatted column, say). */
  formattedThrough: string | null = null;

  constructor(public name: string) {}

  cell(at: string): FakeCell {
    let cell = this.cells.get(at);
    if (!cell) {
      cell = { value: null, fill: null, font: {}, borders: {}, locked: true };
      this.cells.set(at, cell);
    }
    return cell;
  }

  value(at: string): Scalar | null {
    return this.cells.get(at)?.value ?? null;
  }

  /** Puts values from A1 on, as a person would have typed them. */
  setValues(rows: (Scalar | null)[][]): this {
    rows.forEach((row, r) => row.forEach((value, c) => value !== null && (this.cell(address(r + 1, c + 1)).value = value)));
    return this;
  }
}

interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function boxOf(range: string): Box {
  const whole = /^(\d+):(\d+)$/.exec(range);
  if (whole) return { top: Number(whole[1]), left: 1, bottom: Number(whole[2]), right: 16384 };
  const [from, to = from] = range.split(":").map(parseAddress);
  return { top: from.row, left: from.column, bottom: to.row, right: to.column };
}

function boxAddress(box: Box): string {
  const from = address(box.top, box.left);
  const to = address(box.bottom, box.right);
  return from === to ? from : `${from}:${to}`;
}

class NotLoadedError extends Error {}

type WriteKind = "value" | "cells" | "columns" | "rows" | "validation" | "merge";

function area(box: Box): number {
  return (box.bottom - box.top + 1) * (box.right - box.left + 1);
}

/** Counts a load into the response of the sync under way; the whole response must stay under 5 MB. */
function refuseLargePayload(context: FakeContext, bytes: number): void {
  context.responseBytes += bytes;
  if (context.responseBytes > context.book.payloadLimit) throw officeError("RequestPayloadSizeLimitExceeded", `the response of ${context.responseBytes} bytes exceeds the 5 MB limit`);
}

/** Loads a range's cells as Excel sends them, refusing one that cannot fit (even all blank) before making it. */
function loadCells<T>(context: FakeContext, box: Box, cells: () => T[][]): T[][] {
  const least = context.responseBytes + area(box) * BLANK_CELL_BYTES;
  if (least > context.book.payloadLimit) throw officeError("RequestPayloadSizeLimitExceeded", `the response of at least ${least} bytes exceeds the 5 MB limit`);
  const rows = cells();
  refuseLargePayload(context, utf8(JSON.stringify(rows)));
  return rows;
}

/** Excel's rules for a sheet name: 1 to 31 characters, none of : \ / ? * [ ], no apostrophe at either end, not "History". */
export function sheetNameProblem(name: string): string | null {
  if (name.length === 0 || name.length > 31) return "a sheet name has 1 to 31 characters";
  if (/[:\\/?*[\]]/.test(name)) return "a sheet name has none of : \\ / ? * [ ]";
  if (name.startsWith("'") || name.endsWith("'")) return "a sheet name neither starts nor ends with an apostrophe";
  if (name.toLowerCase() === "history") return "History is reserved";
  return null;
}

/** Excel's rules for a defined name: a letter, _ or \\ first, no spaces, not a cell reference, at most 255 characters. */
export function definedNameProblem(name: string): string | null {
  if (name.length === 0 || name.length > 255) return "a name has 1 to 255 characters";
  if (!/^[\p{L}_\\]/u.test(name)) return "a name starts with a letter, _ or \\";
  if (/[\s]/.test(name)) return "a name has no spaces";
  if (/^[A-Za-z]{1,3}\d+$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name) || /^[RrCc]$/.test(name)) return "a name is not a cell reference";
  return null;
}

/** A proxy's properties become readable only after load() and sync(), as in Office.js. */
class Loadable {
  private readonly loaded = new Map<string, unknown>();

  constructor(protected readonly context: FakeContext) {
    context.objects += 1;
  }

  protected read<T>(property: string): T {
    if (!this.loaded.has(property)) throw new NotLoadedError(`PropertyNotLoaded: ${property} was read before load() and sync()`);
    return this.loaded.get(property) as T;
  }

  protected loadable(): Record<string, () => unknown> {
    return {};
  }

  /** Office.js fills isNullObject of an *OrNullObject proxy at the next sync, loaded or not. */
  protected knowNullAtSync(): void {
    this.context.queueLoad(() => this.loaded.set("isNullObject", this.loadable().isNullObject()));
  }

  load(properties?: string | string[] | Record<string, unknown>): this {
    const wanted = typeof properties === "string" ? properties.split(",").map((p) => p.trim()) : Array.isArray(properties) ? properties : Object.keys(properties ?? {});
    const getters = this.loadable();
    this.context.queueLoad(() => {
      // As in Office.js, a null object loads nothing (a sheet without values has no used range).
      if (getters.isNullObject?.() === true) return;
      for (const property of wanted.length ? wanted : Object.keys(getters)) {
        const top = property.split("/")[0];
        const getter = getters[top];
        if (!getter) throw new Error(`the fake cannot load ${property}`);
        this.loaded.set(top, getter());
      }
    });
    return this;
  }
}

export class FakeContext {
  private readonly queue: { op: () => void; bytes: number }[] = [];
  readonly workbook: FakeWorkbookProxy;
  /** True only while an Excel.run batch on this context runs. */
  open = false;
  /** The batch was run with delayForCellEdit: it waits while a person edits a cell. */
  delayForCellEdit = false;
  responseBytes = 0;
  /** Proxies made since the last sync: office.js sends each as an object path. */
  objects = 0;
  /** Ranges made since the last sync: Excel answers each with the reference it keeps it by. */
  ranges = 0;
  /** The cells each sheet had written in the sync under way, for the change events. */
  readonly written = new Map<string, Set<string>>();

  constructor(readonly book: FakeWorkbook) {
    this.workbook = new FakeWorkbookProxy(this);
  }

  /** `bytes`: the action's size in the request, for actions that carry much more than their name (long text). */
  queueWrite(op: () => void, bytes = ACTION_BYTES): void {
    this.queue.push({ op, bytes });
  }

  queueLoad(op: () => void): void {
    const answered = () => {
      this.responseBytes += ANSWER_BYTES;
      op();
    };
    this.queue.push({ op: answered, bytes: ACTION_BYTES });
  }

  async sync(): Promise<void> {
    if (!this.open) throw officeError("InvalidObjectPath", "context.sync() outside Excel.run");
    if (this.book.editingCell) {
      if (!this.delayForCellEdit) throw officeError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode");
      await this.book.editingCell;
    }
    this.book.syncs += 1;
    const ops = this.queue.splice(0);
    const request = { actions: ops.length, bytes: ops.reduce((sum, { bytes }) => sum + bytes, this.objects * OBJECT_BYTES), responseBytes: 0 };
    const ranges = this.ranges;
    this.objects = this.ranges = 0;
    this.book.requests.push(request);
    if (request.bytes > this.book.payloadLimit) throw officeError("RequestPayloadSizeLimitExceeded", `the request of ${request.bytes} bytes exceeds the 5 MB limit`);
    this.responseBytes = ranges * RANGE_ANSWER_BYTES;
    this.written.clear();
    try {
      for (const { op } of ops) op();
    } finally {
      request.responseBytes = this.responseBytes;
      await this.book.changed(this.written);
    }
  }

  trackedObjects = { add: () => undefined, remove: () => undefined };
}

class FakeWorkbookProxy {
  readonly worksheets: FakeWorksheets;
  readonly names: FakeNames;
  readonly properties: { custom: { add: (key: string, value: unknown) => void }; title?: string; subject?: string; category?: string; keywords?: string };
  readonly settings: FakeSettings;

  constructor(context: FakeContext) {
    const book = context.book;
    this.worksheets = new FakeWorksheets(context);
    this.names = new FakeNames(context, () => book.names);
    const custom = { add: (key: string, value: unknown) => context.queueWrite(() => book.customProperties.set(key, value)) };
    const property = (name: string) => ({ set: (value: string) => context.queueWrite(() => book.properties.set(name, value)), enumerable: true });
    this.properties = Object.defineProperties({ custom }, { title: property("title"), subject: property("subject"), category: property("category"), keywords: property("keywords") });
    this.settings = new FakeSettings(context);
  }
}

class FakeSettings {
  constructor(private readonly context: FakeContext) {}

  add(key: string, value: unknown): void {
    this.context.queueWrite(() => this.context.book.settings.set(key, JSON.parse(JSON.stringify(value))), ACTION_BYTES + utf8(JSON.stringify(value)));
  }

  getItemOrNullObject(key: string): FakeSetting {
    const setting = new FakeSetting(this.context, key);
    setting.knowNull();
    return setting;
  }
}

class FakeSetting extends Loadable {
  constructor(
    context: FakeContext,
    private readonly key: string,
  ) {
    super(context);
  }
  knowNull(): void {
    this.knowNullAtSync();
  }
  protected loadable() {
    const settings = this.context.book.settings;
    return { value: () => settings.get(this.key) ?? null, isNullObject: () => !settings.has(this.key) };
  }
  get value(): unknown {
    return this.read("value");
  }
  get isNullObject(): boolean {
    return this.read("isNullObject");
  }
}

class FakeNames extends Loadable {
  constructor(
    context: FakeContext,
    private readonly names: () => Map<string, string>,
  ) {
    super(context);
  }
  protected loadable() {
    return { items: () => [...this.names().keys()].map((name) => ({ name })) };
  }
  get items(): { name: string }[] {
    return this.read("items");
  }
  add(name: string, reference: string | FakeRange): void {
    this.context.queueWrite(() => {
      const names = this.names();
      const problem = definedNameProblem(name);
      if (problem) throw officeError("InvalidArgument", `${name}: ${problem}`);
      if ([...names.keys()].some((n) => n.toLowerCase() === name.toLowerCase())) throw officeError("InvalidArgument", `the name ${name} already exists`);
      names.set(name, typeof reference === "string" ? reference : reference.reference());
    });
  }
}

class FakeWorksheets extends Loadable {
  readonly onChanged = {
    add: (handler: (args: Excel.WorksheetChangedEventArgs) => Promise<void>) => {
      this.context.queueWrite(() => this.context.book.changeHandlers.push(handler));
      return { context: this.context, remove: () => this.context.queueWrite(() => this.context.book.changeHandlers.splice(this.context.book.changeHandlers.indexOf(handler), 1)) };
    },
  };

  protected loadable() {
    return { items: () => this.context.book.sheets.map((sheet) => new FakeWorksheet(this.context, () => sheet, true)) };
  }
  get items(): FakeWorksheet[] {
    return this.read("items");
  }
  add(name: string): FakeWorksheet {
    const sheet = new FakeSheet(name);
    this.context.queueWrite(() => {
      const problem = sheetNameProblem(name);
      if (problem) throw officeError("InvalidArgument", `${name}: ${problem}`);
      if (this.context.book.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) throw officeError("ItemAlreadyExists", name);
      this.context.book.sheets.push(sheet);
    });
    return new FakeWorksheet(this.context, () => sheet);
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.book.sheet(name));
  }
}

class FakeWorksheet extends Loadable {
  readonly names: FakeNames;

  constructor(
    context: FakeContext,
    readonly model: () => FakeSheet,
    loadedName = false,
  ) {
    super(context);
    this.names = new FakeNames(context, () => model().names);
    this.cachedName = loadedName ? model().name : undefined;
  }
  private readonly cachedName: string | undefined;

  get name(): string {
    return this.cachedName ?? this.read("name");
  }
  protected loadable() {
    return { name: () => this.model().name };
  }
  getRange(range: string): FakeRange {
    return new FakeRange(this.context, this, boxOf(range));
  }
  getRangeByIndexes(row: number, column: number, rows: number, columns: number): FakeRange {
    return new FakeRange(this.context, this, { top: row + 1, left: column + 1, bottom: row + rows, right: column + columns });
  }
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return FakeRange.orNull(this.context, this, () => {
      const model = this.model();
      const used = [...model.cells.entries()].filter(([, cell]) => !valuesOnly || cell.value !== null || cell.formula).map(([at]) => at);
      if (!valuesOnly && model.formattedThrough) used.push("A1", model.formattedThrough);
      if (used.length === 0) return null;
      // A loop, not Math.min(...): a big sheet has more cells than a call takes arguments.
      const box = { top: Infinity, left: Infinity, bottom: 0, right: 0 };
      for (const at of used) {
        const { row, column } = parseAddress(at);
        Object.assign(box, { top: Math.min(box.top, row), left: Math.min(box.left, column), bottom: Math.max(box.bottom, row), right: Math.max(box.right, column) });
      }
      return box;
    });
  }
  set showGridlines(value: boolean) {
    this.context.queueWrite(() => (this.model().showGridlines = value));
  }
  activate(): void {
    this.context.queueWrite(() => (this.context.book.activeSheet = this.model().name));
  }
  set visibility(value: string) {
    this.context.queueWrite(() => (this.model().visibility = value));
  }
  get protection(): FakeProtection {
    return new FakeProtection(this.context, this.model);
  }
  get pageLayout() {
    const page = () => this.model().page;
    const set = (apply: () => void) => this.context.queueWrite(apply);
    const layout = {
      set orientation(value: string) {
        set(() => (page().orientation = value));
      },
      set paperSize(value: string) {
        set(() => (page().paperSize = value));
      },
      set centerHorizontally(value: boolean) {
        set(() => (page().centerHorizontally = value));
      },
      set zoom(value: Excel.PageLayoutZoomOptions) {
        set(() => (page().zoom = value));
      },
      setPrintArea: (area: string) => set(() => (page().printArea = area)),
      setPrintTitleRows: (rows: string) => set(() => (page().titleRows = rows)),
    };
    const margins = ["leftMargin", "rightMargin", "topMargin", "bottomMargin", "headerMargin", "footerMargin"];
    return Object.defineProperties(
      layout,
      Object.fromEntries(margins.map((name) => [name, { set: (points: number) => set(() => ((page().margins ??= {})[name] = points)) }])),
    );
  }
}

/** Excel.WorksheetProtection: `protected` and `options` load as other properties do. */
class FakeProtection extends Loadable {
  constructor(
    context: FakeContext,
    private readonly model: () => FakeSheet,
  ) {
    super(context);
  }
  protected loadable() {
    return { protected: () => this.model().protection !== null, options: () => ({ ...(this.model().protection ?? {}) }) };
  }
  get protected(): boolean {
    return this.read("protected");
  }
  get options(): Excel.WorksheetProtectionOptions {
    return this.read("options");
  }
  protect(options?: Excel.WorksheetProtectionOptions, password?: string): void {
    this.context.queueWrite(() => {
      if (password) throw new Error("the add-in must protect without a password");
      if (this.model().protection) throw officeError("InvalidOperation", `${this.model().name} is already protected`);
      this.model().protection = options ?? {};
    });
  }
}

/** A range; its box is fixed, or computed at sync (a used range). */
class FakeRange extends Loadable {
  constructor(
    context: FakeContext,
    private readonly sheet: FakeWorksheet,
    private readonly where: Box | (() => Box | null),
  ) {
    super(context);
    context.ranges += 1;
  }

  static orNull(context: FakeContext, sheet: FakeWorksheet, where: () => Box | null): FakeRange {
    const range = new FakeRange(context, sheet, where);
    range.knowNullAtSync();
    return range;
  }

  private box(): Box {
    const box = typeof this.where === "function" ? this.where() : this.where;
    if (!box) throw officeError("ItemNotFound", "a null range was used");
    return box;
  }

  private eachCell(apply: (cell: FakeCell, at: string, r: number, c: number) => void): void {
    const box = this.box();
    const model = this.sheet.model();
    for (let row = box.top; row <= box.bottom; row++)
      for (let column = box.left; column <= Math.min(box.right, box.left + 200); column++) apply(model.cell(address(row, column)), address(row, column), row - box.top, column - box.left);
  }

  /** The range's cells as a load answers them (counted into the response), each as `read` gives it. */
  private loadEach(read: (cell: FakeCell | undefined) => Scalar): Scalar[][] {
    return loadCells(this.context, this.box(), () => {
      const rows: Scalar[][] = [];
      this.eachExisting((cell, r, c) => ((rows[r] ??= [])[c] = read(cell)));
      return rows;
    });
  }

  /** Reads every cell of the range without creating any. */
  private eachExisting(apply: (cell: FakeCell | undefined, r: number, c: number) => void): void {
    const box = this.box();
    const model = this.sheet.model();
    for (let row = box.top; row <= box.bottom; row++)
      for (let column = box.left; column <= box.right; column++) apply(model.cells.get(address(row, column)), row - box.top, column - box.left);
  }

  /**
   * On a protected sheet: values only into unlocked cells; formatting cells, columns or rows only
   * when the protection allows it; data validation and merging never (Excel greys them out).
   */
  private write(kind: WriteKind, apply: () => void, bytes?: number): void {
    this.context.queueWrite(() => {
      const model = this.sheet.model();
      const protection = model.protection;
      if (protection) {
        const refused = (what: string) => officeError("AccessDenied", `${model.name} is protected: ${what} is not allowed`);
        if (kind === "cells" && !protection.allowFormatCells) throw refused("formatting cells");
        if (kind === "columns" && !protection.allowFormatColumns) throw refused("formatting columns");
        if (kind === "rows" && !protection.allowFormatRows) throw refused("formatting rows");
        if (kind === "validation" || kind === "merge") throw refused(kind);
        if (kind === "value")
          this.eachCell((cell, at) => {
            if (cell.locked) throw officeError("AccessDenied", `${model.name}!${at} is locked`);
          });
      }
      apply();
      if (kind === "value") {
        const written = this.context.written.get(model.name) ?? new Set<string>();
        written.add(boxAddress(this.box()));
        this.context.written.set(model.name, written);
      }
    }, bytes);
  }

  /** A 2-D array must have the range's shape; a single value fills the range. */
  private shaped<T>(rows: T[][] | T): (r: number, c: number) => T {
    if (!Array.isArray(rows)) return () => rows;
    const box = this.box();
    const height = box.bottom - box.top + 1;
    const width = box.right - box.left + 1;
    if (rows.length !== height || rows.some((row) => !Array.isArray(row) || row.length !== width))
      throw officeError("InvalidArgument", `a ${rows.length}×${(rows[0] as unknown[] | undefined)?.length ?? 0} array does not fit ${boxAddress(box)} (${height}×${width})`);
    return (r, c) => rows[r][c];
  }

  reference(): string {
    return `${this.sheet.model().name}!${boxAddress(this.box())}`;
  }

  protected loadable() {
    return {
      isNullObject: () => typeof this.where === "function" && this.where() === null,
      address: () => {
        const box = typeof this.where === "function" ? this.where() : this.where;
        return box ? `${this.sheet.model().name}!${boxAddress(box)}` : "";
      },
      values: () => this.loadEach((cell) => cell?.value ?? ""),
      rowIndex: () => this.box().top - 1,
      rowCount: () => this.box().bottom - this.box().top + 1,
      // Range.formulas: the formula where there is one, else the constant, "" for a blank cell.
      formulas: () => this.loadEach((cell) => cell?.formula ?? cell?.value ?? ""),
    };
  }

  get isNullObject(): boolean {
    return this.read("isNullObject");
  }
  get address(): string {
    return this.read("address");
  }
  get values(): Scalar[][] {
    return this.read("values");
  }
  get formulas(): Scalar[][] {
    return this.read("formulas");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  /**
   * Only a merged area's top-left cell holds its value: anything else written into the area is
   * refused (stricter than Excel, which may drop it: either way it would not be kept).
   */
  private refuseHiddenByMerge(address: string, value: unknown): void {
    if (value === "" || value === null) return;
    const { row, column } = parseAddress(address);
    const merge = this.sheet.model().merges.map(boxOf).find((m) => row >= m.top && row <= m.bottom && column >= m.left && column <= m.right);
    if (merge && (merge.top !== row || merge.left !== column)) throw officeError("InvalidOperation", `${address} lies inside the merged area ${boxAddress(merge)}`);
  }

  set values(rows: Scalar[][]) {
    this.write(
      "value",
      () => {
        const at = this.shaped(rows);
        this.eachCell((cell, address, r, c) => {
          const value = at(r, c);
          this.refuseHiddenByMerge(address, value);
          cell.value = value === "" ? null : value;
          delete cell.formula;
        });
      },
      ACTION_BYTES + utf8(JSON.stringify(rows)),
    );
  }
  set formulas(rows: string[][]) {
    this.write("value", () => {
      const at = this.shaped(rows);
      this.eachCell((cell, address, r, c) => {
        this.refuseHiddenByMerge(address, at(r, c));
        cell.formula = at(r, c);
        cell.value = null;
      });
    });
  }
  set numberFormat(rows: string[][]) {
    this.write("cells", () => {
      const at = this.shaped(rows);
      this.eachCell((cell, _at, r, c) => (cell.numberFormat = at(r, c)));
    });
  }

  getCell(row: number, column: number): FakeRange {
    return new FakeRange(this.context, this.sheet, () => {
      const box = this.box();
      return { top: box.top + row, left: box.left + column, bottom: box.top + row, right: box.left + column };
    });
  }
  getEntireColumn(): FakeRange {
    return new FakeRange(this.context, this.sheet, () => ({ ...this.box(), top: 1, bottom: 1048576 }));
  }
  merge(): void {
    this.write("merge", () => this.sheet.model().merges.push(boxAddress(this.box())));
  }
  select(): void {
    this.context.queueWrite(() => (this.context.book.selection = `${this.sheet.model().name}!${boxAddress(this.box())}`));
  }
  getCellProperties(options: Excel.CellPropertiesLoadOptions): { value: Excel.CellProperties[][] } {
    const result = {} as { value: Excel.CellProperties[][] };
    let ready = false;
    this.context.queueLoad(() => {
      const box = this.box();
      this.context.book.cellPropertiesLoaded += area(box);
      const rows = loadCells(this.context, box, () => {
        const properties: Excel.CellProperties[][] = [];
        this.eachExisting((cell, r, c) => {
          const fill = cell?.fill;
          (properties[r] ??= [])[c] = {
            format: {
              ...(options.format?.fill ? { fill: fill ? { color: fill, pattern: "Solid" } : { color: "#FFFFFF", pattern: "None" } } : {}),
              ...(options.format?.protection ? { protection: { locked: cell?.locked ?? true } } : {}),
            },
          };
        });
        return properties;
      });
      Object.defineProperty(result, "_rows", { value: rows });
      ready = true;
    });
    Object.defineProperty(result, "value", {
      get: () => {
        if (!ready) throw new NotLoadedError("PropertyNotLoaded: getCellProperties() was read before sync()");
        return (result as unknown as { _rows: Excel.CellProperties[][] })._rows;
      },
    });
    return result;
  }

  get conditionalFormats() {
    return {
      add: (type: string) => {
        const record: FakeSheet["conditionalFormats"][number] = { range: "", type };
        this.write("cells", () => {
          const box = this.box();
          record.range = box.top === box.bottom && box.left === box.right ? address(box.top, box.left) : `${address(box.top, box.left)}:${address(box.bottom, box.right)}`;
          this.sheet.model().conditionalFormats.push(record);
        });
        return {
          custom: {
            rule: {
              set formula(value: string) {
                record.formula = value;
              },
            },
            format: {
              fill: {
                set color(value: string) {
                  record.fill = value;
                },
              },
              font: {
                set color(value: string) {
                  record.fontColor = value;
                },
              },
            },
          },
        };
      },
    };
  }

  get dataValidation() {
    const set = (key: "rule" | "prompt" | "errorAlert", value: unknown) =>
      this.write("validation", () => this.eachCell((cell) => ((cell.validation ??= {})[key] = value as never)));
    return {
      set rule(value: unknown) {
        set("rule", value);
      },
      set prompt(value: unknown) {
        set("prompt", value);
      },
      set errorAlert(value: unknown) {
        set("errorAlert", value);
      },
    };
  }

  get format() {
    // office.js's paths to the format and to the part of it written (fill, font, protection…).
    this.context.objects += 2;
    const range = this;
    const column = () => range.box().left;
    const setCells = (apply: (cell: FakeCell) => void) => range.write("cells", () => range.eachCell((cell) => apply(cell)));
    return {
      set columnWidth(points: number) {
        range.write("columns", () => range.sheet.model().columnWidths.set(column(), points));
      },
      set rowHeight(points: number) {
        range.write("rows", () => {
          const box = range.box();
          for (let row = box.top; row <= box.bottom; row++) range.sheet.model().rowHeights.set(row, points);
        });
      },
      autofitRows() {
        range.write("rows", () => {
          const box = range.box();
          for (let row = box.top; row <= box.bottom; row++) range.sheet.model().autofitRows.add(row);
        });
      },
      set horizontalAlignment(value: string) {
        setCells((cell) => (cell.horizontal = value));
      },
      set verticalAlignment(value: string) {
        setCells((cell) => (cell.vertical = value));
      },
      set wrapText(value: boolean) {
        setCells((cell) => (cell.wrap = value));
      },
      font: {
        set name(value: string) {
          setCells((cell) => (cell.font.name = value));
        },
        set size(value: number) {
          setCells((cell) => (cell.font.size = value));
        },
        set bold(value: boolean) {
          setCells((cell) => (cell.font.bold = value));
        },
        set color(value: string) {
          setCells((cell) => (cell.font.color = value));
        },
      },
      fill: {
        set color(value: string) {
          setCells((cell) => (cell.fill = value));
        },
        clear: () => setCells((cell) => (cell.fill = null)),
      },
      protection: {
        set locked(value: boolean) {
          setCells((cell) => (cell.locked = value));
        },
      },
      borders: {
        getItem: (edge: string) => ({
          set style(value: string) {
            setCells((cell) => ((cell.borders[edge] ??= {}).style = value));
          },
          set color(value: string) {
            setCells((cell) => ((cell.borders[edge] ??= {}).color = value));
          },
          set weight(value: string) {
            setCells((cell) => ((cell.borders[edge] ??= {}).weight = value));
          },
        }),
      },
    };
  }
}

/** The workbook a test sets up and inspects; `run` is the Excel.run the add-in code receives. */
export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  readonly names = new Map<string, string>();
  readonly customProperties = new Map<string, unknown>();
  /** The document properties (title, subject, category, keywords) the add-in set. */
  readonly properties = new Map<string, string>();
  /** Each sync's request: its actions and their rough bytes, and the rough bytes of its response. */
  readonly requests: { actions: number; bytes: number; responseBytes: number }[] = [];
  /** Above this a request or response is refused; a test measuring the real bodies lifts it. */
  payloadLimit = PAYLOAD_LIMIT;
  /** Set while a person is typing in a cell; resolves when they leave it. */
  editingCell: Promise<void> | null = null;
  private leaveCell: (() => void) | null = null;
  readonly settings = new Map<string, unknown>();
  readonly changeHandlers: ((args: Excel.WorksheetChangedEventArgs) => Promise<void>)[] = [];
  syncs = 0;
  /** Cells whose properties (fills) were loaded, over all syncs. */
  cellPropertiesLoaded = 0;
  activeSheet: string | null = null;
  selection: string | null = null;

  addSheet(name: string): FakeSheet {
    const sheet = new FakeSheet(name);
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): FakeSheet {
    const sheet = this.sheets.find((s) => s.name === name);
    if (!sheet) throw officeError("ItemNotFound", `no sheet ${name}`);
    return sheet;
  }

  /** Excel.run: a new context, or the one given as previousObjects; either is usable until the batch ends. */
  readonly run: ExcelRun = async (options, batch) => {
    const context = (options.previousObjects as unknown as FakeContext | undefined) ?? new FakeContext(this);
    context.open = true;
    context.delayForCellEdit = options.delayForCellEdit === true;
    try {
      return await batch(context as unknown as Excel.RequestContext);
    } finally {
      context.open = false;
    }
  };

  /** A person starts typing in a cell: batches fail, or wait if they asked to, until `leavesCell`. */
  entersCell(): void {
    this.editingCell = new Promise((resolve) => (this.leaveCell = resolve));
  }

  leavesCell(): void {
    this.editingCell = null;
    this.leaveCell?.();
  }

  /** Worksheet.onChanged for the add-in's own writes of one sync, as Excel raises it. */
  async changed(written: ReadonlyMap<string, ReadonlySet<string>>): Promise<void> {
    const events = [...written].flatMap(([sheet, addresses]) => [...addresses].map((at) => ({ sheet, at })));
    for (const { sheet, at } of events) await this.raise(sheet, at, "ThisLocalAddin");
  }

  private async raise(sheet: string, at: string, triggerSource: string): Promise<void> {
    const args = { worksheetId: sheet, address: at, source: "Local", changeType: "RangeEdited", type: "WorksheetChanged", triggerSource } as unknown as Excel.WorksheetChangedEventArgs;
    await Promise.all(this.changeHandlers.map((handler) => handler(args)));
  }

  /** What Excel does when a person edits a cell: every registered onChanged handler runs. */
  async personEdits(sheet: string, at: string, value: Scalar | null): Promise<void> {
    this.sheet(sheet).cell(at).value = value;
    await this.raise(sheet, at, "Unknown");
  }
}
