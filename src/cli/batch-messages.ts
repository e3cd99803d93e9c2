// Every message of checking and merging many files, in one place.
import { Severity } from "../checks";

type Counts = Readonly<Record<Severity, number>>;

export const BATCH_MESSAGES = {
  checkUsage: `用法：npx nianbao check 年报.xlsx|年报.json|文件夹 … [--previous 上年年报.xlsx|.json] [--json]

按《政府信息公开工作年度报告格式》逐项校验：单元格（文字、全角数字、占位符、空白、负数、
小数、公式错误）、表格结构（工作表、标签、行列位置、格式与年度）、勾稽关系（表三行列总计、
每列勾稽关系、表四总计）；给出上年年报时，还核对上年结转、现行有效件数和与上年雷同的表。
全部规则见 docs/RULES.md。校验只读取文件，不改动任何数值。

可一次校验多个文件：给出多个文件或文件夹（文件夹中的 .xlsx 和 .json 文件按文件名顺序逐个校验，
不含子文件夹和 Excel 的临时文件 ~$*.xlsx）。此时每个文件输出一行结论，最后是合计；
无法读取的文件（损坏、加密、不是工作簿等）写明原因，其余文件照常校验。

选项：
  --previous  上年的年报（.xlsx 或 JSON），用于跨年度核对。只能在校验单个文件时使用。
  --json      以 JSON 输出。单个文件：{ valid, counts, findings }；多个文件：
              { counts, files: [{ file, valid, counts, findings } 或 { file, error }] }，
              counts 为合计（files 文件数、valid 通过数、invalid 有错误数、unreadable 无法读取数，
              以及错误、警告、提示的总项数）。

退出码：0 全部没有错误；1 有文件存在错误；2 有文件无法读取（或用法有误）。
多个文件时取最严重者：2 优先于 1，1 优先于 0。`,
  noFiles: (folder: string) => `文件夹“${folder}”中没有 .xlsx 或 .json 文件。`,
  previousNeedsOneFile: "--previous 只能在校验单个文件时使用：上年年报只对应一份本年年报。请逐个文件校验。",
  passed: "通过",
  findings: (counts: Counts) => `错误 ${counts["错误"]} 项、警告 ${counts["警告"]} 项${counts["提示"] > 0 ? `、提示 ${counts["提示"]} 项` : ""}`,
  unreadable: (reason: string) => `无法读取：${reason}`,
  line: (file: string, verdict: string) => `${file}：${verdict}`,
  total: (files: number, valid: number, invalid: number, unreadable: number, counts: Counts) =>
    `合计 ${files} 个文件：通过 ${valid} 个，有错误 ${invalid} 个，无法读取 ${unreadable} 个；共错误 ${counts["错误"]} 项、警告 ${counts["警告"]} 项、提示 ${counts["提示"]} 项。`,
  batchFailed: (invalid: number, unreadable: number) =>
    [invalid > 0 ? `${invalid} 个文件有错误` : "", unreadable > 0 ? `${unreadable} 个文件无法读取` : ""].filter(Boolean).join("，") + "。",
  progress: (done: number, total: number, file: string) => `校验中 ${done}/${total}：${file}`,
  unexpected: (detail: string) => `读取时出现意外错误（${detail}）。请在 Excel 中打开并重新保存后再试。`,
} as const;
