// nianbao next-year: next year's workbook from this year's report (any file `check` reads).
import { writeReportXlsx } from "../../hosts/file/write";
import { reportOf } from "../../checks/engine";
import { nextYearReport } from "../../template/next-year";
import { CliError, Command, EXIT, onePositional, parseOptions } from "./command";
import { assertNewOutput, assertNotInput, OVERWRITE_OPTION, writeOutput } from "./files";
import { readReportFileNoted } from "./report-file";
import { CLI_TEXT } from "../../catalogue/cli-messages";
import { NEXT_YEAR_MESSAGES } from "../../catalogue/next-year-messages";

export const nextYearCommand: Command = {
  name: "next-year",
  summary: NEXT_YEAR_MESSAGES.summary,
  usage: NEXT_YEAR_MESSAGES.usage,
  async run(args, io) {
    const { values, positionals } = parseOptions(args, { out: { type: "string" }, ...OVERWRITE_OPTION });
    const input = onePositional(positionals, "上年的年报文件（.xlsx、.json、.html 或 .txt）");
    const { input: read, notes } = await readReportFileNoted(input);
    if (notes.length > 0) io.stderr(CLI_TEXT.readingNotes(input, notes));
    const previous = reportOf(read);
    const next = nextYearReport(previous);
    if (!next) throw new CliError(NEXT_YEAR_MESSAGES.noYear, EXIT.notWritten);
    const out = values.out ?? `政府信息公开工作年度报告-${next.report.year}.xlsx`;
    assertNotInput(out, [input]);
    assertNewOutput(out, values.overwrite === true);
    await writeOutput(out, await writeReportXlsx(next.report, { carriedFrom: { previous, carried: next.carried } }), values.overwrite === true);
    io.stdout(NEXT_YEAR_MESSAGES.wrote(out, next.report.year, previous.year, next.carried.length));
  },
};
