// The finished report as .docx, as agencies publish it from Word: A4, 公文 margins, title in
// 方正小标宋 (黑体 where missing), section titles in 黑体, body in 仿宋 三号 with a two-character
// indent, and the tables in 宋体 with every border. Returns bytes; writing a file is the caller's.
import {
  AlignmentType,
  BorderStyle,
  Document,
  LineRuleType,
  Packer,
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
import { GridCell, TableGrid } from "./tables";

const mm = (millimetres: number) => Math.round((millimetres / 25.4) * 1440);
const A4 = { width: mm(210), height: mm(297) };
const MARGIN = { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) };
const TEXT_WIDTH = A4.width - MARGIN.left - MARGIN.right;

/** Half-points: 二号 22pt, 三号 16pt, table text 9pt. */
const SIZE = { title: 44, body: 32, table: 18 };
const font = (eastAsia: string, ascii = "Times New Roman") => ({ eastAsia, ascii, hAnsi: ascii });
const FONTS = { title: font("方正小标宋简体"), heading: font("黑体"), period: font("楷体_GB2312"), body: font("仿宋_GB2312"), table: font("宋体") };
const LINE = { line: 560, lineRule: LineRuleType.EXACT };

const border = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
const BORDERS = { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border };

function text(content: string, fonts: ReturnType<typeof font>, size: number): TextRun {
  return new TextRun({ text: content, font: fonts, size });
}

function tableCell(c: GridCell, widths: readonly number[], column: number): TableCell {
  const width = widths.slice(column, column + c.colSpan).reduce((a, b) => a + b, 0);
  return new TableCell({
    children: [new Paragraph({ alignment: c.heading || c.figure ? AlignmentType.CENTER : AlignmentType.LEFT, children: [text(c.text, FONTS.table, SIZE.table)] })],
    rowSpan: c.rowSpan,
    columnSpan: c.colSpan,
    verticalAlign: VerticalAlign.CENTER,
    width: { size: width, type: WidthType.DXA },
    margins: { top: 40, bottom: 40, left: 60, right: 60 },
  });
}

function table(grid: TableGrid): Table {
  const total = grid.widths.reduce((a, b) => a + b, 0);
  const widths = grid.widths.map((w) => Math.floor((w / total) * TEXT_WIDTH));
  // Which column each cell starts at: those covered by merges from rows above are skipped.
  const occupied = grid.rows.map(() => new Set<number>());
  const rows = grid.rows.map((row, r) => {
    let column = 0;
    const cells = row.map((c) => {
      while (occupied[r].has(column)) column++;
      for (let dr = 0; dr < c.rowSpan; dr++) for (let dc = 0; dc < c.colSpan; dc++) occupied[r + dr]?.add(column + dc);
      const made = tableCell(c, widths, column);
      column += c.colSpan;
      return made;
    });
    return new TableRow({ children: cells, tableHeader: grid.table !== "二" && row.every((c) => c.heading) && r < 4, cantSplit: true });
  });
  return new Table({ rows, columnWidths: widths, width: { size: TEXT_WIDTH, type: WidthType.DXA }, layout: TableLayoutType.FIXED, borders: BORDERS });
}

/** The whole report as a .docx file's bytes. */
export function reportDocx(report: Report, options: DocumentOptions = {}): Promise<Uint8Array> {
  return documentDocx(reportDocument(report, options));
}

/** A document, as checked for export, as a .docx file's bytes. */
export async function documentDocx(doc: ReportDocument): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 200, line: 700, lineRule: LineRuleType.EXACT }, children: [text(doc.title, FONTS.title, SIZE.title)] }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 300, ...LINE }, children: [text(doc.period, FONTS.period, SIZE.body)] }),
  ];
  for (const section of doc.sections) {
    children.push(new Paragraph({ indent: { firstLine: 640 }, spacing: LINE, keepNext: true, children: [text(section.title, FONTS.heading, SIZE.body)] }));
    for (const paragraph of section.paragraphs)
      children.push(new Paragraph({ indent: { firstLine: 640 }, alignment: AlignmentType.JUSTIFIED, spacing: LINE, children: [text(paragraph, FONTS.body, SIZE.body)] }));
    if (section.table) children.push(table(section.table), new Paragraph({ spacing: LINE, children: [] }));
  }
  const document = new Document({
    creator: "公开年报助手",
    title: doc.title,
    sections: [{ properties: { page: { size: A4, margin: MARGIN } }, children }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
