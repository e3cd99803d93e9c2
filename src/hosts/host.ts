// The one thing the pane talks to: Excel through Office.js here, a file in the standalone page.
import { Finding } from "../model/findings";
import { ReadResult } from "../reading/read";
import { CellLocation } from "../model/grid";
import { FormatId } from "../model/types";
import { PANE_TEXT } from "../catalogue/pane-messages";
import { NianbaoError } from "../model/errors";
import { Review } from "../model/review";

export interface InsertOptions {
  readonly format: FormatId;
  readonly year: number;
  readonly agency: string;
  /** "ask": stop and report the clashing sheets; "beside": insert under new names next to them. */
  readonly whenSheetsExist: "ask" | "beside";
}

/** A file for the person to save: the pane offers it as a download. */
export interface DownloadFile {
  readonly name: string;
  readonly type: string;
  readonly bytes: Uint8Array | string;
}

/** Text was written into every section; `rowsFitted` is false when the sheet forbade resizing its rows. */
export interface TextWritten {
  readonly rowsFitted: boolean;
}

export interface MarkOutcome {
  readonly refused: readonly string[];
}

export type InsertResult =
  | { readonly status: "inserted"; readonly sheets: readonly string[] }
  | { readonly status: "conflict"; readonly existing: readonly string[] }
  /** Outside Excel there is no workbook to insert into: the template comes as a new file. */
  | { readonly status: "file"; readonly file: DownloadFile };

/** Next year's workbook: offered as a file to save, or opened by Excel as a new workbook. */
export type NextYearResult =
  | { readonly status: "file"; readonly file: DownloadFile; readonly year: number; readonly previousYear: number }
  | { readonly status: "opened"; readonly year: number; readonly previousYear: number };

export interface Host {
  /** "excel": the open workbook; "file": a workbook opened from disk in the standalone page. */
  readonly kind: "excel" | "file";
  insertTemplate(options: InsertOptions): Promise<InsertResult>;
  /** Reads the whole report; throws NotAReportError when the workbook holds none. */
  read(): Promise<ReadResult>;
  /**
   * Marks the cells of these findings and unmarks every other cell it marked before, as far as
   * the workbook lets it: `refused` names the sheets whose protection forbids fills.
   */
  mark(findings: readonly Finding[]): Promise<MarkOutcome>;
  clearMarks(): Promise<void>;
  select(location: CellLocation): Promise<void>;
  /** Calls `callback` once a person has stopped typing for a moment; resolves to the unsubscribe. */
  onChange(callback: () => void): Promise<() => Promise<void>>;
  /**
   * Writes each section's text into the cell the last read found for it on the 正文 sheet; the
   * pane has merged it with `before`, the text each cell held when the merge began. Throws
   * TextSheetError when a section has no cell, and, writing nothing, the Excel host's
   * TextChangedError when a cell no longer holds `before` (a person typed meanwhile); the
   * standalone page's copy changes only through this page, so the file host never throws it.
   */
  writeText(sections: Readonly<Record<string, string>>, before: Readonly<Record<string, string>>): Promise<TextWritten>;
  /**
   * 把空白填为 0: writes 0 into each of these cells that is still blank, in one batch, and never
   * into a cell that holds anything; resolves to how many were filled.
   */
  fillZeros(cells: readonly CellLocation[]): Promise<number>;
  /** 新建下一年度: next year's workbook from this one, which stays as it is. Throws "unknownYear". */
  nextYear(): Promise<NextYearResult>;
  /** Stores a review (已核实) in the workbook, where every host reads it back. */
  addReview(review: Review): Promise<void>;
  /** The file host only: the workbook with the last findings' cells filled, values unchanged. */
  markedWorkbook?(): Promise<DownloadFile>;
}

/** A 正文 cell is locked on a protected sheet: nothing was written, rather than some sections. */
export class TextLockedError extends NianbaoError {
  constructor(readonly cells: readonly { section: string; sheet: string; address: string }[]) {
    super("textLocked", PANE_TEXT.textLocked(cells.map((cell) => `“${cell.section}”（${cell.sheet}!${cell.address}）`)));
  }
}

/** A 正文 cell changed after the text to write was merged from it: nothing was written. */
export class TextChangedError extends NianbaoError {
  constructor(readonly cells: readonly { section: string; sheet: string; address: string }[]) {
    super("textChanged", PANE_TEXT.textChangedUnwritten(cells.map((cell) => `“${cell.section}”（${cell.sheet}!${cell.address}）`)));
  }
}
