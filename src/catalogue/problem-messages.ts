// The words of a problem as a clerk reads it: one headline in the words of the form (table, row,
// column as printed, then the address), and one sign convention everywhere (多/少, never ±).

/** 表三 */
export const tableName = (table: string) => `表${table}`;

/** Where a cell is, as printed on the form: "表三 （一）予以公开 · 自然人"; `part` is 表三 or a sheet's name. */
export function placeOf(part: string, row: string, column: string): string {
  return `${part} ${column ? `${row} · ${column}` : row}`;
}

export const PROBLEM_TEXT = {
  headline: (place: string, address: string, what: string) => `${place}${address ? ` ${address}` : ""}：${what}`,
  /** What it should be, what it is, and by how much in words: "应为 29，实为 28，少 1". */
  shouldBe: (expected: string, actual: string, more: boolean, gap: string) => `应为 ${expected}，实为 ${actual}，${more ? "多" : "少"} ${gap}`,
  /** One cell that several failing totals share: the likeliest single cause. */
  sharedCause: (count: number) => `与它有关的 ${count} 处合计都对不上，请先核对这个数`,
  blanks: (part: string, count: number) => `${part}有 ${count} 个空白单元格，按 0 计算；按格式应填 0`,
} as const;
