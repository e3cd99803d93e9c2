// Every sentence the custom functions show a person (as the message of a #VALUE! or #N/A error,
// or as a cell's result), in one place.

export const FUNCTION_TEXT = {
  passed: "通过",
  /** 错误 3 个 — problems, with the warnings after it when there are any. */
  counts: (errors: number, warnings: number) =>
    errors > 0 ? `错误 ${errors} 个${warnings > 0 ? `，警告 ${warnings} 个` : ""}` : `通过（警告 ${warnings} 个）`,
  /** The whole report: the verdict the pane, the page and the command line say, and its counts. */
  verdict: (kind: string, errors: number, warnings: number, blockers: number) => {
    const warned = warnings > 0 ? `警告 ${warnings} 个` : "";
    if (errors > 0) return `${kind}（错误 ${errors} 个${warned ? `，${warned}` : ""}）`;
    // Nothing wrong in the tables, yet export would publish a placeholder or an empty part.
    if (kind === "有错误") return `${kind}（${blockers} 处不能照此发布${warned ? `，${warned}` : ""}）`;
    return warned ? `${kind}（${warned}）` : kind;
  },
  notANumber: (where: string, value: string) =>
    `单元格 ${where} 不是数字（${value}），无法计入合计。请只填数字，没有的填 0；全角数字请改为半角。`,
  textValue: (value: string) => `“${value}”`,
  logicalValue: (value: boolean) => `逻辑值 ${value ? "TRUE" : "FALSE"}`,
  /** Where a cell of a range lies when Excel did not pass the range's address. */
  position: (row: number, column: number) => `第 ${row} 行第 ${column} 列`,
  unknownTable: (given: string) => `没有“${given}”这张表。请填 "二"、"三" 或 "四"，或不填以核对整个报告。`,
  badTolerance: (given: string) => `容差“${given}”不是不小于 0 的数。请填 0 或正数，或不填（按 0 计）。`,
  unknownBlock: (given: string, known: readonly string[]) => `没有“${given}”这一段。可用的段落：${known.map((k) => `“${k}”`).join("、")}。`,
  unknownMeasure: (given: string) => `量词“${given}”不可用。请填“件”“宗”或“份”，或不填（按“件”）。`,
  noReport: (reason: string) => `${reason}请先用“插入模板”插入年报表格。`,
  outsideExcel: "此函数需要在 Excel 中读取工作簿，当前环境无法读取。",
  /** A cell of a range argument the function cannot use, and why. */
  badCell: (where: string, why: string) => `单元格 ${where}：${why}`,
  unreadable: "这里不是可以读取的数字或文字（可能是图片、链接的数据类型或其他对象）",
  notFinite: "数值超出了 Excel 能表示的范围",
  sumTooLarge: "合计超出了 Excel 能表示的范围，请检查是否误填了极大的数。",
  /** Excel refused to read the workbook for the function (busy, too large, a cell being edited). */
  cannotRead: "Excel 暂时无法为此函数读取工作簿。请稍候按 F9 重新计算；工作簿很大时，请改用任务窗格中的“校验”。",
} as const;
