// The quantities that prose states about applications, results, 复议 and 诉讼, derived from
// the format: what each sums, what it is called in a sentence, and what it divides into.
// The generator words them and the prose reader recognises them, from this one list.
import { CellId, ReportFormat } from "../model/types";
import { cellId } from "../model/cells";
import { derived } from "../model/derived";

export type QuantityKey = string;

export interface Quantity {
  readonly key: QuantityKey;
  /** How a sentence names it (予以公开, 本机关不掌握相关政府信息, 结果维持, …). */
  readonly name: string;
  /** The cells whose sum it is (每格 the 总计 column of 三, the 总计 of a 四 group). */
  readonly cells: readonly CellId[];
  /** Ways it divides into other quantities; each list adds up to it. */
  readonly breakdowns: readonly (readonly QuantityKey[])[];
  /** A quantity recognised only right after this one was named (sub-items, results). */
  readonly within?: readonly QuantityKey[];
}

export interface QuantityModel {
  readonly byKey: ReadonlyMap<QuantityKey, Quantity>;
  readonly received: QuantityKey;
  readonly carried: QuantityKey;
  readonly handled: QuantityKey;
  readonly forward: QuantityKey;
  /** 予以公开 … 其他处理, in table order. */
  readonly categories: readonly QuantityKey[];
  readonly review: QuantityKey;
  readonly litigation: QuantityKey;
  /** 未经复议直接起诉, 复议后起诉. */
  readonly litigationGroups: readonly QuantityKey[];
  /** The result columns of 表四 except 总计: 结果维持 … 尚未审结. */
  readonly results: readonly string[];
  /** The key of a group's (or 诉讼's) result quantity. */
  resultOf(group: QuantityKey, result: string): QuantityKey;
  /** The sub-items of a category (empty when it is one row). */
  itemsOf(category: QuantityKey): readonly QuantityKey[];
}

/** "（二）部分公开（区分处理的，…）" → "部分公开"; "1.本机关不掌握相关政府信息" → "本机关不掌握相关政府信息". */
export function shortLabel(label: string): string {
  return label.replace(/^（[一二三四五六七八九十]+）/u, "").replace(/^\d+\./u, "").replace(/（.*）$/u, "");
}

export const quantityModel = derived((format: ReportFormat): QuantityModel => {
  const byKey = new Map<QuantityKey, Quantity>();
  const add = (q: Quantity) => (byKey.set(q.key, q), q.key);

  const t3 = format.tables.三;
  const total3 = t3.columns[t3.columns.length - 1].label;
  const outer = t3.rows.filter((row) => row.parents.length === 0);
  const inner = t3.rows.filter((row) => row.parents.length > 0);
  const rowQuantity = (label: string, name: string, within?: QuantityKey[]) =>
    add({ key: label, name, cells: [cellId("三", label, total3)], breakdowns: [], within });

  const received = rowQuantity(outer[0].label, "新收");
  const carried = rowQuantity(outer[1].label, "上年结转");
  const forward = rowQuantity(outer[outer.length - 1].label, "结转下年度继续办理");
  const totalRow = inner[inner.length - 1];
  const categories: QuantityKey[] = [];
  const items = new Map<QuantityKey, QuantityKey[]>();
  for (const row of inner.slice(0, -1)) {
    const categoryLabel = row.parents[1] ?? row.label;
    if (!items.has(categoryLabel)) {
      items.set(categoryLabel, []);
      categories.push(categoryLabel);
    }
    if (row.parents.length > 1) items.get(categoryLabel)!.push(rowQuantity(row.label, shortLabel(row.label), [categoryLabel]));
  }
  for (const category of categories) {
    const subs = items.get(category)!;
    const cells = subs.length > 0 ? subs.flatMap((key) => byKey.get(key)!.cells) : [cellId("三", category, total3)];
    add({ key: category, name: shortLabel(category), cells, breakdowns: subs.length > 0 ? [subs] : [] });
  }
  const handled = add({ key: totalRow.label, name: "办结", cells: [cellId("三", totalRow.label, total3)], breakdowns: [categories] });

  const t4 = format.tables.四;
  const total4 = t4.columns[t4.columns.length - 1].label;
  const results = t4.columns.slice(0, -1).map((column) => column.label);
  /** Each key made once, so that one looked up again is the same string, not a new one to hash: the narrative asks for every group's results. */
  const resultKeys = new Map<QuantityKey, Map<string, QuantityKey>>();
  const resultKey = (group: QuantityKey, result: string): QuantityKey => {
    let byResult = resultKeys.get(group);
    if (!byResult) resultKeys.set(group, (byResult = new Map()));
    let key = byResult.get(result);
    if (key === undefined) byResult.set(result, (key = `${group}·${result}`));
    return key;
  };
  const groupQuantity = (label: string) => {
    for (const result of results) add({ key: resultKey(label, result), name: result, cells: [cellId("四", label, result)], breakdowns: [], within: [label] });
    return add({ key: label, name: label, cells: [cellId("四", label, total4)], breakdowns: [results.map((r) => resultKey(label, r))] });
  };
  const [reviewGroup, ...litigationGroupDefs] = t4.groups;
  const review = groupQuantity(reviewGroup.label);
  const litigationGroups = litigationGroupDefs.map((group) => groupQuantity(group.label));
  const litigation = t4.litigationHeader;
  for (const result of results)
    add({ key: resultKey(litigation, result), name: result, cells: litigationGroups.map((g) => cellId("四", g, result)), breakdowns: [], within: [litigation] });
  add({
    key: litigation,
    name: litigation,
    cells: litigationGroups.map((g) => cellId("四", g, total4)),
    breakdowns: [litigationGroups, results.map((r) => resultKey(litigation, r))],
  });

  const model: QuantityModel = {
    byKey,
    received,
    carried,
    handled,
    forward,
    categories,
    review,
    litigation,
    litigationGroups,
    results,
    resultOf: resultKey,
    itemsOf: (category) => items.get(category) ?? [],
  };
  return model;
});
