// Every message the file host shows a person, in one place.

export const FILE_MESSAGES = {
  empty: "文件是空的（0 字节）。请确认选择了正确的 .xlsx 文件。",
  encrypted:
    "该工作簿设有打开密码（已加密），无法读取其中的数值。请在 Excel 中打开它，在“文件 → 信息 → 保护工作簿 → 用密码进行加密”中清空密码并保存，再试一次。",
  legacyFormat: "该文件是旧版 Excel 97-2003（.xls）或 WPS（.et）格式的工作簿，不是 .xlsx。请在 Excel 或 WPS 中“另存为” .xlsx 格式后再试。",
  notZip: "该文件不是 .xlsx 工作簿（内容不是 xlsx 所用的 zip 格式）。请在 Excel 或 WPS 中“另存为” .xlsx 格式后再试。",
  truncated: "该 .xlsx 文件不完整或已损坏（zip 目录缺失或被截断），可能下载或复制时中断。请重新获取文件后再试。",
  notWorkbook: "该文件是 zip 压缩包，但不是 Excel 工作簿（缺少 xl/workbook.xml）。请选择 .xlsx 文件。",
  tooManyEntries: (count: number, limit: number) =>
    `该文件包含 ${count} 个内部部件，超过上限 ${limit}，不像是一份年报工作簿，已拒绝读取。`,
  tooLarge: (megabytes: number, limit: number) =>
    `该文件解压后约 ${megabytes} MB，超过上限 ${limit} MB，已拒绝读取（年报工作簿通常不到 1 MB）。请删除无关的工作表或图片后再试。`,
  sheetTooLarge: (sheet: string, rows: number, columns: number, limit: number) =>
    `工作表“${sheet}”中有数值的区域至少达 ${rows} 行 × ${columns} 列，超过上限 ${limit.toLocaleString("en-US")} 个单元格，已拒绝读取（年报各表约 60 行 × 10 列）。请删除远处无关的单元格或工作表后再试。`,
  notRegular: {
    directory: "这是一个文件夹，不是文件。",
    link: "这是符号链接（快捷方式），为免读到别处的文件，文件夹中的链接不跟随。请直接给出它指向的文件。",
    fifo: "这是命名管道（FIFO），不是普通文件，未读取。请给出保存在磁盘上的年报文件。",
    device: "这是设备文件，不是普通文件，未读取。请给出保存在磁盘上的年报文件。",
    socket: "这是套接字，不是普通文件，未读取。请给出保存在磁盘上的年报文件。",
  },
  fileTooLarge: (megabytes: number, limit: number) =>
    `该文件有 ${megabytes} MB，超过上限 ${limit} MB，不像是一份年报文件，未读取（年报工作簿通常不到 1 MB）。`,
  entryDamaged: (entry: string) => `内部部件 ${entry} 的数据已损坏，与压缩包记录的校验值不符`,
  unsupportedMethod: (entry: string, method: number) => `内部部件 ${entry} 使用了不支持的压缩方式 ${method}`,
  xmlAt: (line: number, column: number, detail: string) => `第 ${line} 行第 ${column} 个字符处${detail}`,
  xmlMalformed: "的 XML 格式有误（标记不完整、不配对或含有非法字符）",
  xmlTooDeep: (limit: number) => `的元素嵌套超过 ${limit} 层（标记未配对）`,
  xmlDoctype: "含有文档类型声明（DOCTYPE），工作簿不会有这种内容",
  xmlDeclaredEncoding: (encoding: string) => `声明的字符编码 ${encoding} 不是 xlsx 所用的 UTF-8 或 UTF-16`,
  xmlEncoding: "的字节不是有效的 UTF-8 或 UTF-16 文字",
  badCell: (sheet: string, address: string, reason: string) => `${sheet}的单元格 ${address} ${reason}`,
  badNumber: (text: string) => `记录的数值“${text}”不是数字`,
  badBoolean: (text: string) => `记录的逻辑值“${text}”不是 0 或 1`,
  badStringIndex: (text: string) => `引用的共享文字“${text}”不存在`,
  badCellType: (type: string) => `的类型“${type}”无效`,
  badRow: (sheet: string, given: string, previous: number) => `${sheet}的行号“${given}”无效（上一行是第 ${previous} 行，行号应逐行增大）`,
  badCellReference: (sheet: string, given: string, row: number) => `${sheet}中第 ${row} 行的单元格位置“${given}”无效`,
  cellOutOfOrder: (sheet: string, address: string) => `${sheet}中的单元格 ${address} 重复出现或顺序错乱`,
  notWorkbookPart: "xl/workbook.xml 不是工作簿的描述",
  missingPart: (part: string) => `缺少 ${part}`,
  cellTooLong: (sheet: string, address: string, length: number, limit: number) =>
    `工作表“${sheet}”的单元格 ${address} 中有 ${length.toLocaleString("en-US")} 个字符，超过 Excel 允许的 ${limit.toLocaleString("en-US")} 个，已拒绝读取。请在 Excel 中打开并缩短这段文字后再试。`,
  notWritable: (cell: string, reason: string) => `未写出：${cell}${reason}。`,
  emptyText: "是空文字（\"\"），写入工作簿后会成为空白单元格。没有数值请写 null，要填 0 请写 0",
  controlCharacter: (code: string) => `含有控制字符 U+${code}，Excel 单元格无法保存它。请删去该字符后再试`,
  textTooLong: (length: number, limit: number) =>
    `有 ${length.toLocaleString("en-US")} 个字符，超过 Excel 单元格最多能保存的 ${limit.toLocaleString("en-US")} 个，多出的部分会丢失。请缩短或拆分这段文字后再试`,
  unknownSection: (title: string, format: string, sections: readonly string[]) =>
    `正文中的“${title}”不是 ${format} 年格式的章节，写入工作簿时没有它的位置，未写出。正文的章节是：${sections.join("；")}。请把这段文字放到其中一个章节下。`,
  unreadable: (detail: string) => `无法读取该 .xlsx 文件，文件可能已损坏（${detail}）。请在 Excel 中打开并重新保存后再试。`,
} as const;
