// Every message the command line shows, in one place.
import { SHEET_NAMES } from "../model/sheet-names";

export const CLI_MESSAGES = {
  /** A failure nobody foresaw: said in one line, never as a stack trace. */
  internalError: (detail: string) => `程序内部出错，未能完成（${detail}）。输入文件没有被改动。请把这条消息和所用的命令告诉维护人员。`,
  unknownCommand: (name: string) => `没有名为“${name}”的命令。`,
  unknownOption: (option: string) => `不认识的选项 ${option}。`,
  forceIsNotOverwrite: "此命令没有 --force 选项。要覆盖已存在的输出文件，请改用 --overwrite。",
  missingValue: (option: string) => `选项 ${option} 后面需要跟一个值。`,
  extraArgument: (argument: string) => `多余的参数“${argument}”。`,
  badOptions: (detail: string) => `参数有误（${detail}）。`,
  missingInput: (what: string) => `请给出${what}。`,
  badMeasure: (written: string, measures: readonly string[]) => `--measure 应为 ${measures.join("、")} 之一，而不是“${written}”。`,
  badFormat: (written: string) => `--format 应为 2021 或 2019，而不是“${written}”。`,
  badYear: (written: string) => `--year 应为报告所述的年度（4 位数字，如 2025），而不是“${written}”。`,
  noExportFormat: (flags: string) => `请选择输出格式：${flags}。`,
  fileMissing: (path: string) => `找不到文件“${path}”。请检查路径和文件名是否正确。`,
  isFolder: (path: string) => `“${path}”是一个文件夹，不是文件。`,
  noPermission: (path: string) => `没有权限读写“${path}”。`,
  cannotRead: (path: string, detail: string) => `无法读取“${path}”（${detail}）。`,
  notRegular: (path: string, reason: string) => `“${path}”：${reason}`,
  cannotWrite: (path: string, detail: string) => `无法写入“${path}”（${detail}）。原有的同名文件（如有）保持不变。`,
  /** Why the system refused, by its error code; a code not listed is shown as it is. */
  systemReasons: {
    ENOSPC: "磁盘空间不足",
    EDQUOT: "超出磁盘配额",
    EFBIG: "超过系统允许的文件大小",
    EROFS: "磁盘是只读的",
    ENOENT: "文件夹不存在",
    ENOTDIR: "路径中有一段不是文件夹",
    EACCES: "没有写入权限",
    EPERM: "没有写入权限",
    ENAMETOOLONG: "文件名太长",
    EIO: "磁盘读写出错",
  } as Readonly<Record<string, string>>,
  systemError: (code: string) => `系统错误 ${code}`,
  outputExists: (path: string) => `输出文件“${path}”已存在，为免覆盖已停止。请换一个文件名（--out），或加 --overwrite 覆盖它。`,
  outputIsInput: (output: string, input: string) =>
    output === input
      ? `输出文件“${output}”就是输入文件，写出会毁掉原文件（--overwrite 也不例外）。请用 --out 另取一个文件名。`
      : `输出文件“${output}”与输入文件“${input}”是同一个文件，写出会毁掉原文件（--overwrite 也不例外）。请用 --out 另取一个文件名。`,
  notJson: (path: string, at: { line: number; column: number } | undefined) =>
    `“${path}”不是有效的 JSON 文件${at ? `（第 ${at.line} 行第 ${at.column} 个字符附近有误）` : ""}。请检查那里的括号、逗号和引号（键和文字都要用英文双引号）。`,
  inFile: (path: string, message: string) => `“${path}”：${message}`,
  wrote: (path: string) => `已写入 ${path}`,
  /** import: labels that mean none of the format's would lose their values in the template. */
  unknownLabels: (path: string, messages: readonly string[]) =>
    `“${path}”：有认不出的标签，导入会丢掉其中的数，已停止：\n${messages.join("\n")}`,
  /** import: variants are written under the official labels they mean. */
  variantLabels: (messages: readonly string[]) => `已按官方标签导入：\n${messages.join("\n")}`,
  structureNotes: (count: number) =>
    `注意：工作簿的结构与模板有 ${count} 处不同（如工作表改名、行列移动或标签改动），已按标签读取数值。`,
} as const;

/** The words of `nianbao check`. */
export const CLI_TEXT = {
  summary: "校验年报：每个单元格、每条勾稽关系、正文与表格是否一致，给出上年年报时还做跨年度核对",
  notXlsxOrJson: (path: string) =>
    `“${path}”不是能读取的年报文件。请给出年报工作簿（.xlsx）、数据文件（.json），或发布的年报网页（.html）及复制的文字（.txt）。`,
  /** Before the findings of a published report: what its reading could not take as written. */
  readingNotes: (path: string, notes: readonly string[]) => [`“${path}”导入时有 ${notes.length} 处需要核对：`, ...notes.map((note) => `  ${note}`)].join("\n"),
  heading: (agency: string, year: number, format: string) =>
    `${agency || "（未填机关名称）"} ${year > 0 ? `${year} 年` : "（未填年度）"}年报（${format} 年格式）`,
  /** Counts by severity: of problems in a report (one wrong cell that breaks two totals is one), or of findings in a merged result. */
  severityCounts: (counts: Readonly<Record<string, number>>) => `错误 ${counts["错误"]} 个，警告 ${counts["警告"]} 个，提示 ${counts["提示"]} 个`,
  verdict: (line: string) => `结论：${line}`,
  allPassed: "全部通过：没有错误、警告或提示。",
  group: (title: string) => `【${title}】`,
  /** What the document would publish wrongly, beyond the errors: export holds back on these too. */
  blockersHeading: "【导出前还须改正】",
  problem: (severity: string, headline: string) => `[${severity}] ${headline}`,
  reviewed: (headline: string, reason: string, date: string) => `[已核实 ${date}] ${headline}（理由：${reason}）`,
  /** A rule firing under its problem, indented, with every operand. */
  detail: (rule: string, message: string) => `    ${rule} ${message}`,
  blankCells: (addresses: string) => `    空白单元格：${addresses}`,
  blocker: (n: number, text: string) => `  ${n}. ${text}`,
  workbook: "工作簿",
  table: (table: string) => `表${table}`,
  info: SHEET_NAMES.info,
  text: SHEET_NAMES.text,
  suggestion: (text: string) => `    建议：${text}`,
} as const;

/** The words of `nianbao fill-zeros`. */
export const FILL_ZEROS_TEXT = {
  summary: "把表格中的空白单元格填为 0（按格式，没有的填 0），另存为新文件",
  usage: `用法：npx nianbao fill-zeros 年报.xlsx --out 填好的年报.xlsx [--overwrite]

按《政府信息公开工作年度报告格式》，表二、表三、表四中没有的数应填 0，不能空着。
本命令把这些表中每个空白的数字单元格填为 0，写入 --out 指定的新文件；
已填的数字、文字和公式一律不动，原文件不会被改动。

选项：
  --out        输出文件（必填，不能是原文件）。
  --overwrite  输出文件已存在时覆盖它（默认不覆盖）。`,
  outMissing: "请用 --out 给出输出文件：填好的年报另存为新文件，原文件不会被改动。",
  filled: (count: number, path: string) => (count > 0 ? `已把 ${count} 个空白单元格填为 0，写入 ${path}` : `没有空白单元格需要填 0；已原样写入 ${path}`),
} as const;

/** The words of `nianbao review`. */
export const REVIEW_TEXT = {
  summary: "列出工作簿中的警告，把核实过、确实无须改动的一条标为“已核实”并写明理由",
  usage: `用法：npx nianbao review 年报.xlsx
      npx nianbao review 年报.xlsx --warning 编号 --reason "理由" --out 新文件.xlsx [--overwrite]

不带 --warning 时，列出所有尚未核实的警告（带编号）和已核实的警告。
带 --warning 时，把该编号的警告标为“已核实”，连同理由和日期保存在工作簿的“校验记录”表中
（该表隐藏，随工作簿保存）；任务窗格、离线校验页和 check 命令都不再把它算作待处理。
有关单元格的数值一旦改动，这条核实自动失效，警告重新出现。错误不能标为已核实，只能改正。

选项：
  --warning    要标记的警告编号（见不带 --warning 时的列表）。
  --reason     核实理由（必填），如“本年确无行政许可事项”。
  --out        输出文件（必填，不能是原文件）。
  --overwrite  输出文件已存在时覆盖它（默认不覆盖）。`,
  item: (n: number, headline: string) => `${n}. [警告] ${headline}`,
  reviewedItem: (headline: string, reason: string, date: string) => `   [已核实 ${date}] ${headline}（理由：${reason}）`,
  noneOpen: "没有尚未核实的警告。",
  noSuchWarning: (given: string, count: number) => (count === 0 ? "没有尚未核实的警告可以标记。" : `没有编号为“${given}”的警告；请给出 1 到 ${count} 之间的编号（不带 --warning 运行可看到列表）。`),
  reasonMissing: "请用 --reason 写明核实理由：审核的人要知道为什么这条警告可以不改。",
  outMissing: "请用 --out 给出输出文件：标记后的年报另存为新文件，原文件不会被改动。",
  saved: (headline: string, path: string) => `已把“${headline}”标为已核实，写入 ${path}`,
} as const;
