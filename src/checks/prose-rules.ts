// Text against the tables: every number a prose section states about applications, results,
// 复议 and 诉讼 is read back and compared with the tables, whoever wrote it.
// Types only from the checks' index (which runs these rules); values from their own modules.
import type { Finding, FindingCell } from "../model/findings";
import type { RuleSet } from "./engine";
import { makeFinding, reference } from "./findings";
import { FRAGMENTS } from "../catalogue/check-messages";
import { applicationParts } from "../catalogue/reconciliations";
import { CellId, ReportFormat } from "../model/types";
import { Report } from "../model/report";
import { getFormat } from "../model/formats";
import { inputCellId, inputCells, parseCellId } from "../model/cells";
import { stripMarkers } from "../prose/markers";
import { PLACEHOLDER_PATTERN } from "../catalogue/narrative-messages";
import { Figure, Locations, figure, locate } from "../reading/figures";
import { Quantity, QuantityKey, QuantityModel, quantityModel } from "../prose/quantities";
import { ALL_UPHELD, CATEGORY_WORDS, NEGATION, RECEIVED_NEGATED, RESULT_WORDS, ROLE_WORDS } from "../prose/vocabulary";
import { ALL_FINISHED, CASES_TOGETHER, chineseNumber, COMBINED, NOTHING_CORRECTED, OTHER_SUBJECT, RECEIVED_EITHER_WAY } from "../prose/patterns";
import { answeredOnce, derived } from "../model/derived";

/**
 * One number the prose states: `value`, said in `sentence`, of a sum of quantities. Most
 * wordings have one reading; some (受理 N 件) have several, and contradict the tables only when
 * the number fits none of them.
 */
export interface Claim {
  readonly readings: readonly (readonly QuantityKey[])[];
  readonly value: number;
  readonly sentence: string;
  /** Paragraph number within the section, for the sum check. */
  readonly paragraph: number;
}

/** “均获维持” said of these groups in `sentence`. */
export interface UpheldClaim {
  readonly groups: readonly QuantityKey[];
  readonly sentence: string;
}

interface KeywordHit {
  readonly start: number;
  readonly end: number;
  readonly keys: readonly QuantityKey[];
}

/** Every word that names a quantity, with the quantities it may name. */
const vocabulary = derived((model: QuantityModel): ReadonlyMap<string, QuantityKey[]> => {
  const words = new Map<string, QuantityKey[]>();
  const add = (word: string, key: QuantityKey) => {
    const keys = words.get(word) ?? [];
    if (!keys.includes(key)) words.set(word, [...keys, key]);
  };
  for (const q of model.byKey.values()) add(q.name, q.key);
  for (const word of ROLE_WORDS.received) add(word, model.received);
  for (const word of ROLE_WORDS.carried) add(word, model.carried);
  for (const word of ROLE_WORDS.handled) add(word, model.handled);
  for (const word of ROLE_WORDS.forward) add(word, model.forward);
  for (const word of ROLE_WORDS.litigation) add(word, model.litigation);
  for (const category of model.categories) for (const word of CATEGORY_WORDS[model.byKey.get(category)!.name] ?? []) add(word, category);
  ROLE_WORDS.litigationGroups.forEach((list, i) => list.forEach((word) => add(word, model.litigationGroups[i])));
  for (const q of model.byKey.values()) for (const word of RESULT_WORDS[q.name] ?? []) add(word, q.key);
  return words;
});

/**
 * The vocabulary by the first character (code unit) of each word: a sentence is read once, not
 * once per word. `first[code]` is 1 + the place in `lists` of the words starting with `code`, or
 * 0: one look at a table per character of a text.
 */
const wordsByFirst = derived((model: QuantityModel): { readonly first: Uint16Array; readonly lists: readonly (readonly (readonly [string, QuantityKey[]])[])[] } => {
  const first = new Uint16Array(0x10000);
  const lists: (readonly [string, QuantityKey[]])[][] = [];
  for (const [word, keys] of vocabulary(model)) {
    const code = word.charCodeAt(0);
    if (first[code] === 0) first[code] = lists.push([]);
    lists[first[code] - 1].push([word, keys]);
  }
  return { first, lists };
});

/** Every occurrence of every word of the vocabulary, overlapping ones too, by where they end. */
function keywordHits(sentence: string, model: QuantityModel): KeywordHit[] {
  const hits: KeywordHit[] = [];
  const { first, lists } = wordsByFirst(model);
  for (let at = 0; at < sentence.length; at++) {
    // Most characters start no word: nothing is made for them.
    const list = first[sentence.charCodeAt(at)];
    if (list === 0) continue;
    const words = lists[list - 1];
    // Indexed, not destructured: destructuring goes through an iterator for every word tried.
    for (let i = 0; i < words.length; i++) {
      const word = words[i][0];
      if (sentence.startsWith(word, at)) hits.push({ start: at, end: at + word.length, keys: words[i][1] });
    }
  }
  return hits.sort((a, b) => a.end - b.end || a.start - b.start);
}

/** The last hit ending by `end` (and starting at or after `from`), longest on a tie. */
function lastHit(hits: readonly KeywordHit[], from: number, end: number): KeywordHit | undefined {
  let best: KeywordHit | undefined;
  for (const hit of hits)
    if (hit.start >= from && hit.end <= end && (!best || hit.end > best.end || (hit.end === best.end && hit.start < best.start))) best = hit;
  return best;
}

/** Which quantity a hit names at this point: one needing a context only right after it. */
function resolve(hit: KeywordHit, hits: readonly KeywordHit[], model: QuantityModel): Quantity | undefined {
  const candidates = hit.keys.map((key) => model.byKey.get(key)!);
  const free = candidates.find((q) => !q.within);
  if (free) return free;
  let context: KeywordHit | undefined;
  for (let i = hits.length - 1; i >= 0 && !context; i--) {
    const other = hits[i];
    if (other.end <= hit.start && other.keys.some((key) => !model.byKey.get(key)!.within)) context = other;
  }
  return candidates.find((q) => q.within!.some((key) => context?.keys.includes(key)));
}

/**
 * Every match of a global expression in `text`: as matchAll gives them, without the copy of the
 * expression matchAll makes on each call (a call per sentence and expression).
 */
function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) matches.push(m);
  return matches;
}

/** A number as people write it: 1,062 and 1，062 with thousands separators, 12.5, 30件, 十二件. */
const NUMBER = /(\d{1,3}(?:[,，]\d{3})+(?![\d.．])|\d+(?:[.．]\d+)?|[零〇一二两三四五六七八九十百千]+)\s*(%|％)?(余|多)?\s*(件|宗|份|起)?/gu;

/** A table of the code units of `marks` (all of them in the Basic Multilingual Plane): one look per character of a text. */
function marksTable(marks: string): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let i = 0; i < marks.length; i++) table[marks.charCodeAt(i)] = 1;
  return table;
}

/** Where the clause holding `at` begins: after the last comma, semicolon or full stop before it (looked for backwards: a sentence has several numbers). */
const CLAUSE_ENDS = marksTable("，,；;。：:！？!?");
function clauseStart(text: string, at: number): number {
  for (let i = at - 1; i >= 0; i--) if (CLAUSE_ENDS[text.charCodeAt(i)] === 1) return i + 1;
  return 0;
}

/** The clause that starts at `at`: up to the next comma, semicolon or full stop. */
const NEGATED_CLAUSE_ENDS = marksTable("，,。；;");
function clauseFrom(text: string, at: number): string {
  for (let i = at; i < text.length; i++) if (NEGATED_CLAUSE_ENDS[text.charCodeAt(i)] === 1) return text.slice(at, i);
  return text.slice(at);
}

/** Splits prose into sentences, each with its paragraph number; placeholders blanked out. */
export function sentences(text: string): { sentence: string; paragraph: number }[] {
  return stripMarkers(text)
    .replace(/[０-９]/gu, (digit) => String(digit.charCodeAt(0) - 0xff10))
    .split(/\n+/u)
    .flatMap((paragraph, index) =>
      (paragraph.match(/[^。！？!?]+[。！？!?]?/gu) ?? []).map((sentence) => ({ sentence: sentence.trim(), paragraph: index })),
    )
    .filter((s) => s.sentence !== "");
}

/** The sums a number after `hit` may state, by the patterns of patterns.ts; undefined when its subject is uncertain. */
function readingsAt(plain: string, hits: readonly KeywordHit[], hit: KeywordHit | undefined, from: number, at: number, model: QuantityModel): QuantityKey[][] | undefined {
  const before = plain.slice(hit?.end ?? from, at);
  const reviewAndLitigation = [model.review, model.litigation];
  if (CASES_TOGETHER.pattern.test(before.trim())) {
    const named = hits.filter((h) => h.start >= from && h.end <= at).flatMap((h) => h.keys);
    const both = named.includes(model.review) && named.some((key) => key === model.litigation || model.litigationGroups.includes(key));
    return both || /行政争议$/u.test(before.trim()) ? [reviewAndLitigation] : undefined;
  }
  if (!hit) return undefined;
  const quantity = resolve(hit, hits, model);
  if (!quantity) return undefined;
  // 予以公开及部分公开 42 件: one number for the two quantities joined.
  const joined = hits.find((other) => other.end <= hit.start && other.start >= from && COMBINED.pattern.test(plain.slice(other.end, hit.start)));
  const partner = joined && resolve(joined, hits, model);
  if (joined && !partner) return undefined;
  if (partner) return [[partner.key, quantity.key]];
  if (quantity.key === model.received && RECEIVED_EITHER_WAY.pattern.test(plain.slice(hit.start, hit.end))) return [[model.received], [model.received, model.carried]];
  return [[quantity.key]];
}

/** The groups of 表四 a clause names: 复议, 诉讼, or both when it names neither. */
function groupsNamed(clause: string, model: QuantityModel): QuantityKey[] {
  const named = [...(/复议/u.test(clause) ? [model.review] : []), ...(/诉讼|起诉/u.test(clause) ? [model.litigation] : [])];
  return named.length > 0 ? named : [model.review, model.litigation];
}

/** Reads the numbers and the claims without a number that a text states about the tables' quantities. */
export function readClaims(format: ReportFormat, text: string): { claims: Claim[]; upheld: UpheldClaim[] } {
  const model = quantityModel(format);
  const totals = new Set([model.received, model.carried, model.forward, model.review, model.litigation, ...model.litigationGroups]);
  const claims: Claim[] = [];
  const upheld: UpheldClaim[] = [];
  for (const { sentence, paragraph } of sentences(text)) {
    const plain = sentence.replace(PLACEHOLDER_PATTERN, (p) => " ".repeat(p.length));
    const hits = keywordHits(plain, model);
    const claim = (readings: QuantityKey[][], value: number) => claims.push({ readings, value, sentence, paragraph });
    let leadStart = 0;
    for (const m of allMatches(NUMBER, plain)) {
      // By index: destructuring a match goes through an iterator, for every number of every sentence.
      const whole = m[0];
      const digits = m[1];
      const percentSign = m[2];
      const approximate = m[3];
      const measure = m[4];
      const chinese = chineseNumber(digits);
      // A Chinese numeral is a count only with its measure word (三件); 统一, 一是 are words.
      if (/^\D/u.test(digits) && (!measure || chinese === undefined)) continue;
      const from = leadStart;
      leadStart = m.index + whole.length;
      if (percentSign || approximate || !measure || /[.．]/u.test(digits)) continue;
      const clause = plain.slice(clauseStart(plain, m.index), m.index);
      if (OTHER_SUBJECT.some((other) => other.pattern.test(clause))) continue;
      const readings = readingsAt(plain, hits, lastHit(hits, from, m.index), from, m.index, model);
      if (readings) claim(readings, chinese ?? Number(digits.replace(/[,，]/gu, "")));
    }
    const corrected = NOTHING_CORRECTED.pattern.exec(plain);
    if (corrected) for (const group of groupsNamed(corrected[0], model)) claim([[model.resultOf(group, model.results[1])]], 0);
    for (const m of allMatches(NEGATION, plain)) {
      if (corrected && m.index >= corrected.index && m.index < corrected.index + corrected[0].length) continue;
      const rest = clauseFrom(plain, m.index + m[0].length);
      if (/\d/u.test(rest)) continue;
      const named = keywordHits(rest, model).flatMap((hit) => hit.keys).filter((key) => totals.has(key) && key !== model.received);
      const zeroes = named.length > 0 ? named : RECEIVED_NEGATED.includes(m[2]) && rest.includes("申请") ? [model.received] : [];
      for (const key of new Set(zeroes)) claim([[key]], 0);
    }
    if (ALL_FINISHED.pattern.test(plain)) claim([[model.forward]], 0);
    for (const m of allMatches(ALL_UPHELD, plain)) {
      const groups = hits
        .filter((hit) => hit.end <= m.index)
        .flatMap((hit) => hit.keys)
        .filter((key) => key === model.review || key === model.litigation || model.litigationGroups.includes(key));
      if (groups.length > 0) upheld.push({ groups: [...new Set(groups)], sentence });
    }
  }
  return { claims, upheld };
}

/**
 * The tables' figure for a sum of cells. A 总计 of 表三 left blank while its row is filled in
 * stands for that row's sum (NB-R01 reports the blank itself): a reader of the published table
 * sees the applicants' figures.
 */
function tableFigure(report: Report, ids: readonly CellId[], locations?: Locations) {
  const applicantsOf = applicantCells(getFormat(report.format));
  const expanded: CellId[] = [];
  for (const id of ids) {
    const applicants = applicantsOf.get(id);
    if (applicants === undefined || (report.values[id] ?? null) !== null) expanded.push(id);
    // Blanks count as 0 there, as in every sum (NB-C05 reports them).
    else for (const cell of applicants) if ((report.values[cell] ?? null) !== null) expanded.push(cell);
  }
  return figure(report, expanded, locations);
}

/** Each 总计 cell of 表三 with its row's applicant cells, by format. */
const applicantCells = derived((format: ReportFormat): ReadonlyMap<CellId, readonly CellId[]> => {
  const { totalColumn, applicantColumns } = applicationParts(format);
  const byTotal = new Map<CellId, CellId[]>();
  for (const cell of inputCells(format))
    if (cell.table === "三" && cell.column === totalColumn) byTotal.set(cell.id, applicantColumns.map((c) => inputCellId(format, "三", cell.row, c)));
  return byTotal;
});

/** Figures added up: a number when every one is, else every problem of theirs. */
function sumOfFigures(figures: readonly Figure[]): Figure {
  const problems = figures.flatMap((f) => (f.ok ? [] : f.problems));
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: figures.reduce((sum, f) => sum + (f.ok ? f.value : 0), 0) };
}

export interface ProseCheckOptions {
  readonly locations?: Locations;
  /** The checks engine's view of a table cell, located in the workbook that was read. */
  readonly cell?: (id: CellId) => FindingCell;
}

/** Checks every prose section of a report against its tables; findings in the checks' shape. */
export function checkProse(report: Report, options: ProseCheckOptions = {}): Finding[] {
  const format = getFormat(report.format);
  const model = quantityModel(format);
  const findings: Finding[] = [];
  const tableCell =
    options.cell ??
    ((id: CellId): FindingCell => {
      const { table, row, column } = parseCellId(id);
      return { ...locate(report, id, options.locations), table, row, column, value: report.values[id] ?? null };
    });
  const where = (cells: readonly FindingCell[]) => cells.map(reference).join("、");
  const add = (...finding: Parameters<typeof makeFinding>) => findings.push(makeFinding(...finding));

  /**
   * The tables' figure for a quantity, worked out once per report: the sections state the same
   * quantities again and again. A reading of several quantities adds theirs up.
   */
  const quantityFigure = answeredOnce((key: QuantityKey): Figure => tableFigure(report, model.byKey.get(key)!.cells, options.locations));
  const figureOf = (keys: readonly QuantityKey[]): Figure => (keys.length === 1 ? quantityFigure(keys[0]) : sumOfFigures(keys.map(quantityFigure)));

  for (const [section, raw] of Object.entries(report.text)) {
    // Built field by field, as the engine builds cells: an object spread here took a fifth of the prose rules' time.
    const { sheet, address } = locate(report, section, options.locations);
    const proseCell: FindingCell = { sheet, address, table: "text", row: section, column: "内容", value: raw };
    for (const placeholder of stripMarkers(raw).match(PLACEHOLDER_PATTERN) ?? [])
      add("NB-P04", { section, placeholder }, [proseCell]);

    const { claims, upheld } = readClaims(format, raw);
    for (const claim of claims) {
      const figures = claim.readings.map(figureOf);
      // Said only when every reading can be read off the tables and none agrees with the text.
      if (figures.some((f) => !f.ok) || figures.some((f) => f.ok && f.value === claim.value)) continue;
      const [keys] = claim.readings;
      const ids = keys.flatMap((key) => model.byKey.get(key)!.cells);
      const actual = (figures[0] as { value: number }).value;
      const cells = ids.map(tableCell);
      add(
        "NB-P01",
        { section, sentence: claim.sentence, name: keys.map((key) => `“${model.byKey.get(key)!.name}”`).join("与"), stated: claim.value, table: `表${cells[0].table}${ids.length > 1 ? "对应各格合计" : ""}`, actual, cells: where(cells) },
        [proseCell, ...cells],
        { expected: actual, actual: claim.value, difference: claim.value - actual },
      );
    }

    // One finding per sentence, naming every group it wrongly says was upheld throughout.
    for (const claim of upheld) {
      const wrong = claim.groups.flatMap((group) => {
        const q = model.byKey.get(group)!;
        const total = figure(report, q.cells, options.locations);
        const upheldFigure = figure(report, model.byKey.get(model.resultOf(group, model.results[0]))!.cells, options.locations);
        return total.ok && upheldFigure.ok && total.value !== upheldFigure.value ? [{ q, group, total: total.value, upheld: upheldFigure.value }] : [];
      });
      if (wrong.length === 0) continue;
      const others = wrong.flatMap(({ group }) => model.results.slice(1).flatMap((result) => model.byKey.get(model.resultOf(group, result))!.cells));
      const cells = [...new Set(others)].filter((id) => report.values[id] !== 0 && report.values[id] !== null).map(tableCell);
      const detail = wrong.map(({ q, total, upheld }) => FRAGMENTS.upheldOnly(q.name, total, upheld)).join("；");
      const total = wrong.reduce((sum, w) => sum + w.total, 0);
      const kept = wrong.reduce((sum, w) => sum + w.upheld, 0);
      add("NB-P02", { section, sentence: claim.sentence, detail, cells: where(cells) }, [proseCell, ...cells], { expected: total, actual: kept, difference: kept - total });
    }

    for (const mismatch of sumMismatches(claims, model))
      add("NB-P03", { section, ...mismatch.values }, [proseCell], {
        expected: mismatch.total,
        actual: mismatch.sum,
        difference: mismatch.sum - mismatch.total,
      });
  }
  return findings;
}

/** Totals the prose states whose stated parts (in the same paragraph) do not add up to them. */
function sumMismatches(claims: readonly Claim[], model: QuantityModel) {
  const found: { total: number; sum: number; values: Record<string, string | number> }[] = [];
  for (const paragraph of new Set(claims.map((c) => c.paragraph))) {
    const stated = new Map<QuantityKey, Claim>();
    for (const claim of claims) {
      const [keys, ...others] = claim.readings;
      if (claim.paragraph === paragraph && others.length === 0 && keys.length === 1 && !stated.has(keys[0])) stated.set(keys[0], claim);
    }
    for (const [key, total] of stated)
      for (const breakdown of model.byKey.get(key)!.breakdowns) {
        const parts = breakdown.filter((part) => stated.has(part));
        if (parts.length === 0) continue;
        const sum = parts.reduce((s, part) => s + stated.get(part)!.value, 0);
        // Some parts unstated: only a sum already above the total is wrong.
        if (sum === total.value || (sum < total.value && parts.length < breakdown.length)) continue;
        const name = (k: QuantityKey) => `“${model.byKey.get(k)!.name}”`;
        found.push({
          total: total.value,
          sum,
          values: { total: name(key), stated: total.value, parts: parts.map(name).join("、"), sum, sentence: total.sentence },
        });
      }
  }
  return found;
}

/** The prose rules (NB-P) as a rule set of the checks engine; one of its built-in sets. */
export const proseRules: RuleSet = {
  name: "正文与表格",
  run: (context) => checkProse(context.current.report, { cell: (id) => context.current.cell(id) }),
};
