// The pane's Host in the standalone page: a workbook opened from disk, held as bytes in memory.
// Reading, writing text and marking all go through exceljs here; nothing leaves the browser.
import ExcelJS from "exceljs";
import { Finding } from "../../model/findings";
import { cellsToMark, MarkRecord } from "../marks";
import { MARK_FILLS } from "../../template/style";
import { argb, toBytes, writeTemplateXlsx } from "../file/write";
import { loadWorkbookModel } from "../file/load";
import { zeroBlankCells } from "../file/fill-zeros";
import { addReviewRow } from "../file/reviews";
import { Review, REVIEW_SHEET } from "../../model/review";
import { PREVIOUS_SHEET } from "../../template/previous-sheet";
import { readWorkbookGrid } from "../file/read";
import { readWorkbook, ReadResult } from "../../reading/read";
import { CellLocation, WorkbookGrid } from "../../model/grid";
import { FILE_TYPES } from "./download";
import { DownloadFile, Host, InsertOptions, InsertResult, MarkOutcome, NextYearResult, TextWritten } from "../host";
import { nextYearFile } from "../file/next-year";
import { parseAddress } from "../../model/address";
import { proseRowHeight } from "../../template/text";
import { PANE_TEXT } from "../../catalogue/pane-messages";
import { sectionCells } from "../../reading/text-cells";
import { CHECKER_TEXT } from "../../catalogue/checker-messages";
import { NianbaoError } from "../../model/errors";

/** A marked cell with the messages of the findings that marked it. */
export interface CellMark extends MarkRecord {
  readonly messages: readonly string[];
}

/** What the page shows of the workbook: its sheets, the marks, the cell a finding points at. */
export interface WorkbookView {
  showWorkbook(grid: WorkbookGrid): void;
  showMarks(marks: readonly CellMark[]): void;
  showCell(location: CellLocation): void;
}

/** No workbook is open yet. */
export class NoWorkbookError extends NianbaoError {
  constructor(message: string) {
    super("noWorkbook", message);
  }
}

/** The text of a cell's note, whether exceljs holds it as a string or as rich text. */
function noteText(note: ExcelJS.Cell["note"]): string {
  if (note === undefined) return "";
  return typeof note === "string" ? note : (note.texts ?? []).map((run) => run.text).join("");
}

/** The note with the findings' messages added below what a person wrote, each message once. */
function notedWith(note: ExcelJS.Cell["note"], messages: readonly string[]): string {
  const existing = noteText(note);
  const added = messages.filter((message) => !existing.includes(message));
  return [existing, ...added].filter(Boolean).join("\n");
}

export class FileHost implements Host {
  readonly kind = "file";
  private file: { name: string; bytes: Uint8Array } | null = null;
  private grid: WorkbookGrid | null = null;
  private marks: readonly CellMark[] = [];

  constructor(private readonly view: WorkbookView) {}

  /** Opens a workbook's bytes; throws WorkbookFileError or NotAReportError (Chinese messages). */
  async open(name: string, bytes: Uint8Array): Promise<WorkbookGrid> {
    // The previous workbook is gone the moment another is chosen: a file that fails to open
    // must not leave the last one's sheets to be checked, written or exported.
    this.close();
    const grid = await readWorkbookGrid(bytes);
    // Refuses, with its message, a workbook that holds no report before anything is shown.
    readWorkbook(grid);
    this.file = { name, bytes };
    this.marks = [];
    this.show(grid);
    this.view.showMarks([]);
    return grid;
  }

  async insertTemplate(options: InsertOptions): Promise<InsertResult> {
    const bytes = await writeTemplateXlsx(options.format, options.year, options.agency);
    return { status: "file", file: { name: PANE_TEXT.templateName(options.agency, options.year), type: FILE_TYPES.xlsx, bytes } };
  }

  async nextYear(): Promise<NextYearResult> {
    const next = await nextYearFile(await this.read());
    return { status: "file", file: { name: next.name, type: FILE_TYPES.xlsx, bytes: next.bytes }, year: next.year, previousYear: next.previousYear };
  }

  /** The grid parsed when the file was opened or last written: the bytes change nowhere else. */
  async read(): Promise<ReadResult> {
    this.opened();
    return readWorkbook(this.grid!);
  }

  async mark(findings: readonly Finding[]): Promise<MarkOutcome> {
    const sheets = new Set(this.grid?.sheets.map((sheet) => sheet.name));
    // A file's cells have no fill of their own to give back: marks live only in this page.
    this.marks = cellsToMark(findings, sheets).map((cell) => ({ ...cell, originalFill: null }));
    this.view.showMarks(this.marks);
    return { refused: [] };
  }

  async clearMarks(): Promise<void> {
    this.marks = [];
    this.view.showMarks([]);
  }

  async select(location: CellLocation): Promise<void> {
    this.view.showCell(location);
  }

  /** A file changes only when this page writes it. */
  async onChange(): Promise<() => Promise<void>> {
    return async () => undefined;
  }

  async writeText(sections: Readonly<Record<string, string>>): Promise<TextWritten> {
    const file = this.opened();
    const cells = sectionCells(await this.read(), Object.keys(sections));
    const workbook = await loadWorkbookModel(file.bytes);
    for (const [section, text] of Object.entries(sections)) {
      const sheet = workbook.getWorksheet(cells[section].sheet)!;
      sheet.getCell(cells[section].address).value = text;
      // As the template plan sizes a prose row: the file has no Excel to fit it.
      sheet.getRow(parseAddress(cells[section].address).row).height = proseRowHeight(text);
    }
    await this.keep(file, await toBytes(workbook));
    return { rowsFitted: true };
  }

  async addReview(review: Review): Promise<void> {
    const file = this.opened();
    const workbook = await loadWorkbookModel(file.bytes);
    addReviewRow(workbook, review);
    await this.keep(file, await toBytes(workbook));
  }

  async fillZeros(cells: readonly CellLocation[]): Promise<number> {
    const file = this.opened();
    const workbook = await loadWorkbookModel(file.bytes);
    const filled = zeroBlankCells(workbook, cells);
    if (filled > 0) await this.keep(file, await toBytes(workbook));
    return filled;
  }

  /** The workbook with each marked cell filled and noted with its findings; every value kept. */
  async markedWorkbook(): Promise<DownloadFile> {
    const file = this.opened();
    const workbook = await loadWorkbookModel(file.bytes);
    for (const mark of this.marks) {
      const cell = workbook.getWorksheet(mark.sheet)?.getCell(mark.address);
      if (!cell) continue;
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(MARK_FILLS[mark.severity]) } };
      cell.note = notedWith(cell.note, mark.messages);
    }
    return { name: PANE_TEXT.markedName(file.name), type: FILE_TYPES.xlsx, bytes: await toBytes(workbook) };
  }

  private opened(): { name: string; bytes: Uint8Array } {
    if (!this.file) throw new NoWorkbookError(CHECKER_TEXT.noFile);
    return this.file;
  }

  /** Keeps the file's new bytes, parsed first, so that the file and its grid never disagree. */
  private async keep(file: { name: string; bytes: Uint8Array }, bytes: Uint8Array): Promise<void> {
    const grid = await readWorkbookGrid(bytes);
    this.file = { ...file, bytes };
    this.show(grid);
  }

  /** Forgets the open workbook, its marks and its sheets on the page. */
  close(): void {
    this.file = null;
    this.marks = [];
    this.show({ sheets: [] });
    this.grid = null;
    this.view.showMarks([]);
  }

  private show(grid: WorkbookGrid): void {
    this.grid = grid;
    // The review and last year's sheets are hidden in Excel too: the page shows the sheets a person works on.
    this.view.showWorkbook({ sheets: grid.sheets.filter((sheet) => sheet.name !== REVIEW_SHEET && sheet.name !== PREVIOUS_SHEET) });
  }
}
