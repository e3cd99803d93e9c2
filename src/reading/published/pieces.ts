// A published report as a run of pieces in reading order: each table cell, line or paragraph of
// the page, with the line of the file it came from. Text copies and HTML pages both become
// pieces, so that one reader finds the tables and sections in either.

export interface Piece {
  /** What was written, untrimmed. */
  readonly text: string;
  /** 1-based line of the file where the piece begins. */
  readonly line: number;
  /**
   * Whether an empty piece stands for a blank cell: true where cells are delimited (an HTML cell,
   * text between two `|`), false where blank cells leave no trace (one value a line).
   */
  readonly delimited: boolean;
  /** Whether the piece may hold several values divided by spaces ("0 0 0" copied from a PDF). */
  readonly spaced: boolean;
}

/**
 * Text copied from a page or a PDF. With `|` between cells, a cell is what lies between two `|`
 * (the lines inside it are pieces of their own, an all-blank one is one blank cell); without,
 * each non-blank line is a piece and its spaces may divide values.
 */
export function piecesOfText(text: string): Piece[] {
  const source = text.replace(/\r\n?/gu, "\n");
  if (!source.includes("|")) {
    return source.split("\n").flatMap((line, i) => (line.trim() === "" ? [] : [{ text: line, line: i + 1, delimited: false, spaced: true }]));
  }
  const pieces: Piece[] = [];
  let line = 1;
  for (const cell of source.split("|")) {
    const lines = cell.split("\n");
    if (lines.every((l) => l.trim() === "")) pieces.push({ text: "", line, delimited: true, spaced: false });
    else lines.forEach((l, i) => l.trim() !== "" && pieces.push({ text: l, line: line + i, delimited: true, spaced: false }));
    line += lines.length - 1;
  }
  return pieces;
}
