// The check cells beside 表三 and 表四, compiled from the engine's reconciliations so that the
// workbook's verdicts and the engine's cannot drift. Every rule gets a pair of lines: one through
// the add-in (NIANBAO.SUMCHECK), one in plain formulas for Excel without the add-in, WPS and
// LibreOffice; the add-in's lines are marked addinOnly, for the Excel host alone to write. A rule whose instances lie on different rows (表三 row totals) gets two columns
// right of the table; one whose instances lie in different columns gets two rows under it.
// The cells stay outside the print area: they are the assistant's, not the report's.
import { addinCheckFormula, CHECK_TEXT, failingCondition, FUNCTION_NAMESPACE, judge, plainCheckFormula, verdictText } from "./formulas";
import { reconciliations } from "../catalogue/reconciliations";
import { ruleById, RuleId } from "../catalogue/rules";
import { Identity } from "../model/findings";
import { address, parseAddress, Position, rangeAddress } from "../model/address";
import { ReportFormat } from "../model/types";
import { ConditionalFormat, SheetLayout, StaticCell } from "./types";
import { FAILING_STYLE } from "./style";

const CHECK_COLUMN_WIDTH = 12;

interface Extra {
  statics: StaticCell[];
  merges: string[];
  widths: number[];
  heights: Record<number, number>;
}

function groupByRule(identities: readonly Identity[]): Identity[][] {
  const groups = new Map<string, Identity[]>();
  for (const identity of identities) groups.set(identity.rule, [...(groups.get(identity.rule) ?? []), identity]);
  return [...groups.values()];
}

/** The sheet with a check for every reconciliation among its inputs, and failing totals painted. */
export function withChecks(sheet: SheetLayout, format: ReportFormat): SheetLayout {
  const addressOf = new Map(sheet.inputs.map((input) => [input.cell.id, input.address]));
  const identities = reconciliations(format).filter((identity) => [...identity.left, ...identity.right].every((id) => addressOf.has(id)));
  if (identities.length === 0) return sheet;
  const locate = (id: string) => addressOf.get(id)!;
  const at = (id: string): Position => parseAddress(locate(id));
  const positions = sheet.inputs.map((input) => parseAddress(input.address));
  const top = Math.min(...positions.map((p) => p.row));
  const bottom = Math.max(...positions.map((p) => p.row));
  const left = Math.min(...positions.map((p) => p.column));
  const right = Math.max(...positions.map((p) => p.column));

  const extra: Extra = { statics: [], merges: [], widths: [], heights: {} };
  const put = (role: StaticCell["role"], cell: Omit<StaticCell, "role" | "address">, row: number, column: number, toRow = row, toColumn = column) => {
    extra.statics.push({ role, address: address(row, column), ...cell });
    if (toRow > row || toColumn > column) extra.merges.push(rangeAddress(row, column, toRow, toColumn));
  };
  const pass = verdictText(judge([], [], 0));
  const lines = (identity: Identity) => [
    { formula: addinCheckFormula(identity, locate), suffix: CHECK_TEXT.addin, addinOnly: true },
    { formula: plainCheckFormula(identity, locate), suffix: CHECK_TEXT.plain, addinOnly: false },
  ];

  let nextColumn = right + 1;
  let nextRow = bottom + 1;
  for (const group of groupByRule(identities)) {
    const title = ruleById(group[0].rule as RuleId).title;
    const anchors = group.map((identity) => at(identity.left[0]));
    const onDistinctRows = group.length > 1 && new Set(anchors.map((p) => p.row)).size === group.length;
    if (onDistinctRows) {
      for (const [i, line] of lines(group[0]).entries()) {
        const column = nextColumn + i;
        // The header spans the table's header rows (between the title row and the first figures).
        put("checkHeader", { text: title + line.suffix, addinOnly: line.addinOnly }, Math.min(2, top - 1), column, top - 1, column);
        group.forEach((identity, g) => put("check", { formula: lines(identity)[i].formula, result: pass, addinOnly: line.addinOnly }, anchors[g].row, column));
        extra.widths[column - 1] = CHECK_COLUMN_WIDTH;
      }
      nextColumn += 2;
    } else {
      const firstAnchor = Math.min(...anchors.map((p) => p.column));
      for (const [i, line] of lines(group[0]).entries()) {
        const row = nextRow + i;
        if (firstAnchor > 1) put("checkHeader", { text: title + line.suffix, addinOnly: line.addinOnly }, row, 1, row, firstAnchor - 1);
        group.forEach((identity, g) => put("check", { formula: lines(identity)[i].formula, result: pass, addinOnly: line.addinOnly }, row, anchors[g].column));
        extra.heights[row] = 30;
      }
      nextRow += 2;
    }
  }
  // The whole table's status, through the add-in; the table's figures are its argument so that
  // Excel recalculates it whenever a figure changes (the function itself is not volatile).
  const table = sheet.inputs[0].cell.table;
  put("checkHeader", { text: CHECK_TEXT.status, addinOnly: true }, nextRow, 1, nextRow, Math.max(1, left - 1));
  put(
    "check",
    { formula: `=${FUNCTION_NAMESPACE}.CHECK("${table}",${rangeAddress(top, left, bottom, right)})`, addinOnly: true },
    nextRow,
    left === 1 ? 2 : left,
    nextRow,
    right,
  );

  // Each format covers one cell and its formula is relative to that cell, as Excel reads it.
  const conditionalFormats: ConditionalFormat[] = identities.flatMap((identity) =>
    identity.left.map((id) => ({ range: locate(id), formula: failingCondition(identity, locate), ...FAILING_STYLE })),
  );
  const widths = [...sheet.columnWidths];
  extra.widths.forEach((width, i) => (widths[i] = width));
  return {
    ...sheet,
    statics: [...sheet.statics, ...extra.statics],
    merges: [...sheet.merges, ...extra.merges],
    columnWidths: Array.from(widths, (width) => width ?? CHECK_COLUMN_WIDTH),
    rowHeights: { ...sheet.rowHeights, ...extra.heights },
    conditionalFormats: [...(sheet.conditionalFormats ?? []), ...conditionalFormats],
  };
}
