// The one verdict on a report, as data: every host says it in the catalogue's words.

export type VerdictKind = "publishable" | "errors" | "empty" | "unreadable";

/** The order verdicts are counted and charted in: the best first. */
export const VERDICT_KINDS: readonly VerdictKind[] = ["publishable", "errors", "empty", "unreadable"];

export interface Verdict {
  readonly kind: VerdictKind;
  readonly errors: number;
  readonly warnings: number;
  /** What holds the report back (the errors, then what export would publish wrongly); for an unreadable file, why. */
  readonly reasons: readonly string[];
}
