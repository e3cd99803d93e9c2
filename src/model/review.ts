// A warning a person has looked at and confirmed (已核实), stored in the workbook so that it
// travels with it: a very hidden sheet of one row per review, readable by every host and by
// Excel, WPS and LibreOffice alike. A review holds the values of the cells it is about as they
// were; once any of them changes the review no longer applies and the warning is open again.
import { CellValue } from "./types";

/** The sheet reviews are kept on; the add-in and the file host create it on the first review. */
export const REVIEW_SHEET = "校验记录";

/** Its header row, which also tells a reader the sheet is ours. */
export const REVIEW_HEADER = ["规则", "单元格", "核实时的数值", "核实理由", "核实日期"] as const;

export interface Review {
  /** The rule ids of the problem reviewed, sorted. */
  readonly rules: readonly string[];
  /** `sheet!address` of each cell of the problem, in the problem's order. */
  readonly cells: readonly string[];
  /** The value of each cell when it was reviewed. */
  readonly values: readonly CellValue[];
  readonly reason: string;
  /** YYYY-MM-DD */
  readonly date: string;
}

const SEPARATOR = "；";

/** A review as a row of the review sheet. */
export function reviewRow(review: Review): CellValue[] {
  return [review.rules.join(SEPARATOR), review.cells.join(SEPARATOR), JSON.stringify(review.values), review.reason, review.date];
}

/** The reviews of the review sheet's rows; a row that is not one of ours is passed over. */
export function parseReviews(rows: readonly (readonly CellValue[])[]): Review[] {
  const [header, ...body] = rows;
  if (!header || REVIEW_HEADER.some((label, i) => header[i] !== label)) return [];
  return body.flatMap((row) => {
    const [rules, cells, values, reason, date] = row.map((value) => (value === null ? "" : String(value)));
    let parsed: unknown;
    try {
      parsed = JSON.parse(values ?? "");
    } catch {
      return [];
    }
    if (!rules || !cells || !Array.isArray(parsed)) return [];
    return [{ rules: rules.split(SEPARATOR), cells: cells.split(SEPARATOR), values: parsed as CellValue[], reason: reason ?? "", date: date ?? "" }];
  });
}
