// A published report (a saved page or a text copy) read into a Report. Tables are found by their
// labels, prose sections by their titles; every figure keeps what was written, and what cannot
// be placed with certainty is listed with its line, never guessed.
import { columnLabels, cellId, inputCells } from "../../model/cells";
import { getFormat } from "../../model/formats";
import { normalizeLabel } from "../../model/labels";
import { NO_FEE, Report, UNKNOWN_YEAR, isReportYear } from "../../model/report";
import { CellId, CellValue, FormatId, TableId } from "../../model/types";
import { readValue } from "../../model/values";
import { IMPORT_MESSAGES } from "../../catalogue/import-messages";
import { NotAReportError } from "../read";
import { decodePublished, looksLikeHtml } from "./decode";
import { piecesOfHtml } from "./html";
import { beginsTable, labelIndex, LabelIndex, matchLabel } from "./labels";
import { Piece, piecesOfText } from "./pieces";
import { findTitle, sectionTitle } from "./sections";

/** Something of the page the reader did not take as written, with the line it came from. */
export type PublishedNote =
  | { readonly kind: "variant"; readonly line: number; readonly table: TableId; readonly written: string; readonly official: string }
  | { readonly kind: "rowIncomplete"; readonly line: number; readonly table: TableId; readonly row: string; readonly found: number; readonly wanted: number }
  | { readonly kind: "extra"; readonly line: number; readonly table: TableId; readonly written: string }
  | { readonly kind: "outsideTable"; readonly line: number; readonly written: string }
  | { readonly kind: "titleVariant"; readonly line: number; readonly written: string; readonly official: string }
  | { readonly kind: "columnsUnknown"; readonly line: number }
  /** Figures after a label that has no cells of its own in the format (a 2019-style （六）其他处理 in a 2021 table). */
  | { readonly kind: "noCells"; readonly line: number; readonly table: TableId; readonly label: string; readonly found: number };

export interface PublishedRead {
  readonly report: Report;
  /** In the order of the page. */
  readonly notes: readonly PublishedNote[];
}

/** A note in the person's words. */
export function noteMessage(note: PublishedNote): string {
  switch (note.kind) {
    case "variant":
      return IMPORT_MESSAGES.variant(note.line, note.table, note.written, note.official);
    case "rowIncomplete":
      return IMPORT_MESSAGES.rowIncomplete(note.line, note.table, note.row, note.found, note.wanted);
    case "extra":
      return IMPORT_MESSAGES.extra(note.line, note.table, note.written);
    case "outsideTable":
      return IMPORT_MESSAGES.outsideTable(note.line, note.written);
    case "columnsUnknown":
      return IMPORT_MESSAGES.columnsUnknown(note.line);
    case "noCells":
      return IMPORT_MESSAGES.noCells(note.line, note.table, note.label, note.found);
    case "titleVariant":
      return IMPORT_MESSAGES.titleVariant(note.line, note.written, note.official);
  }
}

type Item = { readonly title: number; readonly line: number } | { readonly piece: Piece };

/** Pieces with the section titles inside them cut out as items of their own; a title not as the format words it is noted. */
function itemsOf(pieces: readonly Piece[], notes: PublishedNote[]): Item[] {
  const items: Item[] = [];
  for (const piece of pieces) {
    let from = 0;
    for (let title = findTitle(piece.text); title; title = findTitle(piece.text, from)) {
      const before = piece.text.slice(from, title.start);
      if (before.trim() !== "") items.push({ piece: { ...piece, text: before } });
      items.push({ title: title.section, line: piece.line });
      const written = piece.text.slice(title.start, title.end).trim();
      const official = sectionTitle(title.section);
      if (normalizeLabel(written) !== normalizeLabel(official)) notes.push({ kind: "titleVariant", line: piece.line, written, official });
      from = title.end;
    }
    const rest = from === 0 ? piece.text : piece.text.slice(from);
    if (from === 0 || rest.trim() !== "") items.push({ piece: { ...piece, text: rest } });
  }
  return items;
}

/** The format whose own labels the page carries more of; a tie goes by the year. */
function detectFormat(pieces: readonly Piece[], year: number): FormatId {
  const keys = (id: FormatId) => new Set(labelIndex(id).all.map((label) => label.key));
  const [a, b] = [keys("2021"), keys("2019")];
  let score = 0;
  for (const piece of pieces) {
    const key = normalizeLabel(piece.text);
    if (a.has(key) && !b.has(key)) score++;
    if (b.has(key) && !a.has(key)) score--;
  }
  if (score !== 0) return score > 0 ? "2021" : "2019";
  return isReportYear(year) && year <= 2020 ? "2019" : "2021";
}

const YEAR = /(20\d{2})\s*年\s*度?\s*(?:政府信息公开|政务公开)/u;
const TITLE = /^(.{0,40}?)(20\d{2})\s*年\s*度?\s*(.{0,30}?)政府信息公开\s*工作\s*年度\s*报告\s*$/u;

/** The year reported on and the agency, from the page's title or the words before section 一. */
function yearAndAgency(preamble: readonly Piece[]): { year: number; agency: string } {
  let year = UNKNOWN_YEAR;
  let agency = "";
  for (const piece of preamble) {
    const title = TITLE.exec(piece.text.trim());
    if (title) {
      year = Number(title[2]);
      agency = (title[1] || title[3]).trim();
      if (agency) break;
    } else if (year === UNKNOWN_YEAR) {
      const stated = YEAR.exec(piece.text);
      if (stated) year = Number(stated[1]);
    }
  }
  return { year, agency };
}

/** Whether a piece reads as a figure: a number as written, with or without a unit, or a placeholder. */
function isFigure(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed === "") return true;
  const status = readValue(trimmed).status;
  if (status !== "text") return true;
  // A numbered label (1.属于国家秘密) begins with a digit too; a figure does not go on in words.
  return trimmed.length <= 30 && /^[+-]?[\d０-９]/u.test(trimmed) && !/^\d+\s*[.、．]\s*\D/u.test(trimmed);
}

/** What a cell holds: a plain number as a number, anything else exactly as written. */
function cellValue(text: string): CellValue {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  return /^-?\d+(\.\d+)?$/u.test(trimmed) ? Number(trimmed) : trimmed;
}

interface Figure {
  readonly text: string;
  readonly line: number;
  readonly delimited: boolean;
}

interface OpenRow {
  readonly table: TableId;
  readonly row: string;
  readonly line: number;
  readonly columns: readonly string[];
  readonly figures: Figure[];
}

/** The orders in which a flattened 表三 header names the seven columns: as drawn in three levels, or flat. */
function acceptedHeaderOrders(id: FormatId): string[] {
  const columns = getFormat(id).tables.三.columns.map((c) => c.label);
  const total = columns[columns.length - 1];
  return [[columns[0], total, ...columns.slice(1, -1)].join("|"), columns.join("|")];
}

class PageReader {
  readonly values: Record<CellId, CellValue> = {};
  readonly notes: PublishedNote[] = [];
  readonly text: Record<string, string[]> = {};
  private section = -1;
  private table: TableId | undefined;
  private open: OpenRow | undefined;
  /** 表四 as one line of figures after its headings. */
  private reviewFigures: Figure[] = [];
  private reviewLine = 0;
  private headerColumns: string[] = [];
  private columnsUnknown = false;
  /** The last heading label, and how many figures followed it where none belong. */
  private heading: { table: TableId; label: string; line: number; found: number } | undefined;
  private tableSeen = false;

  constructor(
    private readonly format: FormatId,
    private readonly index: LabelIndex,
  ) {}

  title(section: number): void {
    this.leaveTable();
    this.section = section;
  }

  piece(piece: Piece, following: readonly Item[]): number {
    const key = normalizeLabel(piece.text);
    if (this.table && isFigure(piece.text)) {
      if (key === "" && !piece.delimited) return 0;
      const parts = piece.spaced && key !== "" ? piece.text.trim().split(/\s+/u) : [piece.text];
      if (parts.every(isFigure)) {
        // Spaces divide the figures of a line but leave no trace of a blank cell between them.
        for (const part of parts) this.figure({ text: part, line: piece.line, delimited: piece.delimited });
        return 0;
      }
    }
    if (key === "") return 0;
    const joined = this.joinedLabel(key, following);
    if (joined) return this.label(joined.key, piece, joined.consumed);
    const table = beginsTable(this.index, key) ?? this.table;
    const match = matchLabel(this.index, key, table);
    if (match) return this.label(key, piece, 0);
    this.prose(piece);
    return 0;
  }

  /** A label broken over several pieces ("商业" "企业"), found only when the joined pieces are one exactly. */
  private joinedLabel(key: string, following: readonly Item[]): { key: string; consumed: number } | undefined {
    if (this.table === undefined || this.index.exact.has(key)) return undefined;
    let joined = key;
    for (let i = 0; i < Math.min(3, following.length); i++) {
      const next = following[i];
      if (!("piece" in next)) return undefined;
      joined += normalizeLabel(next.piece.text);
      if (this.index.exact.has(joined)) return { key: joined, consumed: i + 1 };
    }
    return undefined;
  }

  private label(key: string, piece: Piece, consumed: number): number {
    const began = beginsTable(this.index, key);
    if (began && began !== this.table) this.enterTable(began, piece.line);
    const match = matchLabel(this.index, key, this.table)!;
    if (match.table !== this.table) this.enterTable(match.table, piece.line);
    if (match.variant) this.notes.push({ kind: "variant", line: piece.line, table: match.table, written: piece.text.trim(), official: match.label });
    this.closeRow();
    this.closeHeading();
    if (match.role === "heading") this.heading = { table: match.table, label: match.label, line: piece.line, found: 0 };
    if (match.role === "row") {
      const columns = columnLabels(getFormat(this.format), match.table, match.label);
      this.open = { table: match.table, row: match.label, line: piece.line, columns, figures: [] };
    } else if (match.table === "三" && getFormat(this.format).tables.三.columns.some((c) => c.label === match.label)) {
      this.headerColumns.push(match.label);
    }
    return consumed;
  }

  private figure(figure: Figure): void {
    const open = this.open;
    if (open) {
      if (open.figures.length < open.columns.length) open.figures.push(figure);
      else if (figure.text.trim() !== "") this.notes.push({ kind: "extra", line: figure.line, table: open.table, written: figure.text.trim() });
      return;
    }
    if (this.table === "四") {
      if (this.reviewFigures.length === 0) this.reviewLine = figure.line;
      this.reviewFigures.push(figure);
    } else if (this.heading && figure.text.trim() !== "") this.heading.found++;
  }

  private enterTable(table: TableId, line: number): void {
    this.leaveTable();
    this.table = table;
    this.tableSeen = true;
    this.reviewLine = line;
  }

  private closeHeading(): void {
    const heading = this.heading;
    this.heading = undefined;
    if (heading && heading.found > 0) this.notes.push({ kind: "noCells", line: heading.line, table: heading.table, label: heading.label, found: heading.found });
  }

  private leaveTable(): void {
    this.closeRow();
    this.closeHeading();
    if (this.table === "四") this.closeReview();
    this.table = undefined;
  }

  /** Words outside the tables belong to their section, 二 to 四 included; before any title, only a page's head. */
  private prose(piece: Piece): void {
    if (this.table) this.leaveTable();
    if (this.section >= 0) (this.text[sectionTitle(this.section)] ??= []).push(piece.text.trim());
    else if (this.tableSeen) this.notes.push({ kind: "outsideTable", line: piece.line, written: piece.text.trim() });
  }

  /** Places a row's figures when their columns are certain. */
  private closeRow(): void {
    const open = this.open;
    this.open = undefined;
    if (!open || open.figures.length === 0) return;
    if (open.table === "三" && !this.threeColumnsKnown(open.line)) return;
    this.place(open.table, open.row, open.columns, open.figures, open.line);
  }

  private threeColumnsKnown(line: number): boolean {
    if (this.headerColumns.length > 0 && !this.columnsUnknown) {
      const seen = [...new Set(this.headerColumns)].join("|");
      if (!acceptedHeaderOrders(this.format).includes(seen)) {
        this.columnsUnknown = true;
        this.notes.push({ kind: "columnsUnknown", line });
      }
      this.headerColumns = [];
    }
    return !this.columnsUnknown;
  }

  private closeReview(): void {
    const figures = this.reviewFigures;
    this.reviewFigures = [];
    while (figures.length > 0 && figures[figures.length - 1].text.trim() === "") figures.pop();
    if (figures.length === 0) return;
    const { columns, groups } = getFormat(this.format).tables.四;
    const cells = groups.flatMap((group) => columns.map((column) => ({ row: group.label, column: column.label })));
    figures.slice(cells.length).forEach((f) => f.text.trim() !== "" && this.notes.push({ kind: "extra", line: f.line, table: "四", written: f.text.trim() }));
    const placed = figures.slice(0, cells.length);
    if (placed.length < cells.length && !placed.every((f) => f.delimited)) {
      this.notes.push({ kind: "rowIncomplete", line: this.reviewLine, table: "四", row: getFormat(this.format).tables.四.title, found: placed.length, wanted: cells.length });
      return;
    }
    placed.forEach((f, i) => (this.values[cellId("四", cells[i].row, cells[i].column)] = cellValue(f.text)));
  }

  /** Delimited figures stand in their columns in order; undelimited ones only when none is missing. */
  private place(table: TableId, row: string, columns: readonly string[], figures: readonly Figure[], line: number): void {
    if (figures.length < columns.length && !figures.every((f) => f.delimited)) {
      this.notes.push({ kind: "rowIncomplete", line, table, row, found: figures.length, wanted: columns.length });
      return;
    }
    figures.forEach((f, i) => (this.values[cellId(table, row, columns[i])] = cellValue(f.text)));
  }

  finish(): void {
    this.leaveTable();
  }
}

/** Reads the pieces of a published report. Throws NotAReportError when no table or section is found. */
export function readPublishedPieces(pieces: readonly Piece[]): PublishedRead {
  const titleNotes: PublishedNote[] = [];
  const items = itemsOf(pieces, titleNotes);
  const firstTitle = items.findIndex((item) => "title" in item);
  const preamble = items.slice(0, firstTitle < 0 ? items.length : firstTitle).flatMap((item) => ("piece" in item ? [item.piece] : []));
  const { year, agency } = yearAndAgency(preamble);
  const format = detectFormat(pieces, year);
  const index = labelIndex(format);
  const reader = new PageReader(format, index);
  let foundTable = false;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if ("title" in item) reader.title(item.title);
    else {
      if (beginsTable(index, normalizeLabel(item.piece.text))) foundTable = true;
      i += reader.piece(item.piece, items.slice(i + 1, i + 4));
    }
  }
  reader.finish();
  if (!foundTable && firstTitle < 0) throw new NotAReportError(IMPORT_MESSAGES.notAReport);
  const values: Record<CellId, CellValue> = {};
  for (const cell of inputCells(getFormat(format))) values[cell.id] = reader.values[cell.id] ?? null;
  const text = Object.fromEntries(Object.entries(reader.text).map(([title, lines]) => [title, lines.join("\n")]));
  const notes = [...titleNotes, ...reader.notes].sort((a, b) => a.line - b.line);
  return { report: { format, year, agency, values, fee: NO_FEE, text }, notes };
}

/** Reads a saved page or text copy from its bytes (UTF-8, GB18030/GBK or UTF-16). */
export function readPublished(bytes: Uint8Array): PublishedRead {
  const text = decodePublished(bytes);
  return readPublishedPieces(looksLikeHtml(text) ? piecesOfHtml(text) : piecesOfText(text));
}
