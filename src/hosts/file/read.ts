// An .xlsx file as the WorkbookGrid that src/report/read.ts reads by its labels. Works in Node
// and in the browser: it takes bytes and touches no file system.
//
// Reading goes straight to the parts that hold values (workbook, relationships, shared strings,
// number formats, sheets) instead of loading the whole workbook model with exceljs: that model
// (styles, validations, print setup) is not needed to read values and cost ~12 ms a workbook.
import { CellValue, parseAddress } from "../../report";
import { SheetGrid, WorkbookGrid } from "../../report/read";
import { FILE_MESSAGES } from "./messages";
import { XlsxArchive } from "./unzip";
import { LIMITS, WorkbookFileError } from "./zip-guard";

const pad = (n: number) => String(n).padStart(2, "0");

/** A date as a person would read it: 2025-01-31, with the time only when there is one. */
function dateText(date: Date): string {
  const day = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  const time = date.getUTCHours() * 3600 + date.getUTCMinutes() * 60 + date.getUTCSeconds();
  return time === 0 ? day : `${day} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
}

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name[0] !== "#") return ENTITIES[name] ?? whole;
    return String.fromCodePoint(name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
  });
}

const attributePatterns = new Map<string, RegExp>();

function attribute(attributes: string, name: string): string | undefined {
  let pattern = attributePatterns.get(name);
  if (!pattern) attributePatterns.set(name, (pattern = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)));
  const match = pattern.exec(attributes);
  return match ? unescapeXml(match[1] ?? match[2]) : undefined;
}

/** The text of every <t> of a string item, leaving out phonetic guides (<rPh>). */
function itemText(xml: string): string {
  let text = "";
  for (const match of xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "").matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>|<t\b[^>]*\/>/g)) text += match[1] ?? "";
  return unescapeXml(text);
}

function sharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  return Array.from(xml.matchAll(/<si\b[^>]*>([\s\S]*?)<\/si>|<si\b[^>]*\/>/g), (match) => itemText(match[1] ?? ""));
}

/** Built-in number formats that show a date or time (ECMA-376 18.8.30). */
const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** A custom format shows a date when it has y, m, d, h or s outside quotes and brackets. */
const isDateCode = (code: string) => /[ymdhs]/i.test(code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, ""));

/** For each cell style index, whether its number format shows a date. */
function dateStyles(xml: string | undefined): boolean[] {
  if (!xml) return [];
  const custom = new Map<number, string>();
  for (const match of xml.matchAll(/<numFmt\b([^>]*)\/?>/g)) custom.set(Number(attribute(match[1], "numFmtId")), attribute(match[1], "formatCode") ?? "");
  const cellXfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? "";
  return Array.from(cellXfs.matchAll(/<xf\b([^>]*?)\/?>/g), (match) => {
    const id = Number(attribute(match[1], "numFmtId") ?? 0);
    return DATE_FORMAT_IDS.has(id) || (custom.has(id) && isDateCode(custom.get(id)!));
  });
}

/** Excel's serial day number (1900 date system) as a date. */
const serialDate = (serial: number) => new Date(Math.round((serial - 25569) * 86400) * 1000);

interface Parts {
  readonly strings: readonly string[];
  readonly dates: readonly boolean[];
}

function cellValue(attributes: string, body: string, parts: Parts): CellValue {
  const type = attribute(attributes, "t") ?? "n";
  if (type === "inlineStr") return itemText(/<is\b[^>]*>([\s\S]*?)<\/is>/.exec(body)?.[1] ?? "");
  const raw = /<v\b[^>]*>([\s\S]*?)<\/v>/.exec(body)?.[1];
  // A formula without a cached result (never calculated) reads as blank, not as its text.
  if (raw === undefined) return null;
  const text = unescapeXml(raw);
  if (type === "s") return parts.strings[Number(text)] ?? null;
  if (type === "str" || type === "e") return text;
  if (type === "b") return text === "1" ? "TRUE" : "FALSE";
  if (type === "d") return dateText(new Date(text));
  const number = Number(text);
  if (text.trim() === "" || !Number.isFinite(number)) return text;
  return parts.dates[Number(attribute(attributes, "s") ?? 0)] ? dateText(serialDate(number)) : number;
}

/** Merged areas other than their top-left cell: Excel keeps a merged area's value there only. */
function mergedTails(xml: string): ((row: number, column: number) => boolean) | undefined {
  const areas = Array.from(xml.matchAll(/<mergeCell\b[^>]*\bref="([A-Z]+\d+):([A-Z]+\d+)"/g), ([, from, to]) => [parseAddress(from), parseAddress(to)]);
  if (areas.length === 0) return undefined;
  return (row, column) =>
    areas.some(([from, to]) => row >= from.row && row <= to.row && column >= from.column && column <= to.column && (row !== from.row || column !== from.column));
}

const COLUMN_LETTERS = /^([A-Z]+)/;
function columnOf(reference: string): number {
  const letters = COLUMN_LETTERS.exec(reference)?.[1] ?? "";
  let column = 0;
  for (const letter of letters) column = column * 26 + letter.charCodeAt(0) - 64;
  return column;
}

function sheetGrid(name: string, xml: string, parts: Parts): SheetGrid {
  const values: CellValue[][] = [];
  const isTail = mergedTails(xml);
  let lastRow = 0;
  let rows = 0;
  let columns = 0;
  const data = /<sheetData\b[^>]*>([\s\S]*?)<\/sheetData>/.exec(xml)?.[1] ?? "";
  for (const rowMatch of data.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const row = Number(attribute(rowMatch[1], "r") ?? lastRow + 1);
    lastRow = row;
    let lastColumn = 0;
    for (const cellMatch of (rowMatch[2] ?? "").matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const reference = attribute(cellMatch[1], "r");
      const column = reference ? columnOf(reference) : lastColumn + 1;
      lastColumn = column;
      if (cellMatch[2] === undefined) continue;
      const value = cellValue(cellMatch[1], cellMatch[2], parts);
      if (value === null || (typeof value === "string" && value === "") || isTail?.(row, column)) continue;
      rows = Math.max(rows, row);
      columns = Math.max(columns, column);
      // Refused as soon as the area is too big, before it is built.
      if (rows * columns > LIMITS.sheetCells)
        throw new WorkbookFileError("sheetTooLarge", FILE_MESSAGES.sheetTooLarge(name, rows, columns, LIMITS.sheetCells));
      const cells = (values[row - 1] ??= []);
      while (cells.length < column - 1) cells.push(null);
      cells[column - 1] = value;
    }
  }
  // Rows are as long as their last value; rows without values are empty arrays, never holes.
  return { name, values: Array.from(values, (row) => row ?? []) };
}

/** Where a relationship target points, as a zip entry name. */
function resolve(base: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = base.split("/").slice(0, -1);
  for (const part of target.split("/")) {
    if (part === "..") parts.pop();
    else if (part !== ".") parts.push(part);
  }
  return parts.join("/");
}

/**
 * The part's XML with element names unprefixed: Excel writes `<c>`, but producers built on the
 * Open XML SDK may write `<x:c>` for the same element, and the patterns here name elements bare.
 */
function unprefixed(xml: string | undefined): string | undefined {
  return xml && /<\/?[A-Za-z_][\w.-]*:(?:c|row|sheetData|si|sheet|workbook|Relationship|mergeCell|xf|numFmt)\b/.test(xml)
    ? xml.replace(/<(\/?)[A-Za-z_][\w.-]*:/g, "<$1")
    : xml;
}

/** Reads .xlsx bytes into a grid. Throws WorkbookFileError (Chinese message) for anything else. */
export async function readWorkbookGrid(bytes: Uint8Array | ArrayBuffer): Promise<WorkbookGrid> {
  const zip = new XlsxArchive(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes));
  const archive = { text: async (name: string) => unprefixed(await zip.text(name)) };
  const workbook = (await archive.text("xl/workbook.xml")) ?? "";
  if (!/<(\w+:)?workbook\b/.test(workbook)) throw new WorkbookFileError("unreadable", FILE_MESSAGES.unreadable("xl/workbook.xml 不是工作簿的描述"));
  const relations = new Map<string, { type: string; target: string }>();
  for (const match of ((await archive.text("xl/_rels/workbook.xml.rels")) ?? "").matchAll(/<Relationship\b([^>]*?)\/?>/g)) {
    const id = attribute(match[1], "Id");
    if (id) relations.set(id, { type: attribute(match[1], "Type") ?? "", target: resolve("xl/workbook.xml", attribute(match[1], "Target") ?? "") });
  }
  const partOf = (kind: string) => [...relations.values()].find((relation) => relation.type.endsWith(`/${kind}`))?.target;
  const parts: Parts = {
    strings: sharedStrings(await archive.text(partOf("sharedStrings") ?? "xl/sharedStrings.xml")),
    dates: dateStyles(await archive.text(partOf("styles") ?? "xl/styles.xml")),
  };
  const sheets: SheetGrid[] = [];
  for (const match of workbook.matchAll(/<sheet\b([^>]*?)\/?>/g)) {
    const relation = relations.get(/\s[\w]+:id\s*=\s*"([^"]*)"/.exec(match[1])?.[1] ?? "");
    // Chart sheets hold no cells.
    if (!relation?.type.endsWith("/worksheet")) continue;
    const xml = await archive.text(relation.target);
    if (xml === undefined) throw new WorkbookFileError("unreadable", FILE_MESSAGES.unreadable(`缺少 ${relation.target}`));
    sheets.push(sheetGrid(attribute(match[1], "name") ?? "", xml, parts));
  }
  return { sheets };
}
