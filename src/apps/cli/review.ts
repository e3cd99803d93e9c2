// nianbao review: lists a workbook's open warnings, numbered, and marks one 已核实 with a reason
// in a new copy of the workbook, where the pane, the offline page and check all read it back.
import { canReview, problemsOf, reviewOf } from "../../checks/problems";
import { runChecks } from "../../checks/run";
import { addReviewRow } from "../../hosts/file/reviews";
import { loadWorkbookModel } from "../../hosts/file/load";
import { toBytes } from "../../hosts/file/write";
import { REVIEW_TEXT } from "../../catalogue/cli-messages";
import { CliError, Command, EXIT, onePositional, parseOptions, UsageError } from "./command";
import { assertNewOutput, assertNotInput, OVERWRITE_OPTION, readInput, writeOutput } from "./files";
import { readWorkbookFile } from "./report-file";

/** Today as the person's calendar has it: 2025-01-20. */
const today = () => new Date().toLocaleDateString("sv-SE");

export const reviewCommand: Command = {
  name: "review",
  summary: REVIEW_TEXT.summary,
  usage: REVIEW_TEXT.usage,
  async run(args, io) {
    const { values, positionals } = parseOptions(args, { warning: { type: "string" }, reason: { type: "string" }, out: { type: "string" }, ...OVERWRITE_OPTION });
    const input = onePositional(positionals, "年报工作簿（.xlsx）");
    const read = await readWorkbookFile(input);
    const problems = problemsOf(runChecks({ read }).findings, read.reviews);
    const open = problems.filter((problem) => canReview(problem) && !problem.reviewed);
    if (values.warning === undefined) {
      const reviewed = problems.filter((problem) => problem.reviewed);
      io.stdout(
        [
          ...(open.length === 0 ? [REVIEW_TEXT.noneOpen] : open.map((problem, i) => REVIEW_TEXT.item(i + 1, problem.headline))),
          ...reviewed.map((problem) => REVIEW_TEXT.reviewedItem(problem.headline, problem.reviewed!.reason, problem.reviewed!.date)),
        ].join("\n"),
      );
      return;
    }
    const number = Number(values.warning);
    const problem = Number.isInteger(number) ? open[number - 1] : undefined;
    if (!problem) throw new UsageError(REVIEW_TEXT.noSuchWarning(values.warning, open.length));
    const reason = values.reason?.trim();
    if (!reason) throw new UsageError(REVIEW_TEXT.reasonMissing);
    if (values.out === undefined) throw new UsageError(REVIEW_TEXT.outMissing);
    assertNotInput(values.out, [input]);
    assertNewOutput(values.out, values.overwrite === true);
    const workbook = await loadWorkbookModel(await readInput(input));
    try {
      addReviewRow(workbook, reviewOf(problem, reason, today()));
    } catch (error) {
      throw new CliError((error as Error).message, EXIT.notWritten);
    }
    await writeOutput(values.out, await toBytes(workbook), values.overwrite === true);
    io.stdout(REVIEW_TEXT.saved(problem.headline, values.out));
  },
};
