// nianbao import: a report in the JSON contract, or as published (a saved page, a text copy),
// written into the template as typed, or as JSON.
import { writeReportXlsx } from "../../hosts/file/write";
import { reportToJson } from "../../model/json";
import { Report, UNKNOWN_YEAR } from "../../model/report";
import { CliError, CliIo, Command, EXIT, onePositional, parseOptions } from "./command";
import { issueFinding } from "../../checks/structure-rules";
import { assertNewOutput, assertNotInput, OVERWRITE_OPTION, writeOutput } from "./files";
import { isPublishedFile, readJsonReportFile, readPublishedFile } from "./report-file";
import { CLI_MESSAGES, CLI_TEXT } from "../../catalogue/cli-messages";
import { IMPORT_MESSAGES } from "../../catalogue/import-messages";
import { reportYear } from "./template";

/** Replaces a file name's extension (or adds one). */
export function withExtension(path: string, extension: string): string {
  return path.replace(/(\.[^./\\]*)?$/, extension);
}

/** The report in a file, and what reading it could not take as written. */
async function readImported(path: string, io: CliIo): Promise<{ report: Report; notes: string[] }> {
  if (!isPublishedFile(path)) {
    // A label the contract does not know is refused; a known variant is read and said.
    const { report, issues } = await readJsonReportFile(path);
    const said = (code: string) => issues.filter((issue) => issue.code === code).map((issue) => issueFinding(issue).message);
    const unknown = said("label-unknown");
    if (unknown.length > 0) throw new CliError(CLI_MESSAGES.unknownLabels(path, unknown), EXIT.badInput);
    const variants = said("label-variant");
    if (variants.length > 0) io.stderr(CLI_MESSAGES.variantLabels(variants));
    return { report, notes: [] };
  }
  return readPublishedFile(path);
}

export const importCommand: Command = {
  name: "import",
  summary: "把 JSON 数据或发布的年报（网页 .html、复制的文字 .txt）填入年报模板，生成 .xlsx",
  usage: `用法：npx nianbao import 数据.json|年报.html|年报.txt [--out 文件.xlsx] [--json] [--agency 机关名称] [--year 年度] [--overwrite]

读取以下任一种文件，按其中的格式和年度生成模板并填入数值：
  · 符合数据契约（docs 中的 REPORT-JSON）的 JSON 文件；
  · 从政府网站保存的年报网页（.html/.htm，UTF-8 或 GB2312/GBK/GB18030 编码）；
  · 从网页或 PDF 复制的年报文字（.txt），表格可以是用“|”或空格隔开的一串标签和数字。
表格按标签找到，正文按章节标题找到；标签按 Unicode NFKC 规范化后匹配（全角半角、空格不影响），
与官方标签略有不同的标签照样读取并列出。数值原样写入：文字仍是文字（如“/”“0件”“１２”），
空白仍是空白，便于随后校验；无法确定位置的数不导入，连同所在行号列出，决不猜测。

选项：
  --out        输出文件，默认与输入同名、扩展名为 .xlsx（加 --json 时为 .json）。
  --json       输出数据契约的 JSON 文件，而不是工作簿。
  --agency     机关名称，替代文件中读到的（网页标题常不写全称）。
  --year       报告所述的年度，替代文件中读到的。
  --overwrite  输出文件已存在时覆盖它（默认不覆盖）。

示例：npx nianbao import 2024年报.html --out 2024.xlsx`,
  async run(args, io) {
    const { values, positionals } = parseOptions(args, {
      out: { type: "string" },
      json: { type: "boolean" },
      agency: { type: "string" },
      year: { type: "string" },
      ...OVERWRITE_OPTION,
    });
    const input = onePositional(positionals, "要导入的文件（.json、.html 或 .txt）");
    const json = values.json === true;
    const out = values.out ?? withExtension(input, json ? ".json" : ".xlsx");
    const year = values.year === undefined ? undefined : reportYear(values.year);
    assertNotInput(out, [input]);
    assertNewOutput(out, values.overwrite === true);
    const imported = await readImported(input, io);
    const report: Report = { ...imported.report, agency: values.agency ?? imported.report.agency, year: year ?? imported.report.year };
    const unknownYear = report.year === UNKNOWN_YEAR;
    // The JSON contract has no blank year; a workbook leaves 报告年度 for a person to fill.
    if (unknownYear && json) throw new CliError(CLI_TEXT.readingNotes(input, [...imported.notes, IMPORT_MESSAGES.noYear]), EXIT.notWritten);
    const notes = unknownYear ? [...imported.notes, IMPORT_MESSAGES.noYear] : imported.notes;
    const bytes = json ? `${JSON.stringify(reportToJson(report), null, 2)}\n` : await writeReportXlsx(report);
    await writeOutput(out, bytes, values.overwrite === true);
    if (notes.length > 0) io.stderr(CLI_TEXT.readingNotes(input, notes));
    io.stdout(CLI_MESSAGES.wrote(out));
  },
};
