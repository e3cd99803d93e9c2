// One base for every failure a person can act on. `code` says what went wrong, for hosts to map
// to their own way of saying it (pane text, exit code, CustomFunctions.Error); `message` is the
// Chinese sentence itself. Hosts decide by `code`, never by looking at the message's characters.

export type ErrorCode =
  /** JSON input: not JSON, or not the contract's shape. */
  | "reportJson"
  /** No table of the report could be found in the workbook. */
  | "notAReport"
  /** The 正文 sheet or one of its section titles is missing. */
  | "textSheetMissing"
  /** A file's bytes are not a workbook we will read, by reason. */
  | "empty"
  | "encrypted"
  | "legacyFormat"
  /** A cell holds more characters than Excel allows (32,767). */
  | "cellTooLong"
  | "notZip"
  | "truncated"
  | "notWorkbook"
  | "tooLarge"
  | "sheetTooLarge"
  | "unreadable"
  /** A name on disk is not a regular file (a folder, a link in a folder, a FIFO, a device). */
  | "notRegularFile"
  /** A file far larger than any report file, refused before it is read. */
  | "fileTooLarge"
  /** A value a workbook cannot hold as typed (control characters, too long, a section without a place). */
  | "notWritable"
  /** Text cells changed while generated text was being written. */
  | "textChanged"
  /** A text cell is locked on a protected sheet: nothing was written. */
  | "textLocked"
  /** Text cells kept changing: a person is typing there. */
  | "textKeepsChanging"
  /** The standalone page has no workbook open. */
  | "noWorkbook"
  /** Excel kept changing the sheets while they were read. */
  | "excelBusy"
  /** Reports that must not be summed as they stand (mixed years, text in a cell, errors, duplicates). */
  | "merge"
  /** A roster of departments that is not a list of names. */
  | "roster"
  /** Next year's report cannot be started: this year's 报告年度 is blank or not a year. */
  | "unknownYear"
  /** The command line was used wrongly. */
  | "usage"
  /** A command stopped for a reason the person can fix. */
  | "command"
  /** A sheet of the review sheet's name holds something else. */
  | "reviewSheetTaken";

export class NianbaoError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export function isNianbaoError(error: unknown): error is NianbaoError {
  return error instanceof NianbaoError;
}
