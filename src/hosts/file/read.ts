// An .xlsx file as the WorkbookGrid that src/reading/read.ts reads by its labels. Works in Node
// and in the browser: it takes bytes and touches no file system.
//
// Every value is read as Excel and LibreOffice show it, or the file is refused with the place and
// the reason: a number that is not one, a cell named twice or out of order, text longer than
// Excel allows. Reading goes straight to the parts that hold values (workbook, relationships, shared strings,
// number formats, sheets) instead of loading the whole workbook model with exceljs: that model
// (styles, validations, print setup) is not needed to read values and cost ~12 ms a workbook.
import { CellValue } from "../../model/types";
import { address, Position } from "../../model/address";
import { SheetGrid, WorkbookGrid } from "../../model/grid";
import { FILE_MESSAGES } from "../../catalogue/file-messages";
import { XlsxArchive } from "./unzip";
import { readXml } from "./xml";
import { LIMITS, WorkbookFileError } from "./zip-guard";

const pad = (n: number) => String(n).padStart(2, "0");

/** A date as a person would read it: 2025-01-31, with the time only when there is one; undefined for no date. */
function dateText(date: Date): string | undefined {
  if (Number.isNaN(date.getTime())) return undefined;
  const day = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  const time = date.getUTCHours() * 3600 + date.getUTCMinutes() * 60 + date.getUTCSeconds();
  return time === 0 ? day : `${day} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
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

/** Excel's serial day number (1900 date system) as a date. */
const serialDate = (serial: number) => new Date(Math.round((serial - 25569) * 86400) * 1000);

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


/** The most characters Excel keeps in one cell. */
export const MAX_CELL_CHARACTERS = 32_767;
const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;
/** A number as the file format writes one (xsd:double): no hex, no spaces, no words. */
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Whether the text is ASCII digits only (and not empty), as most numbers, row numbers and string indices are: checked by hand, before any regex. */
function isDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x30 || code > 0x39) return false;
  }
  return true;
}

const damaged = (detail: string) => new WorkbookFileError("unreadable", FILE_MESSAGES.unreadable(detail));

/** The text of string items (<si>, <is>): their <t> and rich-text runs' <t>, phonetic guides (<rPh>) left out. */
const isItemText = (path: readonly string[], item: number) =>
  path.length === item + 2 ? path[item + 1] === "t" : path.length === item + 3 && path[item + 1] === "r" && path[item + 2] === "t";

function sharedStrings(bytes: Uint8Array | undefined, part: string): string[] {
  if (!bytes) return [];
  return readXml(bytes, part, "main", () => {
    const strings: string[] = [];
    let text = "";
    return {
      open: (_, path) => {
        if (path.length === 2 && path[1] === "si") text = "";
      },
      text: (characters, path) => {
        if (path[1] === "si" && isItemText(path, 1)) text += characters();
      },
      close: (name, path) => {
        if (path.length === 2 && name === "si") strings.push(text);
      },
      result: () => strings,
    };
  });
}

/** For each cell style index, whether its number format shows a date. */
function dateStyles(bytes: Uint8Array, part: string): readonly boolean[] {
  return readXml(bytes, part, "main", () => {
    const custom = new Map<number, string>();
    const formatIds: number[] = [];
    return {
      open: (element, path) => {
        // Fonts, fills, borders and the formats of conditional formatting are passed over.
        if (path.length === 2) return path[1] === "numFmts" || path[1] === "cellXfs";
        if (path.length !== 3) return;
        const id = Number(element.attribute("numFmtId") ?? 0);
        if (path[1] === "numFmts" && path[2] === "numFmt") custom.set(id, element.attribute("formatCode") ?? "");
        else if (path[1] === "cellXfs" && path[2] === "xf") formatIds.push(id);
      },
      result: () => formatIds.map((id) => DATE_FORMAT_IDS.has(id) || (custom.has(id) && isDateCode(custom.get(id)!))),
    };
  });
}

interface Parts {
  readonly strings: readonly string[];
  readonly dates: readonly boolean[];
}

/** One <c> as read: its attributes and what its <v> or <is> held. */
interface RawCell {
  type: string;
  style: number;
  /** The <v> text; undefined without a <v> (a formula never calculated, a styled blank). */
  value: string | undefined;
  /** The text of an inline string (<is>). */
  inline: string | undefined;
}

/** Packs a cell's row and column into one number, so that reading a reference makes no object. */
const ROW_SPAN = 2 ** 21;

/**
 * The A1 reference from `start` to `end` in `text` as column × ROW_SPAN + row ("B12" is 2 × ROW_SPAN
 * + 12); -1 for anything else. Read by hand: a regex and its match for each of a sheet's cells
 * cost more than reading the rest of the cell.
 */
function packedReference(text: string, start = 0, end = text.length): number {
  let column = 0;
  let at = start;
  for (; at < end && at - start < 3; at++) {
    const code = text.charCodeAt(at);
    if (code < 0x41 || code > 0x5a) break; // A-Z
    column = column * 26 + code - 64;
  }
  const digits = end - at;
  if (at === start || digits < 1 || digits > 7 || text.charCodeAt(at) === 0x30 /* a leading 0 */) return -1;
  let row = 0;
  for (; at < end; at++) {
    const code = text.charCodeAt(at);
    if (code < 0x30 || code > 0x39) return -1;
    row = row * 10 + code - 0x30;
  }
  return column * ROW_SPAN + row;
}

function cellValue(cell: RawCell, parts: Parts, refuse: (reason: string) => WorkbookFileError): CellValue {
  if (cell.type === "inlineStr") return cell.inline ?? null;
  const text = cell.value;
  if (text === undefined || text === "") return null;
  switch (cell.type) {
    case "s": {
      const index = isDigits(text) ? Number(text) : -1;
      if (!(index >= 0 && index < parts.strings.length)) throw refuse(FILE_MESSAGES.badStringIndex(text));
      return parts.strings[index];
    }
    case "str":
    case "e":
      return text;
    case "b":
      if (text !== "0" && text !== "1") throw refuse(FILE_MESSAGES.badBoolean(text));
      return text === "1" ? "TRUE" : "FALSE";
    case "d":
      return dateText(new Date(text)) ?? text;
    case "n": {
      if (!isDigits(text) && !NUMBER.test(text)) throw refuse(FILE_MESSAGES.badNumber(text));
      const number = Number(text);
      if (!Number.isFinite(number)) throw refuse(FILE_MESSAGES.badNumber(text));
      // A serial number too large for a date stays the number it is.
      return (parts.dates[cell.style] && dateText(serialDate(number))) || number;
    }
    default:
      throw refuse(FILE_MESSAGES.badCellType(cell.type));
  }
}

const positionOf = (packed: number): Position => ({ row: packed % ROW_SPAN, column: Math.floor(packed / ROW_SPAN) });

/** A merged area's corners, or undefined for a reference that is not two A1 addresses. */
function mergedArea(reference: string | undefined): [Position, Position] | undefined {
  const colon = reference?.indexOf(":") ?? -1;
  if (colon < 0) return undefined;
  const from = packedReference(reference!, 0, colon);
  const to = packedReference(reference!, colon + 1);
  return from >= 0 && to >= 0 ? [positionOf(from), positionOf(to)] : undefined;
}

/**
 * The values of one sheet. Rows come in ascending order and cells in ascending columns, as Excel
 * writes them; that order is required, so a cell given twice is found without remembering cells.
 */
function sheetGrid(name: string, bytes: Uint8Array, parts: Parts): SheetGrid {
  const where = `工作表“${name}”`;
  return readXml(bytes, where, "main", () => {
    const values: CellValue[][] = [];
    const areas: [Position, Position][] = [];
    let row = 0;
    let column = 0;
    let rows = 0;
    let columns = 0;
    /** The cell being read, one object for every cell of the sheet; `inCell` says whether one is open. */
    const cell: RawCell = { type: "n", style: 0, value: undefined, inline: undefined };
    let inCell = false;
    const refuseHere = (reason: string) => damaged(FILE_MESSAGES.badCell(where, address(row, column), reason));
    const place = (value: CellValue) => {
      rows = Math.max(rows, row);
      columns = Math.max(columns, column);
      // Refused as soon as the area is too big, before it is built.
      if (rows * columns > LIMITS.sheetCells) throw new WorkbookFileError("sheetTooLarge", FILE_MESSAGES.sheetTooLarge(name, rows, columns, LIMITS.sheetCells));
      const cells = (values[row - 1] ??= []);
      while (cells.length < column - 1) cells.push(null);
      cells[column - 1] = value;
    };
    return {
      open(element, path) {
        // Columns, views, conditional formats, validations and print setup are passed over.
        if (path.length === 2) return path[1] === "sheetData" || path[1] === "mergeCells";
        if (path[1] === "mergeCells" && path.length === 3 && path[2] === "mergeCell") {
          const area = mergedArea(element.attribute("ref"));
          if (area) areas.push(area);
        }
        if (path[1] !== "sheetData") return;
        if (path.length === 3 && path[2] === "row") {
          const given = element.attribute("r");
          const next = given === undefined ? row + 1 : isDigits(given) ? Number(given) : NaN;
          if (!(next > row && next <= MAX_ROW)) throw damaged(FILE_MESSAGES.badRow(where, given ?? String(next), row));
          row = next;
          column = 0;
        } else if (path.length === 4 && path[3] === "c") {
          const given = element.attribute("r");
          let next = column + 1;
          if (given !== undefined) {
            const packed = packedReference(given);
            if (packed < 0 || packed % ROW_SPAN !== row) throw damaged(FILE_MESSAGES.badCellReference(where, given, row));
            next = Math.floor(packed / ROW_SPAN);
          }
          if (next <= column || next > MAX_COLUMN) throw damaged(FILE_MESSAGES.cellOutOfOrder(where, address(row, next)));
          column = next;
          inCell = true;
          cell.type = element.attribute("t") ?? "n";
          cell.style = Number(element.attribute("s") ?? 0);
          cell.value = undefined;
          cell.inline = undefined;
        }
      },
      text(characters, path) {
        if (!inCell || path.length < 5) return;
        if (path.length === 5 && path[4] === "v") cell.value = (cell.value ?? "") + characters();
        else if (path[4] === "is" && isItemText(path, 4)) cell.inline = (cell.inline ?? "") + characters();
      },
      close(element, path) {
        if (!inCell || path.length !== 4 || element !== "c") return;
        const value = cellValue(cell, parts, refuseHere);
        if (typeof value === "string" && value.length > MAX_CELL_CHARACTERS)
          throw new WorkbookFileError("cellTooLong", FILE_MESSAGES.cellTooLong(name, address(row, column), value.length, MAX_CELL_CHARACTERS));
        inCell = false;
        if (value !== null && value !== "") place(value);
      },
      result() {
        clearMergedTails(values, areas, (detail) => damaged(`${where} ${detail}`));
        // Rows are as long as their last value; rows without values are empty arrays, never holes.
        return { name, values: trimmed(Array.from(values, (cells) => cells ?? [])) };
      },
    };
  });
}

interface Relationship {
  readonly type: string;
  readonly target: string;
}

/** The workbook's relationships by id: those with another part, targets as entry names. */
function workbookRelationships(bytes: Uint8Array, part: string): ReadonlyMap<string, Relationship> {
  const base = "xl/workbook.xml";
  return readXml(bytes, part, "package", () => {
    const relations = new Map<string, Relationship>();
    return {
      open(element, path) {
        if (path.length !== 2 || path[1] !== "Relationship" || element.attribute("TargetMode") === "External") return;
        const id = element.attribute("Id");
        if (id) relations.set(id, { type: element.attribute("Type") ?? "", target: resolve(base, element.attribute("Target") ?? "") });
      },
      result: () => relations,
    };
  });
}

/** The sheets the workbook lists, in its order: name and relationship id. */
function workbookSheets(bytes: Uint8Array, part: string): readonly { readonly name: string; readonly id: string }[] {
  return readXml(bytes, part, "main", () => {
    let isWorkbook = false;
    const sheets: { name: string; id: string }[] = [];
    return {
      open(element, path) {
        if (path.length === 1) isWorkbook = path[0] === "workbook";
        else if (path.length === 3 && path[1] === "sheets" && path[2] === "sheet")
          sheets.push({ name: element.attribute("name") ?? "", id: element.attribute("id", "relationships") ?? "" });
      },
      result() {
        if (!isWorkbook) throw damaged(FILE_MESSAGES.notWorkbookPart);
        return sheets;
      },
    };
  });
}

/** Reads .xlsx bytes into a grid. Throws WorkbookFileError (Chinese message) for anything else. */
export async function readWorkbookGrid(bytes: Uint8Array | ArrayBuffer): Promise<WorkbookGrid> {
  const archive = new XlsxArchive(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes));
  // The workbook's own parts and its styles are mostly the template's, read once a batch.
  const listed = await archive.templatePart("xl/workbook.xml", workbookSheets);
  if (!listed) throw new WorkbookFileError("notWorkbook", FILE_MESSAGES.notWorkbook);
  const relations = (await archive.templatePart("xl/_rels/workbook.xml.rels", workbookRelationships)) ?? new Map<string, Relationship>();
  const partOf = (kind: string) => [...relations.values()].find((relation) => relation.type.endsWith(`/${kind}`))?.target;
  const stringsPart = partOf("sharedStrings") ?? "xl/sharedStrings.xml";
  const stylesPart = partOf("styles") ?? "xl/styles.xml";
  const parts: Parts = {
    strings: sharedStrings(await archive.entry(stringsPart), stringsPart),
    dates: (await archive.templatePart(stylesPart, dateStyles)) ?? [],
  };
  const sheets: SheetGrid[] = [];
  for (const { name, id } of listed) {
    const relation = relations.get(id);
    // Chart sheets hold no cells.
    if (!relation?.type.endsWith("/worksheet")) continue;
    const sheet = await archive.entry(relation.target);
    if (sheet === undefined) throw damaged(FILE_MESSAGES.missingPart(relation.target));
    sheets.push(sheetGrid(name, sheet, parts));
  }
  await archive.inflateTheRest();
  return { sheets };
}

/** Whether the workbook's keywords (its document properties, `;`-separated) include `mark`. */
export async function hasKeyword(bytes: Uint8Array, mark: string): Promise<boolean> {
  const part = "docProps/core.xml";
  const core = await new XlsxArchive(bytes).entry(part);
  if (!core) return false;
  const keywords = readXml(core, part, "coreProperties", () => {
    let text = "";
    return {
      text: (characters, path) => {
        if (path.length === 2 && path[1] === "keywords") text += characters();
      },
      result: () => text,
    };
  });
  return keywords.split(";").includes(mark);
}
