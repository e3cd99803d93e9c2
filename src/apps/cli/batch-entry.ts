// One file of a batch, read, checked and judged: done where the file is read (a worker thread
// when the batch is large), so that only the outcome travels back.
import { CheckInput } from "../../checks/engine";
import { runChecks } from "../../checks/run";
import { Verdict, verdictOfChecked } from "../../export/verdict";
import { CheckResult } from "../../model/findings";
import { reasonOf } from "./report-file";

/** The outcome for one file of a batch: its checks and verdict, or why it could not be read. */
export type BatchEntry =
  | { readonly file: string; readonly input: CheckInput; readonly result: CheckResult; readonly verdict: Verdict }
  | { readonly file: string; readonly error: string };

/** Reads, checks and judges one file, as check and export judge it alone; a file that cannot be read is an entry with its reason, never a stop. */
export async function checkedEntry(file: string, read: (file: string) => Promise<CheckInput>): Promise<BatchEntry> {
  try {
    const input = await read(file);
    const result = runChecks(input);
    return { file, input, result, verdict: verdictOfChecked(input, result) };
  } catch (error) {
    return { file, error: reasonOf(error) };
  }
}
