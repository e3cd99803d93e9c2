// The JSON interchange contract of shared/domain/REPORT-JSON.md: reading matches keys after
// label normalisation and keeps every value as typed; writing uses the official labels.
import { columnLabels, inputCells, rowLabels, cellId } from "./cells";
import { getFormat, isFormatId } from "./formats";
import { normalizeLabel } from "./labels";
import { FeeInfo, INFO_FIELDS, isReportYear, NO_FEE, proseParts, Report } from "./report";
import { CellId, CellValue, ReportFormat, TABLE_IDS, TableId } from "./types";
import { NianbaoError } from "./errors";

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

const officialKeys = new Map<string, string>();

/** The official labels are few and fixed: each is normalised once, not on every key read. */
function officialKey(label: string): string {
  let key = officialKeys.get(label);
  if (key === undefined) officialKeys.set(label, (key = normalizeLabel(label)));
  return key;
}

function findLabel(candidates: readonly string[], written: string): string | undefined {
  const wanted = normalizeLabel(written);
  return candidates.find((label) => officialKey(label) === wanted);
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

function readTable(format: ReportFormat, table: TableId, data: unknown, values: Record<CellId, CellValue>): void {
  if (data === undefined) return;
  if (typeof data !== "object" || data === null || Array.isArray(data))
    throw new ReportJsonError(`表${table} 应是一个以行标签为键的对象。`);
  const rows = rowLabels(format, table);
  for (const [writtenRow, cells] of Object.entries(data as Record<string, unknown>)) {
    const row = findLabel(rows, writtenRow);
    if (!row) throw new ReportJsonError(`表${table} 没有名为“${writtenRow}”的行（${format.id}年格式）。`);
    if (typeof cells !== "object" || cells === null || Array.isArray(cells))
      throw new ReportJsonError(`表${table}“${row}”应是一个以列标签为键的对象。`);
    const columns = columnLabels(format, table, row);
    for (const [writtenColumn, value] of Object.entries(cells as Record<string, unknown>)) {
      const column = findLabel(columns, writtenColumn);
      if (!column) throw new ReportJsonError(`表${table}“${row}”没有名为“${writtenColumn}”的列（${format.id}年格式）。`);
      values[cellId(table, row, column)] = readValue(value, `表${table}“${row}”“${column}”`);
    }
  }
}

/** Reads a parsed JSON value as a report. Throws ReportJsonError with a Chinese message. */
export function reportFromJson(json: unknown): Report {
  if (typeof json !== "object" || json === null || Array.isArray(json)) throw new ReportJsonError("文件内容不是一个 JSON 对象。");
  const data = json as Record<string, unknown>;
  const formatId = typeof data.format === "number" ? String(data.format) : data.format;
  if (!isFormatId(formatId)) throw new ReportJsonError(`“format” 应为 "2021" 或 "2019"，而不是 ${JSON.stringify(data.format)}。`);
  if (!isReportYear(data.year))
    throw new ReportJsonError(`“year” 应为报告所述的年度（如 2025），而不是 ${JSON.stringify(data.year)}。`);
  if (data.agency !== undefined && typeof data.agency !== "string") throw new ReportJsonError("“agency” 应为机关名称文字。");
  const format = getFormat(formatId);
  const values: Record<CellId, CellValue> = {};
  for (const cell of inputCells(format)) values[cell.id] = null;
  for (const table of TABLE_IDS) readTable(format, table, data[table], values);
  const text: Record<string, string> = {};
  if (data.text !== undefined) {
    if (typeof data.text !== "object" || data.text === null || Array.isArray(data.text))
      throw new ReportJsonError("“text” 应是一个以章节标题为键的对象。");
    for (const [title, body] of Object.entries(data.text as Record<string, unknown>)) {
      if (typeof body !== "string") throw new ReportJsonError(`“text”中“${title}”应为文字。`);
      text[findLabel(proseParts(format), title) ?? title] = body;
    }
  }
  const fee = readFee(data.info);
  const procurementUnit = infoField(data.info, INFO_FIELDS.procurementUnit);
  return { format: formatId, year: data.year, agency: (data.agency as string | undefined) ?? "", values, fee, ...(procurementUnit !== null ? { procurementUnit } : {}), text };
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
