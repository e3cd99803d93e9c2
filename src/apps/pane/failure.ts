// What the person reads when an operation fails: our own errors say it themselves (their message
// is Chinese by construction), Excel's error codes are said in Chinese, and anything else is
// wrapped in a sentence that says what to do.
import { PANE_TEXT as T } from "../../catalogue/pane-messages";
import { isNianbaoError } from "../../model/errors";

const EXCEL_ERRORS = new Map<string, string>(Object.entries(T.excelErrors));

export function failureMessage(error: unknown): string {
  if (isNianbaoError(error)) return error.message;
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  const known = typeof code === "string" ? EXCEL_ERRORS.get(code) : undefined;
  if (known) return known;
  return T.failed(error instanceof Error ? error.message : String(error));
}
