// What the person reads when an operation fails: Excel's error codes in Chinese, our own
// (already Chinese) messages as they are, anything else wrapped in a sentence that says what to do.
import { PANE_TEXT as T } from "../../catalogue/pane-messages";

const EXCEL_ERRORS = new Map<string, string>(Object.entries(T.excelErrors));

export function failureMessage(error: unknown): string {
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  const known = typeof code === "string" ? EXCEL_ERRORS.get(code) : undefined;
  if (known) return known;
  const message = error instanceof Error ? error.message : String(error);
  return /[\u4e00-\u9fff]/u.test(message) ? message : T.failed(message);
}
