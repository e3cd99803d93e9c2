// Labels written by people differ from the official text in width, spacing and script;
// compare them only after this normalisation (FORMAT.md: NFKC, whitespace removed, 繁→简).
import { derived } from "./derived";

// Traditional characters that occur in the labels of either format, with their simplified form.
const TRADITIONAL = "開門規範許處罰強製發廢現數與請結轉辦區計國穩護權屬類內務過執詢項無機關沒補後確訪舉報訴複覆認獲費繳納總續繼維審議訟經業構會單萬額購採對條決減應資訊託況體達齊變雜錄時間號";
const SIMPLIFIED = "开门规范许处罚强制发废现数与请结转办区计国稳护权属类内务过执询项无机关没补后确访举报诉复复认获费缴纳总续继维审议讼经业构会单万额购采对条决减应资讯托况体达齐变杂录时间号";
const TO_SIMPLIFIED = new Map<string, string>([...TRADITIONAL].map((ch, i) => [ch, [...SIMPLIFIED][i]]));

const TRADITIONAL_CHARACTER = new RegExp(`[${TRADITIONAL}]`, "gu");

/** Beyond these, texts are worked out again rather than remembered, so memory stays bounded. */
const REMEMBERED_LABELS = 10_000;
const REMEMBERED_LENGTH = 200;

/** `answer` with its answers for short texts remembered: a sheet's labels are met again in every report of a batch. */
export function remembered<T>(answer: (text: string) => T): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    // A long text is never kept, and looking it up would hash all of it.
    if (text.length > REMEMBERED_LENGTH) return answer(text);
    const found = known.get(text);
    if (found !== undefined || known.has(text)) return found as T;
    const worked = answer(text);
    if (known.size < REMEMBERED_LABELS) known.set(text, worked);
    return worked;
  };
}

const normalized = remembered((text) =>
  text
    .normalize("NFKC")
    .replace(/\s+/gu, "")
    .replace(TRADITIONAL_CHARACTER, (ch) => TO_SIMPLIFIED.get(ch)!),
);

/** The comparable form of a label: NFKC, no whitespace, simplified script. */
export function normalizeLabel(text: string): string {
  return normalized(text);
}

/**
 * Labels seen in real published reports, normalised, with the official labels they mean
 * (FORMAT.md, "Label and title variants"). One written form may mean a label of either format;
 * only an official label among the candidates is taken.
 */
const KNOWN_VARIANTS: ReadonlyMap<string, readonly string[]> = new Map([
  ["规范性文件", ["行政规范性文件"]],
  ["行政规范性文件", ["规范性文件"]],
  ["本年度发件数", ["本年制发件数"]],
  ["本年发件数", ["本年制发件数"]],
  ["本年度处理决定数量", ["本年处理决定数量", "处理决定数量"]],
  ["本年处理决定数量", ["处理决定数量"]],
  ["处理决定数量", ["本年处理决定数量"]],
  ["本年增/", ["本年增/减"]],
  ["本年增减", ["本年增/减"]],
]);

/** An ordinal a label or title starts with: 一、 · （一） · 1. */
const ORDINAL = /^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)、?|\d+[.、])/u;
/** Words some titles insert that change nothing of their meaning. */
const FILLER = /政府信息公开工作(?=存在)/u;
/** A trailing note in brackets: a unit or the counting rule. */
const TRAILING_NOTE = /\([^()]*\)$/u;

/** How a written label was matched to an official one. */
export interface LabelMatch {
  readonly label: string;
  /** The written label is not the official text even after normalisation. */
  readonly variant: boolean;
}

/** Edit distance, stopping early once it exceeds `limit`. */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    if (Math.min(...current) > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length];
}

/** Whether every character of `short` occurs in `long`, in order. */
function isSubsequence(short: string, long: string): boolean {
  let at = 0;
  for (const ch of long) if (ch === short[at]) at += 1;
  return at === short.length;
}

/** What a written key may differ by and still mean a label: its ordinal, filler words, its trailing note, or all three. */
const REDUCTIONS: readonly ((key: string) => string)[] = [
  (key) => key.replace(ORDINAL, ""),
  (key) => key.replace(FILLER, ""),
  (key) => key.replace(TRAILING_NOTE, ""),
  (key) => key.replace(ORDINAL, "").replace(FILLER, "").replace(TRAILING_NOTE, ""),
];

/** A list of candidates as compared, normalised once per list: the official lists are few and fixed. */
const candidateKeys = derived((candidates: readonly string[]): readonly string[] => candidates.map(normalizeLabel));

/** The candidates' keys under each reduction, worked out once per list of keys. */
const reducedKeys = derived((keys: readonly string[]): readonly (readonly string[])[] => REDUCTIONS.map((reduce) => keys.map(reduce)));

/** The one candidate whose reduced key equals the written key reduced alike, if exactly one does. */
function uniqueBy(reduced: readonly string[], wanted: string): number | undefined {
  const first = reduced.indexOf(wanted);
  return first >= 0 && reduced.indexOf(wanted, first + 1) < 0 ? first : undefined;
}

/**
 * The official label among `candidates` that `written` means: the same after normalisation,
 * a known variant, the same without its ordinal, filler words or trailing note, most of one
 * label with characters dropped, or one clear slip of the pen (an edit or two in a long label,
 * and no other candidate as near).
 * Undefined when no candidate, or more than one, fits: then nothing is guessed.
 */
export function matchLabel(candidates: readonly string[], written: string): LabelMatch | undefined {
  const keys = candidateKeys(candidates);
  const key = normalizeLabel(written);
  const exact = keys.indexOf(key);
  if (exact >= 0) return { label: candidates[exact], variant: false };
  const variant = (index: number | undefined) => (index === undefined ? undefined : { label: candidates[index], variant: true });
  const known = KNOWN_VARIANTS.get(key)?.map((official) => keys.indexOf(normalizeLabel(official))).find((i) => i >= 0);
  if (known !== undefined) return variant(known);
  const reduced = reducedKeys(keys);
  for (let r = 0; r < REDUCTIONS.length; r++) {
    const found = uniqueBy(reduced[r], REDUCTIONS[r](key));
    if (found !== undefined) return variant(found);
  }
  // Characters dropped from a long label (2.其他法律行政止公开): most of it kept, in order, and only one label fits.
  const dropped = keys.flatMap((k, i) => (key.length >= 4 && key.length >= k.length * 0.75 && isSubsequence(key, k) ? [i] : []));
  if (dropped.length === 1) return variant(dropped[0]);
  const limit = key.length >= 8 ? 2 : 1;
  const distances = keys.map((k) => distance(k, key, limit + 1));
  const best = Math.min(...distances);
  const nearest = distances.flatMap((d, i) => (d === best ? [i] : []));
  return best <= limit && nearest.length === 1 ? variant(nearest[0]) : undefined;
}
