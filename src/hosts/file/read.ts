// An .xlsx file as the WorkbookGrid that src/reading/read.ts reads by its labels. Works in Node
// and in the browser: it takes bytes and touches no file system.
//
// Reading goes straight to the parts that hold values (workbook, relationships, shared strings,
// number formats, sheets) instead of loading the whole workbook model with exceljs: that model
// (styles, validations, print setup) is not needed to read values and cost ~12 ms a workbook.
import { CellValue } from "../../model/types";
import { parseAddress, Position } from "../../model/address";
import { SheetGrid, WorkbookGrid } from "../../model/grid";
import { FILE_MESSAGES } from "../../catalogue/file-messages";
import { XlsxArchive } from "./unzip";
import { elements, firstElement } from "./xml";
import { LIMITS, WorkbookFileError } from "./zip-guard";

const pad = (n: number) => String(n).padStart(2, "0");

/** A date as a person would read it: 2025-01-31, with the time only when there is one; undefined for no date. */
function dateText(date: Date): string | undefined {
  if (Number.isNaN(date.getTime())) return undefined;
  const day = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  const time = date.getUTCHours() * 3600 + date.getUTCMinutes() * 60 + date.getUTCSeconds();
  return time === 0 ? day : `${day} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
}

const MAX_CODE_POINT = 0x10ffff;
const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name[0] !== "#") return ENTITIES[name] ?? whole;
    const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : Number(name.slice(1));
    // Past the last code point no character exists: the reference stays as written.
    return code <= MAX_CODE_POINT ? String.fromCodePoint(code) : whole;
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
function itemText(xml: string, part: string): string {
  let text = "";
  for (const element of elements(xml, ["t", "rPh"], part)) if (element.name === "t") text += element.body ?? "";
  return unescapeXml(text);
}

function sharedStrings(xml: string | undefined, part: string): string[] {
  if (!xml) return [];
  return Array.from(elements(xml, "si", part), (item) => itemText(item.body ?? "", part));
}

/** Built-in number formats that show a date or time (ECMA-376 18.8.30). */
const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** A custom format shows a date when it has y, m, d, h or s outside quotes, brackets and escapes. */
function isDateCode(code: string): boolean {
  let closing = "";
  for (let i = 0; i < code.length; i++) {
    const char = code[i];
    if (closing) closing = char === closing ? "" : closing;
    else if (char === '"') closing = '"';
    else if (char === "[") closing = "]";
    else if (char === "\\") i++;
    else if ("ymdhsYMDHS".includes(char)) return true;
  }
  return false;
}

/** For each cell style index, whether its number format shows a date. */
function dateStyles(xml: string | undefined, part: string): boolean[] {
  if (!xml) return [];
  const custom = new Map<number, string>();
  for (const format of elements(xml, "numFmt", part)) custom.set(Number(attribute(format.attributes, "numFmtId")), attribute(format.attributes, "formatCode") ?? "");
  const cellXfs = firstElement(xml, "cellXfs", part)?.body ?? "";
  return Array.from(elements(cellXfs, "xf", part), (xf) => {
    const id = Number(attribute(xf.attributes, "numFmtId") ?? 0);
    return DATE_FORMAT_IDS.has(id) || (custom.has(id) && isDateCode(custom.get(id)!));
  });
}

/** Excel's serial day number (1900 date system) as a date. */
const serialDate = (serial: number) => new Date(Math.round((serial - 25569) * 86400) * 1000);

interface Parts {
  readonly strings: readonly string[];
  readonly dates: readonly boolean[];
}

function cellValue(attributes: string, body: string, parts: Parts, part: string): CellValue {
  const type = attribute(attributes, "t") ?? "n";
  if (type === "inlineStr") return itemText(firstElement(body, "is", part)?.body ?? "", part);
  const raw = firstElement(body, "v", part)?.body;
  // A formula without a cached result (never calculated) reads as blank, not as its text.
  if (raw === undefined) return null;
  const text = unescapeXml(raw);
  if (type === "s") return parts.strings[Number(text)] ?? null;
  if (type === "str" || type === "e") return text;
  if (type === "b") return text === "1" ? "TRUE" : "FALSE";
  if (type === "d") return dateText(new Date(text)) ?? text;
  const number = Number(text);
  if (text.trim() === "" || !Number.isFinite(number)) return text;
  // A serial number too large for a date stays the number it is.
  return (parts.dates[Number(attribute(attributes, "s") ?? 0)] && dateText(serialDate(number))) || number;
}

const COLUMN_LETTERS = /^([A-Z]+)/;
function columnOf(reference: string): number {
  const letters = COLUMN_LETTERS.exec(reference)?.[1] ?? "";
  let column = 0;
  for (const letter of letters) column = column * 26 + letter.charCodeAt(0) - 64;
  return column;
}

/** A merged area's corners, or undefined for a reference that is not two A1 addresses. */
function mergedArea(attributes: string): [Position, Position] | undefined {
  const corners = (attribute(attributes, "ref") ?? "").split(":");
  return corners.length === 2 && corners.every((corner) => /^[A-Z]{1,3}\d{1,7}$/.test(corner)) ? [parseAddress(corners[0]), parseAddress(corners[1])] : undefined;
}

/**
 * Clears merged areas but for their top-left cell, where Excel keeps the area's value (LibreOffice
 * keeps hidden values under the rest). Areas are clipped to the values read, so Excel's areas,
 * which never overlap, visit at most every cell once; more visits than the sheet's cell cap can
 * only come from overlapping areas, a damaged file.
 */
function clearMergedTails(values: CellValue[][], areas: readonly [Position, Position][], damaged: (detail: string) => WorkbookFileError): void {
  let visited = 0;
  for (const [from, to] of areas)
    for (let row = from.row; row <= Math.min(to.row, values.length); row++) {
      const cells = values[row - 1] ?? [];
      for (let column = from.column; column <= Math.min(to.column, cells.length); column++) {
        if (++visited > LIMITS.sheetCells) throw damaged("中的合并单元格相互重叠");
        if (row !== from.row || column !== from.column) cells[column - 1] = null;
      }
    }
}

/** The rows without trailing blanks, and without blank rows at the end. */
function trimmed(values: CellValue[][]): CellValue[][] {
  for (const cells of values) while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
  while (values.length > 0 && values[values.length - 1].length === 0) values.pop();
  return values;
}

function sheetGrid(name: string, xml: string, parts: Parts): SheetGrid {
  const part = `工作表“${name}”`;
  const damaged = (detail: string) => new WorkbookFileError("unreadable", FILE_MESSAGES.unreadable(`${part} ${detail}`));
  const values: CellValue[][] = [];
  const areas: [Position, Position][] = [];
  let lastRow = 0;
  let rows = 0;
  let columns = 0;
  const readRow = (row: number, body: string) => {
    let lastColumn = 0;
    for (const cell of elements(body, "c", part)) {
      const reference = attribute(cell.attributes, "r");
      const column = reference ? columnOf(reference) : lastColumn + 1;
      if (column < 1) throw damaged(`中的单元格位置“${reference}”无效`);
      lastColumn = column;
      if (cell.body === undefined) continue;
      const value = cellValue(cell.attributes, cell.body, parts, part);
      if (value === null || value === "") continue;
      rows = Math.max(rows, row);
      columns = Math.max(columns, column);
      // Refused as soon as the area is too big, before it is built.
      if (rows * columns > LIMITS.sheetCells)
        throw new WorkbookFileError("sheetTooLarge", FILE_MESSAGES.sheetTooLarge(name, rows, columns, LIMITS.sheetCells));
      const cells = (values[row - 1] ??= []);
      while (cells.length < column - 1) cells.push(null);
      cells[column - 1] = value;
    }
  };
  for (const element of elements(xml, ["sheetData", "mergeCell"], part)) {
    if (element.name === "mergeCell") {
      const area = mergedArea(element.attributes);
      if (area) areas.push(area);
      continue;
    }
    for (const rowElement of elements(element.body ?? "", "row", part)) {
      const given = attribute(rowElement.attributes, "r");
      const row = given === undefined ? lastRow + 1 : Number(given);
      if (!Number.isSafeInteger(row) || row < 1) throw damaged(`中的行号“${given}”无效`);
      lastRow = row;
      if (rowElement.body !== undefined) readRow(row, rowElement.body);
    }
  }
  clearMergedTails(values, areas, damaged);
  // Rows are as long as their last value; rows without values are empty arrays, never holes.
  return { name, values: trimmed(Array.from(values, (row) => row ?? [])) };
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
  const relationsPart = "xl/_rels/workbook.xml.rels";
  for (const { attributes } of elements((await archive.text(relationsPart)) ?? "", "Relationship", relationsPart)) {
    const id = attribute(attributes, "Id");
    if (id) relations.set(id, { type: attribute(attributes, "Type") ?? "", target: resolve("xl/workbook.xml", attribute(attributes, "Target") ?? "") });
  }
  const partOf = (kind: string) => [...relations.values()].find((relation) => relation.type.endsWith(`/${kind}`))?.target;
  const stringsPart = partOf("sharedStrings") ?? "xl/sharedStrings.xml";
  const stylesPart = partOf("styles") ?? "xl/styles.xml";
  const parts: Parts = {
    strings: sharedStrings(await archive.text(stringsPart), stringsPart),
    dates: dateStyles(await archive.text(stylesPart), stylesPart),
  };
  const sheets: SheetGrid[] = [];
  for (const { attributes } of elements(workbook, "sheet", "xl/workbook.xml")) {
    const relation = relations.get(/\s[\w]+:id\s*=\s*"([^"]*)"/.exec(attributes)?.[1] ?? "");
    // Chart sheets hold no cells.
    if (!relation?.type.endsWith("/worksheet")) continue;
    const xml = await archive.text(relation.target);
    if (xml === undefined) throw new WorkbookFileError("unreadable", FILE_MESSAGES.unreadable(`缺少 ${relation.target}`));
    sheets.push(sheetGrid(attribute(attributes, "name") ?? "", xml, parts));
  }
  return { sheets };
}
