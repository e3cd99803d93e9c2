// nianbao export: the report in a workbook, in one of the output formats registered in main.ts.
import { ReadResult } from "../../reading/read";
import { reportToJson } from "../../model/json";
import { Command, onePositional, parseOptions, UsageError } from "./command";
import { assertNewOutput, assertNotInput, OVERWRITE_OPTION, writeOutput } from "./files";
import { readWorkbookFile } from "./report-file";
import { withExtension } from "./import";
import { CLI_MESSAGES } from "../../catalogue/cli-messages";
import { MANY_OUTPUTS } from "../../catalogue/batch-messages";

/** One output format of `nianbao export`, chosen by its flag (--json, …). */
export interface ExportFormat {
  readonly flag: string;
  /** One line for the help. */
  readonly summary: string;
  /** Extension of the default output file. */
  readonly extension: string;
  /** Text goes to standard output when no --out is given; binary output goes to a file. */
  readonly binary: boolean;
  /**
   * `force`: the person chose to go on despite errors (formats that check honour it and `note`
   * that they did, so the person is told).
   */
  render(result: ReadResult, options: { readonly force: boolean; readonly note: (text: string) => void }): Promise<Uint8Array | string>;
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

/**
 * Takes the file named right after a format flag (`--docx 年报.docx`) out of the arguments, so
 * several formats can be written in one run; a flag without one keeps the old meaning.
 */
function namedOutputs(args: readonly string[], formats: readonly ExportFormat[]): { rest: string[]; outputs: Map<string, string> } {
  const rest: string[] = [];
  const outputs = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    rest.push(args[i]);
    const format = formats.find((f) => args[i] === `--${f.flag}`);
    const next = args[i + 1];
    if (format && next !== undefined && next.toLowerCase().endsWith(format.extension)) outputs.set(format.flag, args[++i]);
  }
  return { rest, outputs };
}

export function exportCommand(formats: readonly ExportFormat[]): Command {
  const flags = formats.map((format) => `--${format.flag}`).join("、");
  return {
    name: "export",
    summary: "读取年报工作簿，输出为其他格式",
    usage: `用法：npx nianbao export 年报.xlsx ${formats.map((f) => `--${f.flag}`).join("|")} [--out 文件] [--overwrite] [--force]
      npx nianbao export 年报.xlsx ${formats.map((f) => `[--${f.flag} 文件${f.extension}]`).join(" ")} [--overwrite] [--force]

按标签读取工作簿中的年报（工作表改名、行列移动后也能读取），输出为所选格式。

格式：
${formats.map((format) => `  --${format.flag.padEnd(11)}${format.summary}`).join("\n")}

选项：
  --out        只选一种格式时的输出文件。文字格式默认输出到屏幕（标准输出），其他格式默认与工作簿同名。
               一次输出多种格式时，在每个格式后直接写文件名（如 --docx 年报.docx）；
               --json 后不写文件名时输出到屏幕。
  --overwrite  输出文件已存在时覆盖它（默认不覆盖）。
  --force      --docx、--html 在年报仍有错误时也照样导出（仅供内部审核），并提示错误数。
               不会覆盖已存在的文件。

示例：npx nianbao export report.xlsx --json --out report.json
      npx nianbao export report.xlsx --docx 年报.docx --html 年报.html --json 年报.json`,
    async run(args, io) {
      const options = Object.fromEntries(formats.map((format) => [format.flag, { type: "boolean" as const }]));
      const { rest, outputs } = namedOutputs(args, formats);
      const parsed = parseOptions(rest, { ...options, out: { type: "string" }, ...OVERWRITE_OPTION, force: { type: "boolean" } });
      const values = parsed.values as Record<string, string | boolean | undefined>;
      const positionals = parsed.positionals;
      const input = onePositional(positionals, "要读取的 .xlsx 工作簿");
      const chosen = formats.filter((format) => values[format.flag] === true);
      if (chosen.length === 0) throw new UsageError(CLI_MESSAGES.noExportFormat(flags));
      // Several formats in one run need a file each (or --json alone on the screen), never --out.
      const unnamed = chosen.filter((format) => !outputs.has(format.flag));
      if (chosen.length > 1 && (typeof values.out === "string" || unnamed.some((format) => format.binary) || unnamed.length > 1))
        throw new UsageError(MANY_OUTPUTS(unnamed.map((f) => `--${f.flag}`).join("、") || "--out"));
      const destination = (format: ExportFormat) =>
        outputs.get(format.flag) ?? (typeof values.out === "string" ? values.out : format.binary ? withExtension(input, format.extension) : undefined);
      // All or nothing: an existing file is refused before any other is written.
      const overwrite = values.overwrite === true;
      for (const format of chosen) {
        assertNotInput(destination(format), [input]);
        assertNewOutput(destination(format), overwrite);
      }
      const result = await readWorkbookFile(input);
      if (result.issues.length > 0) io.stderr(CLI_MESSAGES.structureNotes(result.issues.length));
      // Everything is rendered (and checked) before anything is written: a refusal writes nothing.
      const force = values.force === true;
      const rendered = await Promise.all(
        chosen.map(async (format) => {
          const notes: string[] = [];
          return { format, notes, output: await format.render(result, { force, note: (text) => notes.push(text) }) };
        }),
      );
      // A forced export is said once its file is written.
      for (const { format, output, notes } of rendered) {
        const out = destination(format);
        if (out === undefined) {
          io.stdout(String(output).replace(/\n$/, ""));
          continue;
        }
        await writeOutput(out, output, overwrite);
        io.stdout(CLI_MESSAGES.wrote(out));
        for (const note of notes) io.stderr(note);
      }
    },
  };
}
