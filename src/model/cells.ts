// Every input cell of a format, in table order, with its kind. All readers and writers
// enumerate cells through here so that no host keeps its own list.
import { derived } from "./derived";
import { CellId, CellKind, CellRef, ReportFormat, TableId } from "./types";

export interface InputCellDef extends CellRef {
  readonly id: CellId;
  readonly kind: CellKind;
}

const SEPARATOR = "|";

export function cellId(table: TableId, row: string, column: string): CellId {
  return [table, row, column].join(SEPARATOR);
}

export function parseCellId(id: CellId): CellRef {
  const [table, row, column] = id.split(SEPARATOR);
  return { table: table as TableId, row, column };
}

/** All input cells of the format: 表二 block by block, then 三 row by row, then 四 group by group. */
export const inputCells = derived((format: ReportFormat): readonly InputCellDef[] => {
  const cells: InputCellDef[] = [];
  const add = (table: TableId, row: string, column: string, kind: CellKind) =>
    cells.push({ id: cellId(table, row, column), table, row, column, kind });
  const { 二: active, 三: applications, 四: reviews } = format.tables;
  for (const block of active.blocks)
    for (const row of block.rows) for (const column of block.columns) add("二", row, column.label, column.kind);
  for (const row of applications.rows)
    for (const column of applications.columns) add("三", row.label, column.label, column.kind);
  for (const group of reviews.groups)
    for (const column of reviews.columns) add("四", group.label, column.label, column.kind);
  return cells;
});

const cellsById = derived((format: ReportFormat): ReadonlyMap<CellId, InputCellDef> => new Map(inputCells(format).map((cell) => [cell.id, cell])));

/** The input cell with this id in the format, or undefined when the format has none. */
export function inputCell(format: ReportFormat, id: CellId): InputCellDef | undefined {
  return cellsById(format).get(id);
}

/** The format's cell ids by table, row and column. */
const idsByPlace = derived((format: ReportFormat): ReadonlyMap<string, ReadonlyMap<string, ReadonlyMap<string, CellId>>> => {
  const byPlace = new Map<string, Map<string, Map<string, CellId>>>();
  for (const cell of inputCells(format)) {
    if (!byPlace.has(cell.table)) byPlace.set(cell.table, new Map());
    const rows = byPlace.get(cell.table)!;
    if (!rows.has(cell.row)) rows.set(cell.row, new Map());
    rows.get(cell.row)!.set(cell.column, cell.id);
  }
  return byPlace;
});

/**
 * cellId for a cell of the format, found by table, row and column rather than made: an id looked
 * up in a report's values is then the same string each time, not a new one to hash. Any other
 * place's id is made as cellId makes it.
 */
export function inputCellId(format: ReportFormat, table: TableId, row: string, column: string): CellId {
  return idsByPlace(format).get(table)?.get(row)?.get(column) ?? cellId(table, row, column);
}

/** An input cell the layout places; the layout only places cells the format has. */
export function inputCellAt(format: ReportFormat, table: TableId, row: string, column: string): InputCellDef {
  return inputCell(format, cellId(table, row, column))!;
}

export function inputCellsOf(format: ReportFormat, table: TableId): readonly InputCellDef[] {
  return inputCells(format).filter((cell) => cell.table === table);
}

/** The row labels of a table in order (表二: across its blocks; 表四: the three groups). */
export function rowLabels(format: ReportFormat, table: TableId): readonly string[] {
  const t = format.tables;
  if (table === "二") return t.二.blocks.flatMap((block) => block.rows);
  if (table === "三") return t.三.rows.map((row) => row.label);
  return t.四.groups.map((group) => group.label);
}

/** The column labels that a row of a table has. */
export function columnLabels(format: ReportFormat, table: TableId, row: string): readonly string[] {
  const t = format.tables;
  if (table === "二") return t.二.blocks.find((block) => block.rows.includes(row))?.columns.map((c) => c.label) ?? [];
  const columns = table === "三" ? t.三.columns : t.四.columns;
  return columns.map((column) => column.label);
}
