// Every message of checking and merging many files, in one place.
import { Severity } from "../model/findings";
import { VERDICTS, VerdictKind } from "./verdict-messages";

export interface BatchTotals {
  readonly files: number;
  /** Files without errors, those with warnings included. */
  readonly valid: number;
  /** Of the valid files, those with warnings. */
  readonly warned: number;
  /** Files with errors, or not filled in: neither can be published. */
  readonly invalid: number;
  /** Of those, the files whose tables hold no figure yet. */
  readonly notFilled: number;
  readonly unreadable: number;
  /** Names met in folders and not checked. */
  readonly skipped: number;
  /** Of those, the ones that may hold a report (old workbooks, links). */
  readonly notChecked: number;
  readonly counts: Record<Severity, number>;
}

type Counts = Readonly<Record<Severity, number>>;

export const BATCH_MESSAGES = {
  checkUsage: `用法：npx nianbao check 年报.xlsx|年报.json|年报.html|年报.txt|文件夹 … [--previous 上年年报.xlsx|.json|.html|.txt] [--json]

按《政府信息公开工作年度报告格式》逐项校验：单元格（文字、全角数字、占位符、空白、负数、
小数、公式错误）、表格结构（工作表、标签、行列位置、格式与年度）、勾稽关系（表三行列总计、
每列勾稽关系、表四总计）、正文与表格（正文写到的件数、“均获维持”、分项之和、未填的占位文字）；
给出上年年报时，还核对上年结转、现行有效件数和与上年雷同的表。
全部规则见 docs/RULES.md。校验只读取文件，不改动任何数值。
发布的年报（网页 .html、复制的文字 .txt）先按标签读出数字，无法确定位置的数连同行号列出。

可一次校验多个文件：给出多个文件或文件夹（文件夹及其子文件夹中的 .xlsx 和 .json 文件按文件名顺序
逐个校验；同一文件只校验一次）。此时每个文件输出一行结论（可以发布、有错误或尚未填写，与单独校验、
导出时的结论相同），列出像是同一单位的重复年报（merge 会拒绝汇总的），
然后列出文件夹中未校验的每个文件及原因（旧版 .xls、.et 工作簿请另存为 .xlsx；链接不跟随；
其他文件和 Excel 的临时文件 ~$*.xlsx 不是年报），最后是合计；
无法读取的文件（损坏、加密、不是工作簿等）写明原因，其余文件照常校验。

选项：
  --previous  上年的年报（.xlsx、JSON，或发布的网页 .html、复制的文字 .txt），用于跨年度核对。
              只能在校验单个文件时使用。不给出时，用“新建下一年度”生成的工作簿里存着的上年数字。
  --json      以 JSON 输出。单个文件：{ verdict, valid, counts, problemCounts, problems, findings, blockers }；
              多个文件：{ counts, files: [{ file, verdict, valid, counts, findings } 或 { file, error }],
              skipped: [{ file, reason }], duplicates: [...] }，
              counts 为合计（files 文件数、valid 可以发布的文件数（含有警告的）、warned 其中有警告的
              文件数、invalid 不能发布的（有错误或尚未填写）、unreadable 无法读取数、skipped 未校验数，
              以及错误、警告、提示的问题总数）。

退出码：0 可以发布；1 有错误或尚未填写（导出同样会暂停）；2 有文件无法读取、有旧版工作簿或链接未校验（或用法有误）。
多个文件时取最严重者：2 优先于 1，1 优先于 0。`,
  noFiles: (folder: string, skipped: readonly string[]) =>
    `文件夹“${folder}”（含子文件夹）中没有 .xlsx 或 .json 文件。${skipped.length > 0 ? `其中的文件都未校验：\n${skipped.join("\n")}` : ""}`,
  skippedHeading: "未校验的文件：",
  /** The same words merge uses when it refuses them. */
  duplicatesHeading: "像是同一单位的重复年报（汇总时 merge 会拒绝，请核对后只留一份）：",
  skippedLine: (file: string, reason: string) => `  ${file}：${reason}`,
  lockFile: "这是 Excel 打开工作簿时留下的临时锁定文件（~$ 开头），不是年报。",
  notAReportFile: "不是年报文件：只校验 .xlsx 工作簿和 .json 数据文件。",
  previousNeedsOneFile: "--previous 只能在校验单个文件时使用：上年年报只对应一份本年年报。请逐个文件校验。",
  /** One file's verdict, the one check and export say of it alone; counts are of problems. */
  verdict: (kind: VerdictKind, counts: Counts, blockers: number) => {
    if (kind === VERDICTS.notFilled) return `${kind}：表格中还没有填本年的数字`;
    if (kind === VERDICTS.publishable) return counts["警告"] > 0 ? `${kind}（有警告）：警告 ${counts["警告"]} 个，请逐项核实` : kind;
    return counts["错误"] > 0 ? `${kind}：错误 ${counts["错误"]} 个、警告 ${counts["警告"]} 个` : `${kind}：${blockers} 处不能照此发布`;
  },
  unreadable: (reason: string) => `无法读取：${reason}`,
  line: (file: string, verdict: string) => `${file}：${verdict}`,
  total: ({ files, valid, warned, invalid, notFilled, unreadable, skipped, counts }: BatchTotals) =>
    `合计 ${files} 个文件：可以发布 ${valid} 个（其中有警告 ${warned} 个），有错误 ${invalid - notFilled} 个，尚未填写 ${notFilled} 个，无法读取 ${unreadable} 个；共错误 ${counts["错误"]} 个、警告 ${counts["警告"]} 个。${skipped > 0 ? `另有 ${skipped} 个文件未校验（见上）。` : ""}`,
  batchFailed: (invalid: number, unreadable: number, notChecked: number) =>
    [invalid > 0 ? `${invalid} 个文件不能发布（有错误或尚未填写）` : "", unreadable > 0 ? `${unreadable} 个文件无法读取` : "", notChecked > 0 ? `${notChecked} 个可能是年报的文件未校验` : ""]
      .filter(Boolean)
      .join("，") + "。",
  progress: (done: number, total: number, file: string) => `校验中 ${done}/${total}：${file}`,
  workerStopped: "批量校验的后台线程意外停止，可能是内存不足",
  unexpected: (detail: string) => `读取时出现意外错误（${detail}）。请在 Excel 中打开并重新保存后再试。`,
} as const;

export const MERGE_MESSAGES = {
  summary: "把同一格式、同一年度的多份年报汇总为一份（各单元格逐项相加）",
  usage: `用法：npx nianbao merge 年报.xlsx|年报.json|文件夹 … --out 汇总.xlsx [--agency 名称] [--overwrite] [--force]

把各部门同一格式、同一年度的年报汇总为一份：表二、表三、表四的每个单元格（件数和金额；
2019 年格式的“本年增/减”也一样）逐项相加，空白按 0 计；信息处理费的件数和金额也相加
（都未填写时留空）。是否收取信息处理费：有一份为“是”即为“是”，全部为“否”才为“否”，
否则留空待填。正文（一至六部分）不合并，请在汇总表的正文工作表中另行撰写。

同一文件只计一次；文件夹中的子文件夹也会查找。--out 所指的文件在所给文件夹中、且是 merge 上次写出的
汇总结果（文件属性中带有汇总标记）时，不作为输入；是其他文件（包括链接到某份年报的文件）时拒绝合并，
以免毁掉那份年报。文件夹中有旧版工作簿（.xls、.et）或链接时拒绝合并并列出它们：它们不能计入汇总。
合并前先校验每份年报：有文件无法读取、格式或年度不一致，或某个单元格不是干净的数字
（文字、全角数字、“/”、公式错误等）时拒绝合并，并写明文件和单元格；有文件存在错误，
或年报像是重复的（机关名称相同、数字完全相同，或每个数字都等于其余年报之和）时
也拒绝合并并列出这些文件，除非加 --force。汇总结果写入 --out 并再次校验。

选项：
  --out        汇总结果的 .xlsx 文件（必填，不能是输入文件之一）。
  --agency     汇总表的机关名称，默认为“汇总”。
  --overwrite  输出文件已存在时覆盖它（默认不覆盖）。
  --force      有文件存在错误或像是重复时照样合并，并列出这些文件。不会覆盖已存在的文件。

退出码：0 已合并；1 未合并（有文件存在错误、像是重复、单元格不是数字、格式或年度不一致）
或未能写出；2 用法有误或有文件无法读取。`,
  missingOut: "请用 --out 给出汇总结果的 .xlsx 文件名。",
  outNotXlsx: (out: string) => `--out 应为 .xlsx 文件，而不是“${out}”。`,
  needTwo: "请至少给出两份年报（或一个包含多份年报的文件夹）才能合并。",
  unreadable: (lines: readonly string[]) => `以下文件无法读取，未合并：\n${lines.join("\n")}`,
  unreadableLine: (file: string, reason: string) => `  ${file}：${reason}`,
  mixed: (groups: readonly string[]) => `这些年报的格式或年度不一致，不能合并：\n${groups.join("\n")}\n请只合并同一格式、同一年度的年报。`,
  group: (format: string, year: number, files: readonly string[]) => `  ${format} 年格式、${year} 年度：${files.join("、")}`,
  failing: (lines: readonly string[]) => `以下年报校验有错误，未合并：\n${lines.join("\n")}\n请先改正（npx nianbao check 文件 查看详情），或加 --force 照样合并。`,
  failingLine: (file: string, errors: number) => `  ${file}：错误 ${errors} 个`,
  notNumber: (file: string, where: string, value: string) =>
    `“${file}”的 ${where} 是“${value}”，不是可以相加的数字，未合并。请改为数字（没有发生请填 0）后再合并。`,
  duplicates: (lines: readonly string[]) =>
    `以下年报像是重复的，未合并：\n${lines.join("\n")}\n同一份年报算两次会使汇总数字偏大。请删去重复的文件（或上次的汇总结果）后再合并；确认不是重复的，可加 --force 照样合并。`,
  sameAgency: (agency: string, files: readonly string[]) => `  ${files.join("、")}：机关名称都是“${agency}”`,
  sameFigures: (files: readonly string[]) => `  ${files.join("、")}：所有数字完全相同`,
  sumOfOthers: (file: string) => `  ${file}：每个数字都等于其余年报之和，像是上次的汇总结果`,
  forcedDuplicates: (lines: readonly string[]) => `注意：已按 --force 合并了像是重复的年报：\n${lines.join("\n")}`,
  notChecked: (lines: readonly string[]) => `以下文件可能是年报，但不能读取，未合并（汇总会少算它们）：\n${lines.join("\n")}\n请把它们另存为 .xlsx（链接请换成它指向的文件）后再合并。`,
  skipped: (file: string, reason: string) => `未作为输入：${file}：${reason}`,
  outSkipped: (out: string) => `汇总结果文件 ${out} 在所给的文件夹中，没有作为输入（它是上次的汇总结果，已被这次的覆盖）。`,
  merged: (count: number, format: string, year: number, out: string) => `已把 ${count} 份年报（${format} 年格式、${year} 年度）汇总到 ${out}。`,
  forced: (files: readonly string[]) => `注意：已按 --force 合并了校验有错误的年报：${files.join("、")}。`,
  resultChecked: (counts: string) => `汇总结果校验：${counts}。`,
  textNotMerged: "正文（一至六部分）未合并，请在汇总表的正文工作表中撰写。",
  defaultAgency: "汇总",
} as const;

/** `nianbao export` with several formats in one run. */
export const MANY_OUTPUTS = (flags: string) =>
  `一次输出多种格式时，请在每个格式后直接写文件名（如 --docx 年报.docx --html 年报.html），不要用 --out；只有 --json 可以不写文件名而输出到屏幕。缺少文件名的是：${flags}。`;
