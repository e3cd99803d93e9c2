// Everything the standalone page says beyond the pane, in one place.
export const CHECKER_TEXT = {
  openHeading: "打开年报工作簿",
  openHint:
    "选择或拖入一个 .xlsx 年报工作簿（Excel 或 WPS 保存的均可），或一份已发布的年报：从网站保存的网页（.html）或从网页、PDF 复制的文字（.txt）。文件只在这台电脑的浏览器中处理，不会上传到任何地方。",
  chooseFile: "选择文件",
  dropHere: "或把 .xlsx、.html 或 .txt 文件拖到这里",
  opening: (name: string) => `正在打开“${name}”……`,
  opened: (name: string, sheets: number) => `已打开“${name}”（${sheets} 张工作表）。`,
  notXlsx: (name: string) => `“${name}”不是 .xlsx 工作簿，也不是年报网页（.html）或文字（.txt）。请在 Excel 或 WPS 中“另存为” .xlsx 格式后再打开。`,
  /** A published report opened here: it is read into a workbook, and what could not be placed is said. */
  imported: (name: string, notes: readonly string[]) =>
    notes.length === 0 ? `已读入“${name}”中的年报，数字原样填入工作簿。` : `已读入“${name}”中的年报，数字原样填入工作簿；有 ${notes.length} 处需要核对：${notes.join(" ")}`,
  oneFile: "一次只能打开一个文件，请只拖入一个 .xlsx 文件。",
  noFile: "还没有打开工作簿：请先在“打开年报工作簿”中选择或拖入一个 .xlsx 文件。",
  viewerHeading: "工作表",
  viewerEmpty: "打开工作簿后，这里显示它的内容。在左侧点击一条问题，即可在此看到对应的单元格。",
  sheetTabs: "工作表",
  cellShown: (sheet: string, address: string) => `${sheet}!${address}`,
  cellValue: (value: string) => `当前值：${value}`,
  blank: "（空白）",
  cellNotFound: (sheet: string) => `工作簿中没有名为“${sheet}”的工作表。`,
  problems: (count: number) => `此单元格有 ${count} 个问题：`,
  partialSheet: (sheet: string, from: string, to: string, rows: number, columns: number) =>
    `工作表“${sheet}”有 ${rows} 行 × ${columns} 列，这里只显示 ${from}:${to}；点击左侧的问题会显示其单元格所在的部分。完整内容请在 Excel 或 WPS 中查看。`,
} as const;
