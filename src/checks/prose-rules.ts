// Text against the tables: every number a prose section states about applications, results,
// 复议 and 诉讼 is read back and compared with the tables, whoever wrote it.
// Types only from the checks' index (which runs these rules); values from their own modules.
import type { Finding, FindingCell } from "../model/findings";
import type { RuleSet } from "./engine";
import { makeFinding, reference } from "./findings";
import { CellId, ReportFormat } from "../model/types";
import { Report } from "../model/report";
import { getFormat } from "../model/formats";
import { parseCellId } from "../model/cells";
import { stripMarkers } from "../prose/markers";
import { PLACEHOLDER_PATTERN } from "../catalogue/narrative-messages";
import { Locations, figure, locate } from "../reading/figures";
import { Quantity, QuantityKey, QuantityModel, quantityModel } from "../prose/quantities";
import { ALL_UPHELD, NEGATION, RECEIVED_NEGATED, RESULT_WORDS, ROLE_WORDS } from "../prose/vocabulary";

/** One number the prose states: `value` of quantity `key`, said in `sentence`. */
export interface Claim {
  readonly key: QuantityKey;
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

const vocabularyCache = new WeakMap<QuantityModel, ReadonlyMap<string, QuantityKey[]>>();

/** Every word that names a quantity, with the quantities it may name. */
function vocabulary(model: QuantityModel): ReadonlyMap<string, QuantityKey[]> {
  const known = vocabularyCache.get(model);
  if (known) return known;
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
  ROLE_WORDS.litigationGroups.forEach((list, i) => list.forEach((word) => add(word, model.litigationGroups[i])));
  for (const q of model.byKey.values()) for (const word of RESULT_WORDS[q.name] ?? []) add(word, q.key);
  vocabularyCache.set(model, words);
  return words;
}

function keywordHits(sentence: string, model: QuantityModel): KeywordHit[] {
  const hits: KeywordHit[] = [];
  for (const [word, keys] of vocabulary(model))
    for (let at = sentence.indexOf(word); at >= 0; at = sentence.indexOf(word, at + 1)) hits.push({ start: at, end: at + word.length, keys });
  return hits.sort((a, b) => a.end - b.end || a.start - b.start);
}

/** The last hit ending by `end` (and starting at or after `from`), longest on a tie. */
function lastHit(hits: readonly KeywordHit[], from: number, end: number): KeywordHit | undefined {
  return hits.filter((hit) => hit.start >= from && hit.end <= end).reduce<KeywordHit | undefined>(
    (best, hit) => (!best || hit.end > best.end || (hit.end === best.end && hit.start < best.start) ? hit : best),
    undefined,
  );
}

/** Which quantity a hit names at this point: one needing a context only right after it. */
function resolve(hit: KeywordHit, hits: readonly KeywordHit[], model: QuantityModel): Quantity | undefined {
  const candidates = hit.keys.map((key) => model.byKey.get(key)!);
  const free = candidates.find((q) => !q.within);
  if (free) return free;
  const context = [...hits]
    .reverse()
    .find((other) => other.end <= hit.start && other.keys.some((key) => !model.byKey.get(key)!.within));
  return candidates.find((q) => q.within!.some((key) => context?.keys.includes(key)));
}

/** A number as people write it: 1,062 and 1，062 with thousands separators, 12.5, 30件. */
const NUMBER = /(\d{1,3}(?:[,，]\d{3})+(?![\d.．])|\d+(?:[.．]\d+)?)\s*(%|％)?(余|多)?\s*(件|宗|份|起)?/gu;

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

/** Reads the numbers a text states about the tables' quantities. */
export function readClaims(format: ReportFormat, text: string): { claims: Claim[]; upheld: UpheldClaim[] } {
  const model = quantityModel(format);
  const totals = new Set([model.received, model.carried, model.forward, model.review, model.litigation, ...model.litigationGroups]);
  const claims: Claim[] = [];
  const upheld: UpheldClaim[] = [];
  for (const { sentence, paragraph } of sentences(text)) {
    const plain = sentence.replace(PLACEHOLDER_PATTERN, (p) => " ".repeat(p.length));
    const hits = keywordHits(plain, model);
    let leadStart = 0;
    for (const m of plain.matchAll(NUMBER)) {
      const [whole, digits, percentSign, approximate, measure] = m;
      const hit = lastHit(hits, leadStart, m.index!);
      leadStart = m.index! + whole.length;
      if (percentSign || approximate || !measure || /[.．]/u.test(digits)) continue;
      const quantity = hit && resolve(hit, hits, model);
      if (quantity) claims.push({ key: quantity.key, value: Number(digits.replace(/[,，]/gu, "")), sentence, paragraph });
    }
    for (const m of plain.matchAll(NEGATION)) {
      const rest = plain.slice(m.index! + m[0].length).split(/[，,。；;]/u)[0];
      if (/\d/u.test(rest)) continue;
      const named = keywordHits(rest, model).flatMap((hit) => hit.keys).filter((key) => totals.has(key) && key !== model.received);
      const zeroes = named.length > 0 ? named : RECEIVED_NEGATED.includes(m[2]) && rest.includes("申请") ? [model.received] : [];
      for (const key of new Set(zeroes)) claims.push({ key, value: 0, sentence, paragraph });
    }
    for (const m of plain.matchAll(ALL_UPHELD)) {
      const groups = hits
        .filter((hit) => hit.end <= m.index!)
        .flatMap((hit) => hit.keys)
        .filter((key) => key === model.review || key === model.litigation || model.litigationGroups.includes(key));
      if (groups.length > 0) upheld.push({ groups: [...new Set(groups)], sentence });
    }
  }
  return { claims, upheld };
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

  for (const [section, raw] of Object.entries(report.text)) {
    const proseCell: FindingCell = { ...locate(report, section, options.locations), table: "text", row: section, column: "内容", value: raw };
    for (const placeholder of stripMarkers(raw).match(PLACEHOLDER_PATTERN) ?? [])
      add("TXT-04", { section, placeholder }, [proseCell]);

    const { claims, upheld } = readClaims(format, raw);
    for (const claim of claims) {
      const q = model.byKey.get(claim.key)!;
      const actual = figure(report, q.cells, options.locations);
      if (!actual.ok || actual.value === claim.value) continue;
      const cells = q.cells.map(tableCell);
      add(
        "TXT-01",
        { section, sentence: claim.sentence, name: `“${q.name}”`, stated: claim.value, table: `表${cells[0].table}${q.cells.length > 1 ? "对应各格合计" : ""}`, actual: actual.value, cells: where(cells) },
        [proseCell, ...cells],
        { expected: actual.value, actual: claim.value, difference: claim.value - actual.value },
      );
    }

    for (const claim of upheld)
      for (const group of claim.groups) {
        const q = model.byKey.get(group)!;
        const total = figure(report, q.cells, options.locations);
        const kept = model.byKey.get(model.resultOf(group, model.results[0]))!;
        const upheldFigure = figure(report, kept.cells, options.locations);
        if (!total.ok || !upheldFigure.ok || total.value === upheldFigure.value) continue;
        const others = model.results.slice(1).flatMap((result) => model.byKey.get(model.resultOf(group, result))!.cells);
        const cells = others.filter((id) => report.values[id] !== 0).map(tableCell);
        add("TXT-02", { section, sentence: claim.sentence, group: `“${q.name}”`, total: total.value, upheld: upheldFigure.value, cells: where(cells) }, [proseCell, ...cells], {
          expected: total.value,
          actual: upheldFigure.value,
          difference: upheldFigure.value - total.value,
        });
      }

    for (const mismatch of sumMismatches(claims, model))
      add("TXT-03", { section, ...mismatch.values }, [proseCell], {
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
    for (const claim of claims) if (claim.paragraph === paragraph && !stated.has(claim.key)) stated.set(claim.key, claim);
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

/** The TXT rules as a rule set of the checks engine; one of its built-in sets. */
export const proseRules: RuleSet = {
  name: "正文与表格",
  run: (context) => checkProse(context.current.report, { cell: (id) => context.current.cell(id) }),
};
