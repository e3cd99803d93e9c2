// The collecting office's overview: one row per department with its verdict, main figures and
// the indicators reviewers use, the roster matched against the agencies' names, outliers among
// departments with enough cases, and the totals against last year. Pure data, JSON-safe, so the
// page and the mailed HTML file show exactly the same.
import { Severity } from "../model/findings";
import { getFormat } from "../model/formats";
import { normalizeLabel } from "../model/labels";
import { Report } from "../model/report";
import { CellId, FormatId } from "../model/types";
import { FILE_VERDICTS, FileVerdictKind } from "../catalogue/verdict-messages";
import { figure } from "../reading/figures";
import { CheckInput, reportOf } from "./engine";
import { quantityModel } from "../prose/quantities";
import { MINIMUM_BASE, ROSTER_NOTES } from "../catalogue/overview-messages";

/** A file's verdict as the overview shows it: the report's (export/verdict.ts), or 无法读取. */
export interface FileVerdict {
  readonly kind: FileVerdictKind;
  /** Problems, not rule firings. */
  readonly errors: number;
  readonly warnings: number;
  /** What holds the report back; for an unreadable file, why it could not be read. */
  readonly reasons: readonly string[];
}

/** One problem as a clerk reads it: its one-line headline, then the rule firings it explains. */
export interface ProblemLine {
  readonly severity: Severity;
  readonly headline: string;
  readonly details: readonly string[];
  /** A warning a person confirmed (已核实), with their reason: shown, not counted. */
  readonly reviewed?: string;
}

/** One file as it was read and checked; `input` is absent when the file could not be read. */
export interface DepartmentFile {
  readonly file: string;
  readonly verdict: FileVerdict;
  readonly input?: CheckInput;
  readonly problems: readonly ProblemLine[];
}

export const FIGURE_KEYS = ["received", "handled", "forward", "review", "litigation"] as const;
export type FigureKey = (typeof FIGURE_KEYS)[number];
/** Each main figure, or null when its cells do not all hold clean numbers. */
export type Figures = Readonly<Record<FigureKey, number | null>>;

export const RATE_KEYS = ["disclosure", "correction", "notProvided", "change"] as const;
export type RateKey = (typeof RATE_KEYS)[number];

export interface Rate {
  /** A percentage, or null when it cannot be computed (unclean cells, nothing to divide by). */
  readonly value: number | null;
  /** The number of cases it is a share of (for change: last year's figure). */
  readonly base: number | null;
  /** Enough cases to compare with other departments. */
  readonly ranked: boolean;
  /** Far from the other ranked departments, in the direction a reviewer worries about. */
  readonly outlier: boolean;
}

export type RosterNoteKind = keyof typeof ROSTER_NOTES;

export interface RosterNote {
  readonly kind: RosterNoteKind;
  readonly message: string;
}

export interface OverviewRow {
  readonly id: number;
  readonly file: string;
  readonly agency: string;
  readonly format: FormatId | null;
  readonly year: number | null;
  readonly verdict: FileVerdict;
  readonly figures: Figures;
  readonly rates: Readonly<Record<RateKey, Rate>>;
  /** The roster entry this file answers for, when one was found. */
  readonly rosterName: string | null;
  readonly notes: readonly RosterNote[];
  readonly problems: readonly ProblemLine[];
}

export interface Overview {
  /** The year most departments reported on. */
  readonly year: number | null;
  readonly rows: readonly OverviewRow[];
  readonly verdicts: Readonly<Record<FileVerdictKind, number>>;
  /** Roster entries without a report; null when no roster was given. */
  readonly missing: readonly string[] | null;
  readonly versions: readonly { readonly name: string; readonly files: readonly string[] }[];
  /** Files taken as last year's reports of departments in the overview. */
  readonly previousFiles: readonly string[];
  /** This year's and last year's totals over the departments that have both. */
  readonly totals: { readonly departments: number; readonly current: Figures; readonly previous: Figures } | null;
  readonly minimumBase: number;
}

/** Names of a roster written one a line; blank lines and a heading such as 单位名称 are not names. */
export function rosterNames(lines: readonly string[]): string[] {
  const names = lines.map((line) => line.replace(/^\uFEFF/u, "").trim()).filter((line) => line !== "");
  const heading = names.length > 0 && /^(序号|单位|部门|机关|.*名称)$/u.test(normalizeLabel(names[0]));
  const seen = new Set<string>();
  return (heading ? names.slice(1) : names).filter((name) => !seen.has(normalizeLabel(name)) && Boolean(seen.add(normalizeLabel(name))));
}

function editDistance(a: string, b: string): number {
  const [s, t] = [[...a], [...b]];
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const row = [i];
    for (let j = 1; j <= t.length; j++) row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (s[i - 1] === t[j - 1] ? 0 : 1));
    previous = row;
  }
  return previous[t.length];
}

/** How many characters a name may be off and still be a typo of it: one, two for long names. */
const typoAllowance = (name: string) => ([...name].length >= 8 ? 2 : 1);

interface RosterMatch {
  readonly name: string | null;
  readonly notes: RosterNote[];
}

/**
 * The roster entry a file answers for, by its agency and by its file name, and what is off; a
 * file that could not be read (`agency` undefined) answers for the entry its name names.
 */
function matchRoster(roster: readonly string[], agency: string | undefined, file: string): RosterMatch {
  const keyed = roster.map((name) => ({ name, key: normalizeLabel(name) }));
  const base = normalizeLabel(file.split(/[\\/]/u).pop() ?? file);
  const named = keyed.filter((entry) => base.includes(entry.key)).sort((a, b) => b.key.length - a.key.length)[0];
  if (agency === undefined) return { name: named?.name ?? null, notes: [] };
  const written = normalizeLabel(agency);
  const exact = keyed.find((entry) => entry.key === written);
  // A typo only when one entry is near and no other is as near: never a guess between two.
  const near = written === "" || exact ? [] : keyed.map((entry) => ({ ...entry, distance: editDistance(entry.key, written) })).filter((entry) => entry.distance <= typoAllowance(entry.key));
  const nearest = near.length > 0 ? Math.min(...near.map((entry) => entry.distance)) : 0;
  const typo = near.filter((entry) => entry.distance === nearest).length === 1 ? near.find((entry) => entry.distance === nearest) : undefined;
  const byAgency = exact ?? typo;
  if (named && byAgency && named.name !== byAgency.name) return { name: named.name, notes: [{ kind: "otherAgency", message: ROSTER_NOTES.otherAgency(agency, named.name) }] };
  if (byAgency) return { name: byAgency.name, notes: exact ? [] : [{ kind: "typo", message: ROSTER_NOTES.typo(agency, byAgency.name) }] };
  if (named && written === "") return { name: named.name, notes: [{ kind: "noAgency", message: ROSTER_NOTES.noAgency(named.name) }] };
  if (named) return { name: named.name, notes: [{ kind: "typo", message: ROSTER_NOTES.typo(agency, named.name) }] };
  return { name: null, notes: written === "" ? [] : [{ kind: "notListed", message: ROSTER_NOTES.notListed(agency) }] };
}

/** The sum of these cells when every one holds a clean count, else null. */
function sumOrNull(report: Report, cells: readonly CellId[]): number | null {
  const f = figure(report, cells);
  return f.ok ? f.value : null;
}

interface Counted {
  readonly figures: Figures;
  /** Numerators and denominators of the shares. */
  readonly disclosed: number | null;
  readonly unprovided: number | null;
  readonly corrected: number | null;
  readonly concluded: number | null;
}

function counted(report: Report): Counted {
  const model = quantityModel(getFormat(report.format));
  const cells = (key: string) => model.byKey.get(key)!.cells;
  const named = (...names: string[]) => model.categories.filter((key) => names.includes(model.byKey.get(key)!.name)).flatMap(cells);
  const result = (name: string) => [...cells(model.resultOf(model.review, name)), ...cells(model.resultOf(model.litigation, name))];
  const cases = sumOrNull(report, [...cells(model.review), ...cells(model.litigation)]);
  const pending = sumOrNull(report, result("尚未审结"));
  return {
    figures: {
      received: sumOrNull(report, cells(model.received)),
      handled: sumOrNull(report, cells(model.handled)),
      forward: sumOrNull(report, cells(model.forward)),
      review: sumOrNull(report, cells(model.review)),
      litigation: sumOrNull(report, cells(model.litigation)),
    },
    disclosed: sumOrNull(report, named("予以公开", "部分公开")),
    unprovided: sumOrNull(report, named("无法提供", "不予处理")),
    corrected: sumOrNull(report, result("结果纠正")),
    concluded: cases === null || pending === null ? null : cases - pending,
  };
}

const round1 = (value: number) => Math.round(value * 10) / 10;

function share(part: number | null, whole: number | null): Rate {
  const value = part === null || whole === null || whole <= 0 ? null : round1((part / whole) * 100);
  return { value, base: whole, ranked: value !== null && whole! >= MINIMUM_BASE, outlier: false };
}

function change(now: number | null, before: number | null | undefined): Rate {
  if (before === undefined) return { value: null, base: null, ranked: false, outlier: false };
  const value = now === null || before === null || before <= 0 ? null : round1(((now - before) / before) * 100);
  return { value, base: before, ranked: value !== null && before !== null && before >= MINIMUM_BASE, outlier: false };
}

function quartiles(values: readonly number[]): [number, number, number] {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => {
    const index = (sorted.length - 1) * p;
    const low = Math.floor(index);
    return sorted[low] + (sorted[Math.ceil(index)] - sorted[low]) * (index - low);
  };
  return [at(0.25), at(0.5), at(0.75)];
}

/** Fewest ranked departments among which "far from the others" means anything. */
const MINIMUM_PEERS = 5;
/** However tight the others are, a rate must be this many points from their median to stand out. */
const MINIMUM_GAP = 10;

/**
 * Marks the ranked rates far outside the others (Tukey's fences, 1.5 interquartile ranges): a
 * disclosure rate far below, a correction rate or a share not provided far above.
 */
function markOutliers(rows: OverviewRow[], key: RateKey, direction: "low" | "high"): OverviewRow[] {
  const ranked = rows.filter((row) => row.rates[key].ranked).map((row) => row.rates[key].value!);
  if (ranked.length < MINIMUM_PEERS) return rows;
  const [q1, median, q3] = quartiles(ranked);
  const spread = 1.5 * (q3 - q1);
  const far = (value: number) =>
    direction === "low" ? value < q1 - spread && median - value >= MINIMUM_GAP : value > q3 + spread && value - median >= MINIMUM_GAP;
  return rows.map((row) => {
    const rate = row.rates[key];
    return rate.ranked && far(rate.value!) ? { ...row, rates: { ...row.rates, [key]: { ...rate, outlier: true } } } : row;
  });
}

/** The year most reports are about; of equally common years, the latest. */
function mainYear(reports: readonly Report[]): number | null {
  const counts = new Map<number, number>();
  for (const report of reports) counts.set(report.year, (counts.get(report.year) ?? 0) + 1);
  let best: number | null = null;
  for (const [year, count] of counts) if (best === null || count > counts.get(best)! || (count === counts.get(best)! && year > best)) best = year;
  return best;
}

const NO_FIGURES: Figures = { received: null, handled: null, forward: null, review: null, litigation: null };
const ZERO_FIGURES: Figures = { received: 0, handled: 0, forward: 0, review: 0, litigation: 0 };

function addFigures(a: Figures, b: Figures): Figures {
  return Object.fromEntries(FIGURE_KEYS.map((key) => [key, a[key] === null || b[key] === null ? null : a[key]! + b[key]!])) as Figures;
}

/**
 * The overview of `files`. Last year's reports among them (a year before the main one, of a
 * department that also sent this year's) give the change on last year and are not rows of their
 * own. A department is its roster entry when a roster is given, else its agency's name.
 */
export function buildOverview(files: readonly DepartmentFile[], roster?: readonly string[]): Overview {
  const reportIn = (file: DepartmentFile) => (file.input ? reportOf(file.input) : undefined);
  const readable = files.filter((file) => file.input);
  const year = mainYear(readable.map((file) => reportIn(file)!));
  const matches = new Map(files.map((file) => [file, roster ? matchRoster(roster, reportIn(file)?.agency, file.file) : { name: null, notes: [] }]));
  const department = (file: DepartmentFile) => (roster ? matches.get(file)!.name : normalizeLabel(reportIn(file)?.agency ?? "") || null);
  const current = new Set(readable.filter((file) => reportIn(file)!.year === year).map(department));
  const isPrevious = (file: DepartmentFile) => year !== null && reportIn(file)?.year === year - 1 && department(file) !== null && current.has(department(file));
  const previousFigures = new Map(files.filter(isPrevious).map((file) => [department(file), counted(reportIn(file)!).figures]));
  const previousOf = (file: DepartmentFile) => (reportIn(file)?.year === year ? previousFigures.get(department(file)) : undefined);

  let rows: OverviewRow[] = files
    .filter((file) => !isPrevious(file))
    .map((file, id) => {
      const report = reportIn(file);
      const match = matches.get(file)!;
      const notes = [...match.notes, ...(report && year !== null && report.year !== year ? [{ kind: "wrongYear" as const, message: ROSTER_NOTES.wrongYear(report.year, year) }] : [])];
      const count = report ? counted(report) : undefined;
      const figures = count?.figures ?? NO_FIGURES;
      const previous = previousOf(file);
      return {
        id,
        file: file.file,
        agency: report?.agency ?? "",
        format: report?.format ?? null,
        year: report?.year ?? null,
        verdict: file.verdict,
        figures,
        rates: {
          disclosure: share(count?.disclosed ?? null, figures.handled),
          correction: share(count?.corrected ?? null, count?.concluded ?? null),
          notProvided: share(count?.unprovided ?? null, figures.handled),
          change: change(figures.received, previous === undefined ? undefined : previous.received),
        },
        rosterName: match.name,
        notes,
        problems: file.problems,
      };
    });
  rows = markOutliers(markOutliers(markOutliers(rows, "disclosure", "low"), "correction", "high"), "notProvided", "high");

  // Two versions: two files answering for one roster entry, or, without a roster, one agency.
  const groups = new Map<string, OverviewRow[]>();
  for (const row of rows) {
    const name = row.rosterName ?? (roster ? null : row.agency.trim() || null);
    if (name !== null) groups.set(name, [...(groups.get(name) ?? []), row]);
  }
  const versions = [...groups].filter(([, group]) => group.length > 1).map(([name, group]) => ({ name, files: group.map((row) => row.file) }));
  const twice = new Map(versions.flatMap((version) => version.files.map((file) => [file, version] as const)));
  rows = rows.map((row) => {
    const version = twice.get(row.file);
    return version ? { ...row, notes: [...row.notes, { kind: "twoVersions" as const, message: ROSTER_NOTES.twoVersions(version.name, version.files.length) }] } : row;
  });

  const verdicts = Object.fromEntries(FILE_VERDICTS.map((kind) => [kind, rows.filter((row) => row.verdict.kind === kind).length])) as Record<FileVerdictKind, number>;
  const received = new Set(rows.map((row) => row.rosterName));
  const compared = files.filter((file) => !isPrevious(file) && previousOf(file) !== undefined);
  return {
    year,
    rows,
    verdicts,
    missing: roster ? roster.filter((name) => !received.has(name)) : null,
    versions,
    previousFiles: files.filter(isPrevious).map((file) => file.file),
    totals:
      compared.length === 0
        ? null
        : {
            departments: compared.length,
            current: compared.map((file) => counted(reportIn(file)!).figures).reduce(addFigures, ZERO_FIGURES),
            previous: compared.map((file) => previousOf(file)!).reduce(addFigures, ZERO_FIGURES),
          },
    minimumBase: MINIMUM_BASE,
  };
}
