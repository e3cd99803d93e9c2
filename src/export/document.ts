// The finished report's content, once, for every output format: title, statistics period, and
// sections 一 to 六 with their prose (as written, or generated where a section is empty) and
// the official tables under 二, 三 and 四.
import { Report, getFormat, statisticsPeriod } from "../report";
import { Measure, generateNarrative, stripMarkers } from "../narrative";
import { EXPORT_MESSAGES } from "./messages";
import { TableGrid, officialTables } from "./tables";

export interface DocumentSection {
  readonly title: string;
  readonly paragraphs: readonly string[];
  readonly table?: TableGrid;
}

export interface ReportDocument {
  readonly title: string;
  readonly period: string;
  readonly sections: readonly DocumentSection[];
}

export interface DocumentOptions {
  readonly previous?: Report;
  readonly measure?: Measure;
}

export function reportDocument(report: Report, options: DocumentOptions = {}): ReportDocument {
  const format = getFormat(report.format);
  const generated = generateNarrative(report, options).blocks;
  const tables = new Map(officialTables(report).map((t) => [t.title, t]));
  const sections = format.sections.map((title) => {
    const written = stripMarkers(report.text[title] ?? "").trim();
    const text = written !== "" ? written : generated.filter((b) => b.section === title).map((b) => b.text).join("\n");
    const paragraphs = text.split(/\r?\n/u).map((p) => p.trim()).filter((p) => p !== "");
    return { title, paragraphs, table: tables.get(title) };
  });
  return {
    title: EXPORT_MESSAGES.title(report.agency.trim() || EXPORT_MESSAGES.noAgency, report.year),
    period: EXPORT_MESSAGES.period(statisticsPeriod(report.year)),
    sections,
  };
}
