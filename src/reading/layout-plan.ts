// What the reader looks for on a table's sheet, worked out once per layout: every label with its
// place and normalised text, each input with the labels that fix its row and column, and the
// anchors in the order they are located. Layouts are the official format's and never change,
// so every workbook of a batch reads against the same plan.
import { address, parseAddress, Position } from "../model/address";
import { normalizeLabel } from "../model/labels";
import { CellId } from "../model/types";
import { SheetLayout, StaticCell } from "../template/types";
import { derived } from "../model/derived";

/** A label the template writes: where, and as compared (normalizeLabel). */
export interface PlacedLabel {
  readonly address: string;
  readonly text: string;
  readonly home: Position;
  readonly key: string;
}

/** An input cell with where the template puts it and the labels that fix its row and column. */
export interface AnchoredInput {
  readonly id: CellId;
  readonly home: Position;
  /** `home` as an A1 address: the location of an input whose table did not move. */
  readonly homeAddress: string;
  /** The rightmost label to its left on the same row. */
  readonly row?: PlacedLabel;
  /** The nearest header above it in the same column. */
  readonly column?: PlacedLabel;
}

export interface LayoutPlan {
  /** Titles, headers, labels and notes, in the layout's order. */
  readonly labels: readonly PlacedLabel[];
  /** The distinct keys of `labels`: scoring runs for every sheet, table and format. */
  readonly labelKeys: readonly string[];
  readonly inputs: readonly AnchoredInput[];
  /** The row (or column) anchors of the inputs, once each, by their row (or column), then row. */
  readonly anchors: Readonly<Record<"row" | "column", readonly PlacedLabel[]>>;
}

const LABEL_ROLES = new Set(["title", "header", "label", "note"]);

/** The label of `role` on the input's line nearest before it along `along` (column for a row's label, row for a column's). */
function anchor(labels: readonly { label: PlacedLabel; role: string }[], role: string, input: Position, along: "row" | "column"): PlacedLabel | undefined {
  const across = along === "column" ? "row" : "column";
  return labels
    .filter(({ label, role: r }) => r === role && label.home[across] === input[across] && label.home[along] < input[along])
    .map(({ label }) => label)
    .sort((a, b) => b.home[along] - a.home[along])[0];
}

function planOf(layout: SheetLayout): LayoutPlan {
  const placed = layout.statics
    .filter((s): s is StaticCell & { text: string } => LABEL_ROLES.has(s.role) && !!s.text)
    .map((s) => ({ role: s.role, label: { address: s.address, text: s.text, home: parseAddress(s.address), key: normalizeLabel(s.text) } }));
  const inputs = layout.inputs.map((input): AnchoredInput => {
    const home = parseAddress(input.address);
    return { id: input.cell.id, home, homeAddress: address(home.row, home.column), row: anchor(placed, "label", home, "column"), column: anchor(placed, "header", home, "row") };
  });
  const anchorsOf = (axis: "row" | "column") => {
    const found = new Map<string, PlacedLabel>();
    for (const input of inputs) {
      const label = input[axis];
      if (label) found.set(label.address, label);
    }
    return [...found.values()].sort((a, b) => a.home[axis] - b.home[axis] || a.home.row - b.home.row);
  };
  const labels = placed.map(({ label }) => label);
  return { labels, labelKeys: [...new Set(labels.map((label) => label.key))], inputs, anchors: { row: anchorsOf("row"), column: anchorsOf("column") } };
}

export const layoutPlan = derived(planOf);
