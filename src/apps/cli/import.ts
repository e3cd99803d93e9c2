// nianbao import: a report in the JSON contract, written into the template as typed.
import { writeReportXlsx } from "../../hosts/file/write";
import { CliError, Command, EXIT, onePositional, parseOptions } from "./command";
import { issueFinding } from "../../checks/structure-rules";
import { assertNewOutput, assertNotInput, OVERWRITE_OPTION, writeOutput } from "./files";
import { readJsonReportFile } from "./report-file";
import { CLI_MESSAGES } from "../../catalogue/cli-messages";

/** Replaces a file name's extension (or adds one). */
export function withExtension(path: string, extension: string): string {
  return path.replace(/(\.[^./\\]*)?$/, extension);
}

export const importCommand: Command = {
  name: "import",
  summary: "把 JSON 数据填入年报模板，生成 .xlsx",
  usage: `用法：npx nianbao import 数据.json [--out 文件.xlsx] [--overwrite]

读取符合数据契约（docs 中的 REPORT-JSON）的 JSON 文件，按其中的格式和年度生成模板并填入数值。
标签按 Unicode NFKC 规范化后匹配（全角半角、空格不影响）；数值原样写入：
文字仍是文字（如“/”“１２”），null 为空白单元格，便于随后校验。

选项：
  --out        输出文件，默认与 JSON 同名、扩展名为 .xlsx。
  --overwrite  输出文件已存在时覆盖它（默认不覆盖）。

示例：npx nianbao import data.json --out report.xlsx`,
  async run(args, io) {
    const { values, positionals } = parseOptions(args, { out: { type: "string" }, ...OVERWRITE_OPTION });
    const input = onePositional(positionals, "要导入的 JSON 文件");
    const out = values.out ?? withExtension(input, ".xlsx");
    await assertNotInput(out, [input]);
    assertNewOutput(out, values.overwrite === true);
    const { report, issues } = await readJsonReportFile(input);
    const said = (code: string) => issues.filter((issue) => issue.code === code).map((issue) => issueFinding(issue).message);
    const unknown = said("label-unknown");
    if (unknown.length > 0) throw new CliError(CLI_MESSAGES.unknownLabels(input, unknown), EXIT.badInput);
    const variants = said("label-variant");
    if (variants.length > 0) io.stderr(CLI_MESSAGES.variantLabels(variants));
    await writeOutput(out, await writeReportXlsx(report), values.overwrite === true);
    io.stdout(CLI_MESSAGES.wrote(out));
  },
};
