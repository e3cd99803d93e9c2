// The finished report's content, once, for every output format: title, the opening paragraph
// (引言, as written), the statistics period sentence, and sections 一 to 六 with their prose (as
// written, or generated where a section is empty) and the official tables under 二, 三 and 四. It also says what must not be published as it stands:
// placeholders left in the text, a title without the agency, a section with no content.
import { FRAGMENTS } from "../catalogue/check-messages";
import { INFO_FIELDS, INTRODUCTION, Report, periodBounds } from "../model/report";
import { getFormat } from "../model/formats";
import { GeneratedBlock, NarrativeOptions, generateNarrative } from "../narrative/generate";
import { stripMarkers } from "../prose/markers";
import { PLACEHOLDER_PATTERN } from "../catalogue/narrative-messages";
import { infoReference, locate } from "../reading/figures";
import { EXPORT_MESSAGES } from "../catalogue/export-messages";
import { TableGrid, officialTables } from "./tables";

export interface DocumentSection {
  readonly title: string;
  readonly paragraphs: readonly string[];
  readonly table?: TableGrid;
}

/** Something the document would publish that must be put right first (export blocks on it). */
export interface DocumentProblem {
  /** The section it is in; absent for the title. */
  readonly section?: string;
  /** The placeholder left in the text, when that is the problem. */
  readonly placeholder?: string;
  readonly message: string;
}

export interface ReportDocument {
  readonly title: string;
  /** The opening paragraphs before 一, exactly as the person wrote them (none when blank). */
  readonly introduction: readonly string[];
  /** The 统计期限 sentence; empty when the opening paragraph already states the period. */
  readonly period: string;
  readonly sections: readonly DocumentSection[];
  readonly problems: readonly DocumentProblem[];
}

/** Last year's report for 同比, the measure word, and where the workbook holds each cell. */
export type DocumentOptions = NarrativeOptions;

function sectionProblems(report: Report, section: DocumentSection, options: DocumentOptions): DocumentProblem[] {
  if (section.paragraphs.length === 0) {
    const where = locate(report, section.title, options.locations);
    return [{ section: section.title, message: EXPORT_MESSAGES.emptySection(section.title, FRAGMENTS.reference(where.sheet, where.address)) }];
  }
  const placeholders = new Set(section.paragraphs.flatMap((p) => p.match(PLACEHOLDER_PATTERN) ?? []));
  return [...placeholders].map((placeholder) => ({ section: section.title, placeholder, message: EXPORT_MESSAGES.placeholderLeft(section.title, placeholder) }));
}

/** An opening paragraph that already names 统计期限 is not followed by a second statement of it. */
const PERIOD_WORD = "统计期限";

/** Lines of text as paragraphs: each trimmed, blank lines dropped. */
function paragraphsOf(text: string): string[] {
  return text.split(/\r?\n/u).map((p) => p.trim()).filter((p) => p !== "");
}

/**
 * The sections as export writes them, without their tables: the person's text, else the
 * generated. The narrative is generated only for a section left empty: a report written out in
 * full (as most are when they arrive for a batch) needs none.
 */
function sectionTexts(report: Report, options: DocumentOptions): { title: string; paragraphs: string[] }[] {
  let generated: readonly GeneratedBlock[] | undefined;
  return getFormat(report.format).sections.map((title) => {
    const written = stripMarkers(report.text[title] ?? "").trim();
    if (written !== "") return { title, paragraphs: paragraphsOf(written) };
    generated ??= generateNarrative(report, options).blocks;
    return { title, paragraphs: paragraphsOf(generated.filter((b) => b.section === title).map((b) => b.text).join("\n")) };
  });
}

function problemsOf(report: Report, sections: readonly Omit<DocumentSection, "table">[], options: DocumentOptions): DocumentProblem[] {
  return [
    ...(report.agency.trim() === "" ? [{ message: EXPORT_MESSAGES.noAgencyProblem(infoReference(INFO_FIELDS.agency)) }] : []),
    ...sections.flatMap((section) => sectionProblems(report, section, options)),
  ];
}

/** What the document would publish wrongly, without building its tables (a verdict needs no more). */
export function documentProblems(report: Report, options: DocumentOptions = {}): DocumentProblem[] {
  return problemsOf(report, sectionTexts(report, options), options);
}

export function reportDocument(report: Report, options: DocumentOptions = {}): ReportDocument {
  const tables = new Map(officialTables(report).map((t) => [t.title, t]));
  const sections = sectionTexts(report, options).map((section) => ({ ...section, table: tables.get(section.title) }));
  const introduction = paragraphsOf(stripMarkers(report.text[INTRODUCTION] ?? ""));
  const { from, to } = periodBounds(report.year);
  const agency = report.agency.trim();
  return {
    title: EXPORT_MESSAGES.title(agency || EXPORT_MESSAGES.noAgency, report.year),
    introduction,
    period: introduction.some((p) => p.includes(PERIOD_WORD)) ? "" : EXPORT_MESSAGES.period(from, to),
    sections,
    problems: problemsOf(report, sections, options),
  };
}
