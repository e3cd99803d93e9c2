// What starting next year's report says: in the new workbook, on the command line, in the pane and the page.

export const NEXT_YEAR_MESSAGES = {
  /** The first cell of the hidden sheet that keeps last year's figures. */
  previousSheetNote: (year: number) =>
    `${year} 年年报的数字，由“新建下一年度”存入，供跨年度核对（上年结转、现行有效件数、与上年雷同的表）。请勿修改或删除。`,
  /** The note on each carried cell of 二、上年结转. */
  carriedNote: (year: number) => `由 ${year} 年年报表三“四、结转下年度继续办理”带入。如上年数字有误，可在此直接改正。`,
  usage: `用法：npx nianbao next-year 上年年报.xlsx|.json|.html|.txt [--out 文件.xlsx] [--overwrite]

从上年的年报生成下一年度的年报工作簿：
  · 按下一年度应使用的格式生成模板（2020 年及以前的 2019 年格式年报，下一年度起改用 2021 年格式）；
  · 带入机关名称和“是否收取信息处理费”；
  · 表三“二、上年结转政府信息公开申请数量”的每一列填入上年“四、结转下年度继续办理”（加批注标明，仍可修改）；
  · 其余数字一律空白，正文不带入（照抄上年正文属于年度报告格式所说的“内容雷同”）；
  · 上年的数字存入隐藏的工作表“上年数字”，此后在 Excel、离线校验页和命令行校验时，
    不必再给出 --previous 也会做跨年度核对（给出 --previous 时以它为准）。

选项：
  --out        输出文件，默认为“政府信息公开工作年度报告-下一年度.xlsx”。
  --overwrite  输出文件已存在时覆盖它（默认不覆盖）。

示例：npx nianbao next-year 2024.xlsx --out 2025.xlsx`,
  summary: "从上年的年报生成下一年度的年报工作簿：带入上年结转，上年数字存入工作簿供跨年度核对",
  wrote: (path: string, year: number, previousYear: number, carried: number) =>
    `已写入 ${path}：${year} 年年报，表三“二、上年结转”的 ${carried} 个单元格取自 ${previousYear} 年的“结转下年度继续办理”，${previousYear} 年的数字已存入工作簿。`,
  /** The pane's and the page's card. */
  heading: "新建下一年度",
  hint: "用本工作簿（上一年的年报）生成下一年度的年报工作簿：带入机关名称、是否收取信息处理费，表三“二、上年结转”取自本年“四、结转下年度继续办理”（加批注，可修改），其余数字空白，正文不带入；本年的数字存入新工作簿，供跨年度核对。",
  button: "新建下一年度",
  making: "正在生成下一年度的工作簿……",
  fileName: (agency: string, year: number) => `${agency}${year}年政府信息公开工作年度报告.xlsx`,
  downloaded: (name: string, previousYear: number) => `已生成“${name}”：上年结转取自 ${previousYear} 年的结转下年度继续办理，${previousYear} 年的数字已存入其中。在本页打开它即可填写后校验。`,
  opened: (year: number, previousYear: number) => `已在新窗口中打开 ${year} 年的年报工作簿：上年结转取自 ${previousYear} 年的结转下年度继续办理，${previousYear} 年的数字已存入其中。请在新窗口中保存它。`,
  noYearInWorkbook: "本工作簿“基本信息”表中的报告年度空白或不是年份，无法确定下一年度。请先填写报告年度。",
  noYear: "上年年报没有写明报告年度，无法确定下一年度。请先在“基本信息”表中填写报告年度（或导入时用 --year 给出）。",
  /** Said before the findings when the cross-year checks used the figures the workbook keeps. */
  usingStored: (year: number) => `跨年度核对：使用工作簿中存着的 ${year} 年数字（由“新建下一年度”存入）。`,
  /** Said when --previous was given although the workbook keeps last year's figures. */
  previousWins: (year: number) => `跨年度核对：以 --previous 给出的上年年报为准，不用工作簿中存着的 ${year} 年数字。`,
} as const;
