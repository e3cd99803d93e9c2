// A report file read into a workbook's cells, and what becomes of a file that cannot be: the
// Chinese message naming it. All that a batch's worker loads to begin with (batch-worker.ts):
// none of the checking code, so the worker starts the sooner and warms up only what it runs.
import { readWorkbookGrid } from "../../hosts/file/read";
import { WorkbookGrid } from "../../model/grid";
import { isNianbaoError } from "../../model/errors";
import { CliError, EXIT } from "./command";
import { readInput } from "./files";
import { BATCH_MESSAGES } from "../../catalogue/batch-messages";
import { CLI_MESSAGES } from "../../catalogue/cli-messages";

/** A report file could not be read; `reason` is the Chinese message without the file's name. */
export class ReportFileError extends CliError {
  constructor(
    readonly reason: string,
    message = reason,
  ) {
    super(message, EXIT.badInput);
  }
}

async function bytesOf(path: string): Promise<Uint8Array> {
  try {
    return await readInput(path);
  } catch (error) {
    if (error instanceof CliError) throw new ReportFileError(error.message);
    throw error;
  }
}

/** Runs `read`; what the readers reject is said with the file's name. */
export async function said<T>(path: string, read: () => T | Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (isNianbaoError(error)) throw new ReportFileError(error.message, CLI_MESSAGES.inFile(path, error.message));
    throw error;
  }
}

/** Runs `read` on the file's content; what the readers reject is said with the file's name. */
export async function named<T>(path: string, read: (bytes: Uint8Array) => T | Promise<T>): Promise<T> {
  const bytes = await bytesOf(path);
  return said(path, () => read(bytes));
}

/** Workbooks of the old binary formats: Excel 97-2003 and WPS. */
export const OLD_WORKBOOK = /\.(xls|et)$/i;

/**
 * Whether the file is read as a workbook: an .xlsx, or an old .xls or .et (the reader knows the
 * old format by its bytes and says to save it as .xlsx, and a renamed .xlsx still reads).
 */
export const isWorkbookFile = (path: string): boolean => path.toLowerCase().endsWith(".xlsx") || OLD_WORKBOOK.test(path);

/** A workbook's cells, not yet read by their labels (a batch's worker sends them to be). */
export function readWorkbookGridFile(path: string): Promise<WorkbookGrid> {
  return named(path, readWorkbookGrid);
}

/** Why a file of a batch could not be read: our messages as they are, anything else as unexpected. */
export function reasonOf(error: unknown): string {
  if (error instanceof ReportFileError) return error.reason;
  return BATCH_MESSAGES.unexpected(error instanceof Error ? error.message : String(error));
}
