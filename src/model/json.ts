// The JSON interchange contract of shared/domain/REPORT-JSON.md: reading matches keys after
// label normalisation and keeps every value as typed; writing uses the official labels.
import { columnLabels, inputCells, rowLabels, cellId } from "./cells";
import { getFormat, isFormatId } from "./formats";
import { matchLabel, normalizeLabel } from "./labels";
import { FeeInfo, INFO_FIELDS, isReportYear, NO_FEE, proseParts, Report } from "./report";
import { CellId, CellValue, ReportFormat, TABLE_IDS, TableId } from "./types";
import { NianbaoError } from "./errors";
import { derived } from "./derived";

/** A report in the JSON contract's shape. */
export interface ReportJson {
  format: string;
  year: number;
  agency?: string;
  二?: Record<string, Record<string, CellValue>>;
  三?: Record<string, Record<string, CellValue>>;
  四?: Record<string, Record<string, CellValue>>;
  /** Our addition to the contract: the 信息处理费 fields of the information sheet. */
  info?: Record<string, CellValue>;
  text?: Record<string, string>;
}

/** The JSON could not be read as a report; `message` is Chinese and names the offending key. */
export class ReportJsonError extends NianbaoError {
  constructor(message: string) {
    super("reportJson", message);
  }
}

/**
 * A key of the JSON that is not an official label: a variant read as `official`, or one that
 * means no label of the format (`official` undefined), whose values could not be placed.
 */
export interface WrittenLabel {
  readonly table: TableId | "text";
  readonly axis: "row" | "column" | "section";
  readonly written: string;
  readonly official?: string;
  /** For a column label: the official row it was written in. */
  readonly row?: string;
  /**
   * For a row written as one where the format has sub-rows (a 2019-style （六）其他处理 in a
   * 2021 table): the sub-rows it stands for, whose values it does not give.
   */
  readonly collapsed?: readonly string[];
}

/** A report read from JSON, with every key that differs from the official labels. */
export interface ReadJson {
  readonly report: Report;
  readonly labels: readonly WrittenLabel[];
}

function readValue(value: unknown, where: string): CellValue {
  if (value === null || typeof value === "string") return value;
  if (typeof value === "number" && Number.isFinite(value)) return value;
  throw new ReportJsonError(`${where} 的值 ${JSON.stringify(value)} 不是数字、文字或 null。`);
}

function readFee(info: unknown): FeeInfo {
  if (info === undefined) return NO_FEE;
  if (typeof info !== "object" || info === null || Array.isArray(info)) throw new ReportJsonError("“info” 应是一个对象。");
  const pick = (label: string): CellValue => infoField(info, label);
  return { charged: pick(INFO_FIELDS.feeCharged), cases: pick(INFO_FIELDS.feeCases), amount: pick(INFO_FIELDS.feeAmount) };
}

function infoField(info: unknown, label: string): CellValue {
  if (typeof info !== "object" || info === null) return null;
  const entry = Object.entries(info as Record<string, unknown>).find(([key]) => normalizeLabel(key) === normalizeLabel(label));
  return entry ? readValue(entry[1], `info.${label}`) : null;
}

/** A column label is printed once per header: once per block of 表二, once for 表三 and for 表四. */
function headerOf(format: ReportFormat, table: TableId, row: string): number {
  return table === "二" ? format.tables.二.blocks.findIndex((block) => block.rows.includes(row)) : 0;
}

/** The labels of 表三 that stand over sub-rows: （三）不予公开 … （六）其他处理 (not 三、本年度办理结果, over them all). */
const parentRows = derived((format: ReportFormat): readonly string[] => [...new Set(format.tables.三.rows.flatMap((row) => row.parents.slice(1)))]);

/** The sub-rows a written row label stands for when it is one of 表三's parent labels. */
function collapsedRow(format: ReportFormat, table: TableId, written: string): { parent: string; rows: string[] } | undefined {
  const parent = table === "三" ? matchLabel(parentRows(format), written) : undefined;
  return parent && { parent: parent.label, rows: format.tables.三.rows.filter((row) => row.parents.includes(parent.label)).map((row) => row.label) };
}

function readTable(format: ReportFormat, table: TableId, data: unknown, values: Record<CellId, CellValue>, labels: WrittenLabel[]): void {
  if (data === undefined) return;
  if (typeof data !== "object" || data === null || Array.isArray(data))
    throw new ReportJsonError(`表${table} 应是一个以行标签为键的对象。`);
  const rows = rowLabels(format, table);
  const columnVariants = new Set<string>();
  for (const [writtenRow, cells] of Object.entries(data as Record<string, unknown>)) {
    const row = matchLabel(rows, writtenRow);
    if (!row) {
      const collapsed = collapsedRow(format, table, writtenRow);
      labels.push(collapsed ? { table, axis: "row", written: writtenRow, official: collapsed.parent, collapsed: collapsed.rows } : { table, axis: "row", written: writtenRow });
      continue;
    }
    if (row.variant) labels.push({ table, axis: "row", written: writtenRow, official: row.label });
    if (typeof cells !== "object" || cells === null || Array.isArray(cells))
      throw new ReportJsonError(`表${table}“${row.label}”应是一个以列标签为键的对象。`);
    const columns = columnLabels(format, table, row.label);
    for (const [writtenColumn, value] of Object.entries(cells as Record<string, unknown>)) {
      const column = matchLabel(columns, writtenColumn);
      if (!column || column.variant) {
        // The same altered header seen again in the next row of its block is one label, said once.
        const header = `${headerOf(format, table, row.label)}|${normalizeLabel(writtenColumn)}`;
        if (!columnVariants.has(header)) labels.push({ table, axis: "column", written: writtenColumn, official: column?.label, row: row.label });
        columnVariants.add(header);
      }
      if (column) values[cellId(table, row.label, column.label)] = readValue(value, `表${table}“${row.label}”“${column.label}”`);
    }
  }
}

function readText(format: ReportFormat, data: unknown, labels: WrittenLabel[]): Record<string, string> {
  const text: Record<string, string> = {};
  if (data === undefined) return text;
  if (typeof data !== "object" || data === null || Array.isArray(data)) throw new ReportJsonError("“text” 应是一个以章节标题为键的对象。");
  for (const [title, body] of Object.entries(data as Record<string, unknown>)) {
    if (typeof body !== "string") throw new ReportJsonError(`“text”中“${title}”应为文字。`);
    const section = matchLabel(proseParts(format), title);
    // A title that means none of the sections is kept as written: nothing a person wrote is dropped.
    if (section?.variant) labels.push({ table: "text", axis: "section", written: title, official: section.label });
    const key = section?.label ?? title;
    text[key] = key in text ? `${text[key]}\n${body}` : body;
  }
  return text;
}

/**
 * Reads a parsed JSON value as a report, matching every label by meaning (matchLabel): a
 * variant or an unknown label is returned beside the report, never a reason to stop.
 * Throws ReportJsonError (Chinese, naming the key) only when the JSON is not shaped as a report.
 */
export function parseReportJson(json: unknown): ReadJson {
  if (typeof json !== "object" || json === null || Array.isArray(json)) throw new ReportJsonError("文件内容不是一个 JSON 对象。");
  const data = json as Record<string, unknown>;
  const formatId = typeof data.format === "number" ? String(data.format) : data.format;
  if (!isFormatId(formatId)) throw new ReportJsonError(`“format” 应为 "2021" 或 "2019"，而不是 ${JSON.stringify(data.format)}。`);
  if (!isReportYear(data.year))
    throw new ReportJsonError(`“year” 应为报告所述的年度（如 2025），而不是 ${JSON.stringify(data.year)}。`);
  if (data.agency !== undefined && typeof data.agency !== "string") throw new ReportJsonError("“agency” 应为机关名称文字。");
  const format = getFormat(formatId);
  const values: Record<CellId, CellValue> = {};
  const labels: WrittenLabel[] = [];
  for (const cell of inputCells(format)) values[cell.id] = null;
  for (const table of TABLE_IDS) readTable(format, table, data[table], values, labels);
  const text = readText(format, data.text, labels);
  const procurementUnit = infoField(data.info, INFO_FIELDS.procurementUnit);
  const report = { format: formatId, year: data.year, agency: (data.agency as string | undefined) ?? "", values, fee: readFee(data.info), ...(procurementUnit !== null ? { procurementUnit } : {}), text };
  return { report, labels };
}

/** The report of parseReportJson, for callers that only need the figures and the text. */
export function reportFromJson(json: unknown): Report {
  return parseReportJson(json).report;
}

/** Writes a report in the JSON contract, with official labels and every cell present. */
export function reportToJson(report: Report): ReportJson {
  const format = getFormat(report.format);
  const json: ReportJson = { format: report.format, year: report.year, agency: report.agency, 二: {}, 三: {}, 四: {} };
  for (const cell of inputCells(format)) {
    const table = json[cell.table]!;
    (table[cell.row] ??= {})[cell.column] = report.values[cell.id] ?? null;
  }
  const { charged, cases, amount } = report.fee;
  if (charged !== null || cases !== null || amount !== null)
    json.info = { [INFO_FIELDS.feeCharged]: charged, [INFO_FIELDS.feeCases]: cases, [INFO_FIELDS.feeAmount]: amount };
  if (report.procurementUnit !== undefined && report.procurementUnit !== null)
    json.info = { ...json.info, [INFO_FIELDS.procurementUnit]: report.procurementUnit };
  if (Object.keys(report.text).length > 0) json.text = { ...report.text };
  return json;
}
