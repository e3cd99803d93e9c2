// Reading the report files a command is given (.xlsx, JSON, or a published page or text copy):
// every failure becomes a Chinese message naming the file, exit code 2.
import { readReportXlsx } from "../../hosts/file/report-file";
import { WorkbookGrid } from "../../model/grid";
import { readReportJson } from "../../reading/json";
import { ReadResult, readWorkbook } from "../../reading/read";
import { Report } from "../../model/report";
import { CheckInput } from "../../checks/engine";
import { CLI_MESSAGES, CLI_TEXT } from "../../catalogue/cli-messages";
import { isWorkbookFile, named, ReportFileError, said } from "./workbook-cells";

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

/** The workbook `path` whose cells are `grid`, read by its labels: as readWorkbookFile reads it. */
export function readWorkbookOfGrid(path: string, grid: WorkbookGrid): Promise<ReadResult> {
  return said(path, () => readWorkbook(grid));
}

/** A report in the JSON contract, with the labels that differ from the official ones as issues. */
export function readJsonReportFile(path: string): Promise<ReadResult> {
  return named(path, (bytes) => readReportJson(parseJson(path, bytes)));
}

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
