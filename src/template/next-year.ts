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

/** The cells of `report`'s 二、上年结转 with the values of `previous`'s 四、结转下年度继续办理 (the same columns in both formats). */
function carriedPairs(report: Pick<Report, "format">, previous: Report): { id: CellId; value: CellValue }[] {
  const before = applicationParts(getFormat(previous.format));
  const now = applicationParts(getFormat(report.format));
  return now.columns.map((column) => ({ id: cellId("三", now.carriedIn, column), value: previous.values[cellId("三", before.carriedOut, column)] ?? null }));
}

/**
 * The cells of 二、上年结转 that still hold what 新建下一年度 put there: last year's 结转下年度,
 * figure for figure. They are not yet anything a person entered this year.
 */
export function carriedCells(report: Report, previous: Report): CellId[] {
  return carriedPairs(report, previous)
    .filter(({ id, value }) => value !== null && report.values[id] === value)
    .map(({ id }) => id);
}

/** Next year's report from `previous`; undefined when previous's year is unknown. */
export function nextYearReport(previous: Report): NextYear | undefined {
  if (!isReportYear(previous.year)) return undefined;
  const year = previous.year + 1;
  const format = formatForYear(year);
  const values: Record<CellId, CellValue> = {};
  for (const cell of inputCells(getFormat(format))) values[cell.id] = null;
  const pairs = carriedPairs({ format }, previous);
  for (const { id, value } of pairs) values[id] = value;
  return { report: { format, year, agency: previous.agency, values, fee: { ...NO_FEE, charged: previous.fee.charged }, text: {} }, carried: pairs.map(({ id }) => id) };
}
