// Reading the report files a command is given (.xlsx, JSON, or a published page or text copy):
// every failure becomes a Chinese message naming the file, exit code 2.
import { readReportXlsx } from "../../hosts/file/report-file";
import { readWorkbookGrid } from "../../hosts/file/read";
import { WorkbookGrid } from "../../model/grid";
import { readReportJson } from "../../reading/json";
import { isNianbaoError } from "../../model/errors";
import { ReadResult, readWorkbook } from "../../reading/read";
import { Report } from "../../model/report";
import { CheckInput } from "../../checks/engine";
import { CliError, EXIT } from "./command";
import { readInput } from "./files";
import { BATCH_MESSAGES } from "../../catalogue/batch-messages";
import { CLI_MESSAGES, CLI_TEXT } from "../../catalogue/cli-messages";

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
async function said<T>(path: string, read: () => T | Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (isNianbaoError(error)) throw new ReportFileError(error.message, CLI_MESSAGES.inFile(path, error.message));
    throw error;
  }
}

/** Runs `read` on the file's content; what the readers reject is said with the file's name. */
async function named<T>(path: string, read: (bytes: Uint8Array) => T | Promise<T>): Promise<T> {
  const bytes = await bytesOf(path);
  return said(path, () => read(bytes));
}

/** Where JSON.parse stopped, as a person finds it in an editor: line and column, 1-based. */
function whereParsingStopped(text: string, error: unknown): { line: number; column: number } | undefined {
  const position = /position (\d+)/.exec((error as Error).message)?.[1];
  if (position === undefined) return undefined;
  const before = text.slice(0, Number(position)).split("\n");
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

function parseJson(path: string, bytes: Uint8Array): unknown {
  const text = new TextDecoder().decode(bytes).replace(/^\uFEFF/, "");
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ReportFileError(CLI_MESSAGES.notJson(path, whereParsingStopped(text, error)));
  }
}

/** A workbook read by its labels. */
export function readWorkbookFile(path: string): Promise<ReadResult> {
  return named(path, readReportXlsx);
}

/** A workbook's cells, not yet read by their labels (a batch's worker sends them to be). */
export function readWorkbookGridFile(path: string): Promise<WorkbookGrid> {
  return named(path, readWorkbookGrid);
}

/** The workbook `path` whose cells are `grid`, read by its labels: as readWorkbookFile reads it. */
export function readWorkbookOfGrid(path: string, grid: WorkbookGrid): Promise<ReadResult> {
  return said(path, () => readWorkbook(grid));
}

/** A report in the JSON contract, with the labels that differ from the official ones as issues. */
export function readJsonReportFile(path: string): Promise<ReadResult> {
  return named(path, (bytes) => readReportJson(parseJson(path, bytes)));
}

/** Workbooks of the old binary formats: Excel 97-2003 and WPS. */
export const OLD_WORKBOOK = /\.(xls|et)$/i;

/**
 * Whether the file is read as a workbook: an .xlsx, or an old .xls or .et (the reader knows the
 * old format by its bytes and says to save it as .xlsx, and a renamed .xlsx still reads).
 */
export const isWorkbookFile = (path: string): boolean => path.toLowerCase().endsWith(".xlsx") || OLD_WORKBOOK.test(path);

/** Extensions of a report as published: a saved page, or text copied from a page or a PDF. */
const PUBLISHED_EXTENSIONS = [".html", ".htm", ".txt"];

export const isPublishedFile = (path: string): boolean => PUBLISHED_EXTENSIONS.some((extension) => path.toLowerCase().endsWith(extension));

/**
 * A published report read by its labels and titles, with what was not placed or was read under a
 * variant label, in the person's words. Its reader, an HTML parser among it, is loaded only when a
 * published report is read: loading it took 45 ms that every other command waited for.
 */
export async function readPublishedFile(path: string): Promise<{ report: Report; notes: string[] }> {
  const { noteMessage, readPublished } = await import("../../reading/published/read-published");
  const { report, notes } = await named(path, readPublished);
  return { report, notes: notes.map(noteMessage) };
}

/** A report file with what reading it could not take as written, in the person's words. */
export interface ReportFileRead {
  readonly input: CheckInput;
  /** For a published report: what was not placed, or was read under a variant label, with its line. */
  readonly notes: readonly string[];
}

/** A report file of any kind, by its extension, with its reading notes. */
export async function readReportFileNoted(path: string): Promise<ReportFileRead> {
  const lower = path.toLowerCase();
  if (isWorkbookFile(path)) return { input: { read: await readWorkbookFile(path) }, notes: [] };
  if (lower.endsWith(".json")) return { input: { read: await readJsonReportFile(path) }, notes: [] };
  if (isPublishedFile(path)) {
    const { report, notes } = await readPublishedFile(path);
    return { input: { report }, notes };
  }
  throw new ReportFileError(CLI_TEXT.notXlsxOrJson(path));
}

/** A report file of any kind, by its extension. */
export async function readReportFile(path: string): Promise<CheckInput> {
  return (await readReportFileNoted(path)).input;
}

/** Why a file of a batch could not be read: our messages as they are, anything else as unexpected. */
export function reasonOf(error: unknown): string {
  if (error instanceof ReportFileError) return error.reason;
  return BATCH_MESSAGES.unexpected(error instanceof Error ? error.message : String(error));
}
