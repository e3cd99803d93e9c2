// nianbao fill-zeros: a copy of a workbook with every blank input cell of the tables set to 0,
// as the format asks; a typed value, text or formula is never touched.
import { runChecks } from "../../checks/run";
import { isBlankProblem, problemsOf } from "../../checks/problems";
import { zeroBlankCells } from "../../hosts/file/fill-zeros";
import { loadWorkbookModel } from "../../hosts/file/load";
import { toBytes } from "../../hosts/file/write";
import { FILL_ZEROS_TEXT } from "../../catalogue/cli-messages";
import { Command, onePositional, parseOptions, UsageError } from "./command";
import { assertNewOutput, assertNotInput, OVERWRITE_OPTION, readInput, writeOutput } from "./files";
import { readWorkbookFile } from "./report-file";

export const fillZerosCommand: Command = {
  name: "fill-zeros",
  summary: FILL_ZEROS_TEXT.summary,
  usage: FILL_ZEROS_TEXT.usage,
  async run(args, io) {
    const { values, positionals } = parseOptions(args, { out: { type: "string" }, ...OVERWRITE_OPTION });
    const input = onePositional(positionals, "要填 0 的年报工作簿（.xlsx）");
    if (values.out === undefined) throw new UsageError(FILL_ZEROS_TEXT.outMissing);
    assertNotInput(values.out, [input]);
    assertNewOutput(values.out, values.overwrite === true);
    const read = await readWorkbookFile(input);
    // The blank cells are those the checks call blank: input cells of the tables, as located.
    const blanks = problemsOf(runChecks({ read }).findings)
      .filter(isBlankProblem)
      .flatMap((problem) => problem.cells);
    const workbook = await loadWorkbookModel(await readInput(input));
    const filled = zeroBlankCells(workbook, blanks);
    await writeOutput(values.out, await toBytes(workbook), values.overwrite === true);
    io.stdout(FILL_ZEROS_TEXT.filled(filled, values.out));
  },
};
