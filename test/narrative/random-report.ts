// Random reports whose tables reconcile, for the fuzz test: zero-heavy, so that every branch of
// the generated text is reached (test/checks/builders.ts's consistentReport rarely has zeros).
import { CellId, CellValue, FormatId } from "../../src/model/types";
import { FORMATS } from "../../src/model/formats";
import { Report } from "../../src/model/report";
import { cellId } from "../../src/model/cells";

/** A report whose 表三 and 表四 reconcile in every row and column; zero-heavy, to reach every branch. */
export function randomReport(random: () => number, formatId: FormatId, year: number): Report {
  const format = FORMATS[formatId];
  const values: Record<CellId, CellValue> = {};
  const pick = (max: number, zeroChance: number) => (random() < zeroChance ? 0 : Math.floor(random() * max) + 1);
  const t3 = format.tables.三;
  const applicants = t3.columns.slice(0, -1).map((c) => c.label);
  const total = t3.columns[t3.columns.length - 1].label;
  const quiet = random() < 0.25;
  const outer = t3.rows.filter((r) => r.parents.length === 0).map((r) => r.label);
  const inner = t3.rows.filter((r) => r.parents.length > 0).map((r) => r.label);
  const results = inner.slice(0, -1);
  const sums: Record<string, number> = {};
  for (const column of applicants) {
    const busy = !quiet && random() < (column === "自然人" ? 0.9 : 0.3);
    let handled = 0;
    for (const row of results) {
      const v = busy ? pick(random() < 0.1 ? 400 : 12, 0.6) : 0;
      values[cellId("三", row, column)] = v;
      handled += v;
    }
    const forward = busy ? pick(5, 0.5) : 0;
    const carried = Math.min(handled + forward, busy ? pick(5, 0.5) : 0);
    values[cellId("三", inner[inner.length - 1], column)] = handled;
    values[cellId("三", outer[2], column)] = forward;
    values[cellId("三", outer[1], column)] = carried;
    values[cellId("三", outer[0], column)] = handled + forward - carried;
  }
  for (const row of t3.rows) {
    sums[row.label] = applicants.reduce((s, column) => s + (values[cellId("三", row.label, column)] as number), 0);
    values[cellId("三", row.label, total)] = sums[row.label];
  }
  const t4 = format.tables.四;
  const reviewQuiet = random() < 0.4;
  for (const group of t4.groups) {
    let sum = 0;
    for (const column of t4.columns.slice(0, -1)) {
      const v = reviewQuiet ? 0 : pick(4, 0.55);
      values[cellId("四", group.label, column.label)] = v;
      sum += v;
    }
    values[cellId("四", group.label, t4.columns[t4.columns.length - 1].label)] = sum;
  }
  for (const block of format.tables.二.blocks)
    for (const row of block.rows)
      for (const column of block.columns)
        values[cellId("二", row, column.label)] =
          column.kind === "signedCount" ? Math.floor(random() * 7) - 3 : column.kind === "count" ? pick(50, 0.5) : Math.round(random() * 1000) / 100;
  const charged = random() < 0.5 ? "是" : "否";
  const fee = charged === "是" ? { charged, cases: pick(5, 0), amount: Math.round(random() * 100000) / 100 } : { charged, cases: null, amount: null };
  const procurementUnit = formatId === "2019" ? (random() < 0.5 ? "元" : "万元") : undefined;
  return { format: formatId, year, agency: "某某县测试局", values, fee, procurementUnit, text: {} };
}
