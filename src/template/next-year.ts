// Starting next year's report from this one: the format the new year calls for, the agency and
// the fee setting carried, 二、上年结转 taken from this year's 四、结转下年度继续办理 column by
// column, every other figure blank and no prose (copied prose is the format's 内容雷同).
import { cellId, inputCells } from "../model/cells";
import { formatForYear, getFormat } from "../model/formats";
import { isReportYear, NO_FEE, Report } from "../model/report";
import { CellId, CellValue } from "../model/types";
import { applicationParts } from "../catalogue/reconciliations";

export interface NextYear {
  readonly report: Report;
  /** The cells of 二、上年结转 filled from last year, to be marked as carried. */
  readonly carried: readonly CellId[];
}

/** Next year's report from `previous`; undefined when previous's year is unknown. */
export function nextYearReport(previous: Report): NextYear | undefined {
  if (!isReportYear(previous.year)) return undefined;
  const year = previous.year + 1;
  const format = formatForYear(year);
  const before = applicationParts(getFormat(previous.format));
  const now = applicationParts(getFormat(format));
  const values: Record<CellId, CellValue> = {};
  for (const cell of inputCells(getFormat(format))) values[cell.id] = null;
  // The columns of 表三 are the same in both formats; 上年结转 means last year's 结转下年度 in each.
  const carried = now.columns.map((column) => cellId("三", now.carriedIn, column));
  now.columns.forEach((column, i) => (values[carried[i]] = previous.values[cellId("三", before.carriedOut, column)] ?? null));
  return { report: { format, year, agency: previous.agency, values, fee: { ...NO_FEE, charged: previous.fee.charged }, text: {} }, carried };
}
