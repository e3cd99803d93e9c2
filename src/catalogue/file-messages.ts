// Every message the file host shows a person, in one place.

export const FILE_MESSAGES = {
  empty: "文件是空的（0 字节）。请确认选择了正确的 .xlsx 文件。",
  encrypted:
    "该文件不是可读取的 .xlsx 工作簿：它是设有打开密码的加密工作簿，或旧版 Excel 97-2003（.xls）文件。请在 Excel 中取消打开密码，或“另存为” .xlsx 格式后再试。",
  notZip: "该文件不是 .xlsx 工作簿（内容不是 xlsx 所用的 zip 格式）。请在 Excel 或 WPS 中“另存为” .xlsx 格式后再试。",
  truncated: "该 .xlsx 文件不完整或已损坏（zip 目录缺失或被截断），可能下载或复制时中断。请重新获取文件后再试。",
  notWorkbook: "该文件是 zip 压缩包，但不是 Excel 工作簿（缺少 xl/workbook.xml）。请选择 .xlsx 文件。",
  tooManyEntries: (count: number, limit: number) =>
    `该文件包含 ${count} 个内部部件，超过上限 ${limit}，不像是一份年报工作簿，已拒绝读取。`,
  tooLarge: (megabytes: number, limit: number) =>
    `该文件解压后约 ${megabytes} MB，超过上限 ${limit} MB，已拒绝读取（年报工作簿通常不到 1 MB）。请删除无关的工作表或图片后再试。`,
  sheetTooLarge: (sheet: string, rows: number, columns: number, limit: number) =>
    `工作表“${sheet}”中有数值的区域至少达 ${rows} 行 × ${columns} 列，超过上限 ${limit.toLocaleString("en-US")} 个单元格，已拒绝读取（年报各表约 60 行 × 10 列）。请删除远处无关的单元格或工作表后再试。`,
  unreadable: (detail: string) => `无法读取该 .xlsx 文件，文件可能已损坏（${detail}）。请在 Excel 中打开并重新保存后再试。`,
} as const;
