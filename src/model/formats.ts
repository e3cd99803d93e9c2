import { FORMAT_2019 } from "./format2019";
import { FORMAT_2021 } from "./format2021";
import { FormatId, ReportFormat } from "./types";

export const FORMATS: Readonly<Record<FormatId, ReportFormat>> = { "2021": FORMAT_2021, "2019": FORMAT_2019 };

export function isFormatId(value: unknown): value is FormatId {
  return value === "2021" || value === "2019";
}

export function getFormat(id: FormatId): ReportFormat {
  return FORMATS[id];
}

/** The format the national office prescribes for a report on `year`. */
export function formatForYear(year: number): FormatId {
  return year >= FORMAT_2021.years.from ? "2021" : "2019";
}

/** The year a report is usually written about: the one before `today`. */
export function defaultReportYear(today: Date = new Date()): number {
  return today.getFullYear() - 1;
}
