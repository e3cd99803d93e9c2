// The `nianbao` command: a table of commands, each in its own file. Adding a command is one line.
import { CliError, CliIo, Command, EXIT, UsageError } from "./command";
import { exportCommand, ExportFormat, jsonExport } from "./export";
import { importCommand } from "./import";
import { CLI_MESSAGES } from "../../catalogue/cli-messages";
import { templateCommand } from "./template";
import { docxExport, htmlExport } from "./export-docs";
import { narrativeCommand } from "./narrative";
import { checkCommand } from "./check";
import { mergeCommand } from "./merge";
import { overviewCommand } from "./overview";
import { nextYearCommand } from "./next-year";
import { fillZerosCommand } from "./fill-zeros";
import { reviewCommand } from "./review";
import { isNianbaoError } from "../../model/errors";

/** Output formats of `nianbao export`, by flag. */
const EXPORT_FORMATS: readonly ExportFormat[] = [jsonExport, docxExport, htmlExport];

const COMMANDS: readonly Command[] = [templateCommand, nextYearCommand, importCommand, exportCommand(EXPORT_FORMATS), checkCommand, fillZerosCommand, reviewCommand, mergeCommand, overviewCommand, narrativeCommand];

function overview(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length)) + 2;
  return `公开年报助手 · 政府信息公开工作年度报告的命令行工具

用法：npx nianbao <命令> [参数]

命令：
${COMMANDS.map((command) => `  ${command.name.padEnd(width)}${command.summary}`).join("\n")}

每个命令的详细用法：npx nianbao <命令> --help
退出码：0 成功；1 未能写出结果，或 check 发现错误；2 用法有误或输入无法读取。`;
}

const wantsHelp = (args: readonly string[]) => args.includes("--help") || args.includes("-h");

/** Runs one command line and returns the exit code. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    const command = COMMANDS.find((c) => c.name === args[0]);
    io.stdout(command ? command.usage : overview());
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr(`${CLI_MESSAGES.unknownCommand(name)}\n\n${overview()}`);
    return EXIT.badInput;
  }
  if (wantsHelp(args)) {
    io.stdout(command.usage);
    return EXIT.ok;
  }
  try {
    await command.run(args, io);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${error.message}\n\n${command.usage}`);
      return EXIT.badInput;
    }
    if (error instanceof CliError) {
      io.stderr(error.message);
      return error.exitCode;
    }
    // Any other failure of ours is said as it is; input that cannot be read is the person's to fix.
    if (isNianbaoError(error)) {
      io.stderr(error.message);
      return EXIT.badInput;
    }
    io.stderr(CLI_MESSAGES.internalError(error instanceof Error ? error.message : String(error)));
    return EXIT.notWritten;
  }
}

/** Entry point of bin/nianbao.js. */
export function run(): void {
  // Past a file-size limit (ulimit -f) the system would kill the process mid-write; ignored, the
  // write fails with EFBIG instead and the output is left as it was.
  process.on("SIGXFSZ", () => undefined);
  const io: CliIo = { stdout: (text) => console.log(text), stderr: (text) => console.error(text) };
  main(process.argv.slice(2), io).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      console.error(CLI_MESSAGES.internalError(error instanceof Error ? error.message : String(error)));
      process.exitCode = EXIT.notWritten;
    },
  );
}
