// The labels of a format's tables as a published page prints them, for finding the tables in a
// run of pieces. Exact matches (after normalisation) begin a table; inside a table a label that
// differs a little from the official one is still recognised when exactly one label is that near.
import { getFormat } from "../../model/formats";
import { normalizeLabel } from "../../model/labels";
import { FormatId, TableId } from "../../model/types";

export type LabelRole =
  /** A row with input cells: its official label. */
  | "row"
  /** A merged label to the left of rows, a column header, an article line or a note. */
  | "heading";

export interface TableLabel {
  readonly table: TableId;
  readonly role: LabelRole;
  readonly label: string;
}

export interface LabelMatch extends TableLabel {
  /** Whether the piece differs from the official label beyond normalisation. */
  readonly variant: boolean;
}

export interface LabelIndex {
  /** Exact matches of a normalised piece, in table order. */
  readonly exact: ReadonlyMap<string, readonly TableLabel[]>;
  readonly all: readonly (TableLabel & { readonly key: string })[];
}

function labelsOf(id: FormatId): TableLabel[] {
  const { 二: active, 三: applications, 四: reviews } = getFormat(id).tables;
  const heading = (table: TableId, label: string): TableLabel => ({ table, role: "heading", label });
  const row = (table: TableId, label: string): TableLabel => ({ table, role: "row", label });
  return [
    heading("二", active.rowHeader),
    ...active.blocks.flatMap((block) => [heading("二", block.article), ...block.columns.map((c) => heading("二", c.label)), ...block.rows.map((r) => row("二", r))]),
    heading("三", applications.cornerNote),
    heading("三", applications.applicantHeader),
    heading("三", applications.organisationHeader),
    ...applications.columns.map((c) => heading("三", c.label)),
    ...[...new Set(applications.rows.flatMap((r) => r.parents))].map((p) => heading("三", p)),
    ...applications.rows.map((r) => row("三", r.label)),
    heading("四", reviews.litigationHeader),
    ...reviews.columns.map((c) => heading("四", c.label)),
    // A group followed by its five figures when 表四 is drawn with the groups as rows.
    ...reviews.groups.map((g) => row("四", g.label)),
  ];
}

const indexes = new Map<FormatId, LabelIndex>();

export function labelIndex(id: FormatId): LabelIndex {
  let index = indexes.get(id);
  if (!index) {
    const all = labelsOf(id).map((label) => ({ ...label, key: normalizeLabel(label.label) }));
    const exact = new Map<string, TableLabel[]>();
    for (const label of all) exact.set(label.key, [...(exact.get(label.key) ?? []), label]);
    indexes.set(id, (index = { exact, all }));
  }
  return index;
}

/** Edit distance, stopping early beyond `limit`. */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length];
}

/** Whether every character of `written` stands in `official` in the same order (characters dropped, none added). */
function isSubsequence(written: string, official: string): boolean {
  let at = 0;
  for (const ch of official) if (ch === written[at]) at++;
  return at === written.length;
}

/** How near a written label is to an official one: lower is nearer, undefined is not near. */
function nearness(written: string, official: string): number | undefined {
  // A label cut short, without its qualifier or with words dropped (规范性文件, 本年增/, 2.其他法律行政止公开).
  if (written.length >= 4 && written.length * 2 >= official.length && isSubsequence(written, official)) return official.length - written.length;
  if (written.length >= 6) {
    const d = distance(written, official, 2);
    if (d <= 2) return d;
  }
  return undefined;
}

/** Short pieces only: a sentence of prose is never taken for a label. */
const LONGEST_LABEL = 48;

/** Of the labels a key matches exactly, the one of `table`, else the first. */
function exactly(labels: readonly TableLabel[] | undefined, table: TableId | undefined): TableLabel | undefined {
  if (!labels) return undefined;
  const { table: found, role, label } = labels.find((l) => l.table === table) ?? labels[0];
  return { table: found, role, label };
}

/**
 * The label a piece is in `table`'s context: an exact match first, else the one label of that
 * table that is nearest, when no other is as near.
 */
export function matchLabel(index: LabelIndex, key: string, table: TableId | undefined): LabelMatch | undefined {
  const exact = exactly(index.exact.get(key), table);
  if (exact) return { ...exact, variant: false };
  // Numbered with 、 instead of the format's full stop (1、申请人…, 3、其他).
  const renumbered = exactly(index.exact.get(key.replace(/^(\d+)[、，,]/u, "$1.")), table);
  if (renumbered) return { ...renumbered, variant: true };
  if (table === undefined || key.length > LONGEST_LABEL) return undefined;
  const scored = index.all.flatMap((label) => {
    if (label.table !== table) return [];
    const score = nearness(key, label.key);
    return score === undefined ? [] : [{ label, score }];
  });
  if (scored.length === 0) return undefined;
  const best = Math.min(...scored.map((s) => s.score));
  const nearest = scored.filter((s) => s.score === best);
  if (new Set(nearest.map((s) => s.label.key)).size > 1) return undefined;
  const { label } = nearest[0];
  return { table: label.table, role: label.role, label: label.label, variant: true };
}

/** Whether a normalised piece begins `table` without doubt: it is a label of that table only. */
export function beginsTable(index: LabelIndex, key: string): TableId | undefined {
  const tables = new Set((index.exact.get(key) ?? []).map((label) => label.table));
  return tables.size === 1 ? [...tables][0] : undefined;
}
