// nianbao export: the report in a workbook, in one of the output formats registered in main.ts.
import { ReadResult } from "../report/read";
import { reportToJson } from "../report";
import { readReportXlsx } from "../hosts/file";
import { Command, onePositional, parseOptions, UsageError } from "./command";
import { readInput, writeOutput } from "./files";
import { withExtension } from "./import";
import { CLI_MESSAGES } from "./messages";

/** One output format of `nianbao export`, chosen by its flag (--json, …). */
export interface ExportFormat {
  readonly flag: string;
  /** One line for the help. */
  readonly summary: string;
  /** Extension of the default output file. */
  readonly extension: string;
  /** Text goes to standard output when no --out is given; binary output goes to a file. */
  readonly binary: boolean;
  /** `force`: the person chose to go on despite errors (formats that check honour it). */
  render(result: ReadResult, options?: { readonly force: boolean }): Promise<Uint8Array | string>;
}

export const jsonExport: ExportFormat = {
  flag: "json",
  summary: "表格数据，按数据契约（REPORT-JSON）输出",
  extension: ".json",
  binary: false,
  async render(result) {
    return `${JSON.stringify(reportToJson(result.report), null, 2)}\n`;
  },
};

export function exportCommand(formats: readonly ExportFormat[]): Command {
  const flags = formats.map((format) => `--${format.flag}`).join("、");
  return {
    name: "export",
    summary: "读取年报工作簿，输出为其他格式",
    usage: `用法：npx nianbao export 年报.xlsx ${formats.map((f) => `--${f.flag}`).join("|")} [--out 文件] [--force]

按标签读取工作簿中的年报（工作表改名、行列移动后也能读取），输出为所选格式。

格式：
${formats.map((format) => `  --${format.flag.padEnd(8)}${format.summary}`).join("\n")}

选项：
  --out     输出文件。文字格式默认输出到屏幕（标准输出），其他格式默认与工作簿同名。
  --force   输出文件已存在时覆盖它（默认不覆盖）；--docx、--html 在年报仍有错误时也照样导出。

示例：npx nianbao export report.xlsx --json --out report.json
      npx nianbao export report.xlsx --docx --out 年报.docx`,
    async run(args, io) {
      const options = Object.fromEntries(formats.map((format) => [format.flag, { type: "boolean" as const }]));
      const parsed = parseOptions(args, { ...options, out: { type: "string" }, force: { type: "boolean" } });
      const values = parsed.values as Record<string, string | boolean | undefined>;
      const positionals = parsed.positionals;
      const input = onePositional(positionals, "要读取的 .xlsx 工作簿");
      const chosen = formats.filter((format) => values[format.flag] === true);
      if (chosen.length === 0) throw new UsageError(CLI_MESSAGES.noExportFormat(flags));
      if (chosen.length > 1) throw new UsageError(CLI_MESSAGES.twoExportFormats(chosen.map((f) => `--${f.flag}`).join("、")));
      const [format] = chosen;
      const result = await readReportXlsx(await readInput(input));
      if (result.issues.length > 0) io.stderr(CLI_MESSAGES.structureNotes(result.issues.length));
      const output = await format.render(result, { force: values.force === true });
      const out = typeof values.out === "string" ? values.out : format.binary ? withExtension(input, format.extension) : undefined;
      if (out === undefined) return io.stdout(String(output).replace(/\n$/, ""));
      await writeOutput(out, output, values.force === true);
      io.stdout(CLI_MESSAGES.wrote(out));
    },
  };
}
