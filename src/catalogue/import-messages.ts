// What the importer of published reports says about what it could not place or read as written.
import { TableId } from "../model/types";

export const IMPORT_MESSAGES = {
  variant: (line: number, table: TableId, written: string, official: string) =>
    `第${line}行：表${table}中的“${written}”与官方标签不同，已按“${official}”读取；请核对标签。`,
  rowIncomplete: (line: number, table: TableId, row: string, found: number, wanted: number) =>
    `第${line}行：表${table}“${row}”后只有 ${found} 个数（应有 ${wanted} 个），空白格在复制时丢失，无法确定各数属于哪一列，这一行未导入；请对照原文填写。`,
  extra: (line: number, table: TableId, written: string) =>
    `第${line}行：表${table}中的“${written}”多于该行的单元格，未导入；请对照原文核对。`,
  outsideTable: (line: number, written: string) => `第${line}行：“${clip(written)}”在表格之后、任何章节标题之前，未导入；请补上它所属章节的标题。`,
  titleVariant: (line: number, written: string, official: string) =>
    `第${line}行：章节标题“${written}”与格式规定的“${official}”不同，已按后者读取；请改用规定的标题。`,
  noCells: (line: number, table: TableId, label: string, found: number) =>
    `第${line}行：表${table}“${label}”在本格式中没有自己的单元格（按所属分项填写），其后的 ${found} 个数未导入；请把它们填入相应分项。`,
  columnsUnknown: (line: number) =>
    `第${line}行：表三的列标题顺序与官方格式不同，无法确定各数属于哪一列，表三的数未导入；请对照原文填写。`,
  notAReport: "没有在文件中找到年报的表格或章节标题（如“二、主动公开政府信息情况”“第二十条第（一）项”）：这不像一份政府信息公开工作年度报告。",
  noYear: "文件中没有写明报告所述的年度（如标题“……2023年政府信息公开工作年度报告”），年度留空；请用 --year 给出，或在“基本信息”表中填写。",
} as const;

function clip(text: string): string {
  const trimmed = text.trim();
  return trimmed.length > 30 ? `${trimmed.slice(0, 30)}……` : trimmed;
}
