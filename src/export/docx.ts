// The finished report as .docx, as agencies publish it from Word: A4, 公文 margins, title in
// 方正小标宋 (黑体 where missing), the opening paragraph and the 统计期限 sentence, section titles
// in 黑体, body in 仿宋 三号 with a two-character indent, the tables in 宋体 with every border,
// and the page number centred in the footer as "— 1 —". A table is kept on one page where it fits
// (no row split, no merged label cut), its header rows repeat where it does not. Returns bytes;
// writing a file is the caller's.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from "docx";
import { Report } from "../model/report";
import { DocumentOptions, ReportDocument, reportDocument } from "./document";
import { GridCell, TableGrid, leadingHeaderRows } from "./tables";

const mm = (millimetres: number) => Math.round((millimetres / 25.4) * 1440);
const A4 = { width: mm(210), height: mm(297) };
/** 公文 margins; the page number sits 7 mm below the text block. */
const MARGIN = { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26), footer: mm(28) };
const TEXT_WIDTH = A4.width - MARGIN.left - MARGIN.right;

/** Half-points: 二号 22pt, 三号 16pt, 四号 14pt for the page number, table text 8pt (表三 on one page, its item labels 13 characters a line). */
const SIZE = { title: 44, body: 32, pageNumber: 28, table: 16 };
const font = (eastAsia: string, ascii = "Times New Roman") => ({ eastAsia, ascii, hAnsi: ascii });
const FONTS = { title: font("方正小标宋简体"), heading: font("黑体"), body: font("仿宋_GB2312"), table: font("宋体") };
const LINE = { line: 560, lineRule: LineRuleType.EXACT };
/** A table of more rows than this fills most of a page (表三 has 26 or 28 at 9 pt; 表二 at most 17): it starts a page of its own. */
const TALL_TABLE_ROWS = 20;
/** Twips of space between a table and the text above and below it: half a line. */
const TABLE_GAP = 280;

const border = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
const BORDERS = { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border };

function text(content: string, fonts: ReturnType<typeof font>, size: number): TextRun {
  return new TextRun({ text: content, font: fonts, size });
}

/**
 * `keepNext` on every row but the last holds a table on one page in Word; `pageBreakBefore` on
 * the first row starts a tall table on a fresh page, which LibreOffice needs as well.
 */
function tableCell(c: GridCell, widths: readonly number[], column: number, keepNext: boolean, pageBreakBefore: boolean): TableCell {
  const width = widths.slice(column, column + c.colSpan).reduce((a, b) => a + b, 0);
  return new TableCell({
    children: [new Paragraph({ alignment: c.heading || c.figure ? AlignmentType.CENTER : AlignmentType.LEFT, keepNext, pageBreakBefore, children: c.text.split("\n").map((line, i) => new TextRun({ text: line, font: FONTS.table, size: SIZE.table, break: i > 0 ? 1 : 0 })) })],
    rowSpan: c.rowSpan,
    columnSpan: c.colSpan,
    verticalAlign: VerticalAlign.CENTER,
    width: { size: width, type: WidthType.DXA },
    // Narrow side margins, so that a 3-character heading (自然人) fits a figure column of 表三.
    margins: { top: 40, bottom: 40, left: 30, right: 30 },
  });
}

function table(grid: TableGrid): Table {
  const total = grid.widths.reduce((a, b) => a + b, 0);
  const widths = grid.widths.map((w) => Math.floor((w / total) * TEXT_WIDTH));
  // Which column each cell starts at: those covered by merges from rows above are skipped.
  const occupied = grid.rows.map(() => new Set<number>());
  // 表二's blocks each carry their own header, so the first block's must not repeat over the others.
  const headerRows = grid.table === "二" ? 0 : leadingHeaderRows(grid);
  const rows = grid.rows.map((row, r) => {
    let column = 0;
    const cells = row.map((c) => {
      while (occupied[r].has(column)) column++;
      for (let dr = 0; dr < c.rowSpan; dr++) for (let dc = 0; dc < c.colSpan; dc++) occupied[r + dr]?.add(column + dc);
      const made = tableCell(c, widths, column, r < grid.rows.length - 1, r === 0 && grid.rows.length > TALL_TABLE_ROWS);
      column += c.colSpan;
      return made;
    });
    return new TableRow({ children: cells, tableHeader: r < headerRows, cantSplit: true });
  });
  return new Table({ rows, columnWidths: widths, width: { size: TEXT_WIDTH, type: WidthType.DXA }, layout: TableLayoutType.FIXED, borders: BORDERS });
}

const bodyParagraph = (content: string, spacingAfter = 0) =>
  new Paragraph({
    indent: { firstLine: 640 },
    alignment: AlignmentType.JUSTIFIED,
    spacing: { ...LINE, after: spacingAfter },
    keepNext: spacingAfter > 0,
    children: [text(content, FONTS.body, SIZE.body)],
  });

/** "— 1 —", centred: the page number as 公文 print it. */
const pageNumberFooter = () =>
  new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: ["— ", PageNumber.CURRENT, " —"], font: font("宋体"), size: SIZE.pageNumber })],
      }),
    ],
  });

/** The whole report as a .docx file's bytes. */
export function reportDocx(report: Report, options: DocumentOptions = {}): Promise<Uint8Array> {
  return documentDocx(reportDocument(report, options));
}

/** A document, as checked for export, as a .docx file's bytes. */
export async function documentDocx(doc: ReportDocument): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 300, line: 700, lineRule: LineRuleType.EXACT }, children: [text(doc.title, FONTS.title, SIZE.title)] }),
    ...[...doc.introduction, doc.period].filter((p) => p !== "").map((p) => bodyParagraph(p)),
  ];
  for (const section of doc.sections) {
    children.push(new Paragraph({ indent: { firstLine: 640 }, spacing: LINE, keepNext: true, children: [text(section.title, FONTS.heading, SIZE.body)] }));
    // The paragraph over a table keeps with it and leaves a gap; the table leaves one below.
    section.paragraphs.forEach((paragraph, i) => children.push(bodyParagraph(paragraph, section.table && i === section.paragraphs.length - 1 ? TABLE_GAP : 0)));
    if (section.table) children.push(table(section.table), new Paragraph({ spacing: { line: TABLE_GAP, lineRule: LineRuleType.EXACT }, children: [] }));
  }
  const document = new Document({
    creator: "公开年报助手",
    title: doc.title,
    sections: [{ properties: { page: { size: A4, margin: MARGIN } }, footers: { default: pageNumberFooter() }, children }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
