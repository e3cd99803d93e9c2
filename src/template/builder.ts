import { address, rangeAddress } from "../model/address";
import { InputCellDef } from "../model/cells";
import { CellRole, DefinedName, PlacedField, PlacedInput, SheetKey, SheetLayout, StaticCell } from "./types";

/** Collects a sheet's cells and merges; each layout file describes its sheet through one. */
export class SheetBuilder {
  private readonly statics: StaticCell[] = [];
  private readonly inputs: PlacedInput[] = [];
  private readonly fields: PlacedField[] = [];
  private readonly merges: string[] = [];
  private readonly names: DefinedName[] = [];
  private readonly rowHeights: Record<number, number> = {};

  constructor(
    private readonly key: SheetKey,
    private readonly name: string,
  ) {}

  /** Writes `text` at (row, column), merged down to (toRow, toColumn) when that is larger. */
  text(role: CellRole, text: string, row: number, column: number, toRow = row, toColumn = column): this {
    this.statics.push({ address: address(row, column), role, text });
    this.merge(row, column, toRow, toColumn);
    return this;
  }

  formula(role: CellRole, formula: string, result: string | number, row: number, column: number, toRow = row, toColumn = column): this {
    this.statics.push({ address: address(row, column), role, formula, result });
    this.merge(row, column, toRow, toColumn);
    return this;
  }

  /** An empty cell that still carries a role's style (borders of a merged area, say). */
  blank(role: CellRole, row: number, column: number, toRow = row, toColumn = column): this {
    this.statics.push({ address: address(row, column), role });
    this.merge(row, column, toRow, toColumn);
    return this;
  }

  input(cell: InputCellDef, row: number, column: number, toColumn = column): this {
    this.inputs.push({ address: address(row, column), cell });
    this.merge(row, column, row, toColumn);
    return this;
  }

  field(label: string, kind: PlacedField["kind"], row: number, column: number): this {
    this.fields.push({ address: address(row, column), label, kind });
    return this;
  }

  height(row: number, points: number): this {
    this.rowHeights[row] = points;
    return this;
  }

  definedName(name: string, top: number, left: number, bottom: number, right: number): this {
    this.names.push({ name, range: rangeAddress(top, left, bottom, right) });
    return this;
  }

  build(columnWidths: readonly number[], print: SheetLayout["print"]): SheetLayout {
    return {
      key: this.key,
      name: this.name,
      statics: this.statics,
      inputs: this.inputs,
      fields: this.fields,
      merges: this.merges,
      columnWidths,
      rowHeights: this.rowHeights,
      names: this.names,
      print,
    };
  }

  private merge(row: number, column: number, toRow: number, toColumn: number): void {
    if (toRow > row || toColumn > column) this.merges.push(rangeAddress(row, column, toRow, toColumn));
  }
}
