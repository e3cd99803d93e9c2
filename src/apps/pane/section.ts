// What the pane hands each of its sections: how to run work, one host operation at a time, and
// how to check now.
import { CheckResult } from "../../model/findings";
import { ReadResult } from "../../reading/read";

/** Runs `work` with `button` disabled, saying `working` meanwhile and any failure in Chinese after. */
export type Busy = (button: HTMLButtonElement, status: HTMLElement, working: string, work: () => Promise<void>) => Promise<void>;

/** Runs one host operation once those asked for before it have finished. */
export type Serial = <T>(operation: () => Promise<T>) => Promise<T>;

/** A read and what the checks found in it. */
export interface Checked {
  readonly read: ReadResult;
  readonly result: CheckResult;
  /** What marking could not do and why, in Chinese; absent when every cell was marked or none was asked for. */
  readonly unmarked?: string;
}

/** Checks now; `paint` marks the cells too (only an explicit 校验 does: painting clears Excel's Undo). */
export type CheckNow = (paint: boolean) => Promise<Checked>;
