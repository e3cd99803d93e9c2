// Next year's workbook as bytes, from the report a host has read: the same file in the page,
// in the pane (which opens it as a new workbook) and on the command line.
import { ReadResult } from "../../reading/read";
import { nextYearReport } from "../../template/next-year";
import { NianbaoError } from "../../model/errors";
import { NEXT_YEAR_MESSAGES } from "../../catalogue/next-year-messages";
import { writeReportXlsx } from "./write";

export interface NextYearFile {
  readonly year: number;
  readonly previousYear: number;
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** Next year's workbook from this one; throws "unknownYear" when this one's year is not known. */
export async function nextYearFile({ report }: ReadResult): Promise<NextYearFile> {
  const next = nextYearReport(report);
  if (!next) throw new NianbaoError("unknownYear", NEXT_YEAR_MESSAGES.noYearInWorkbook);
  const bytes = await writeReportXlsx(next.report, { carriedFrom: { previous: report, carried: next.carried } });
  return { year: next.report.year, previousYear: report.year, name: NEXT_YEAR_MESSAGES.fileName(report.agency, next.report.year), bytes };
}
