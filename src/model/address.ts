// A1 addresses. Rows and columns are 1-based, as on the sheet.

export function columnName(column: number): string {
  let name = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

export function columnNumber(name: string): number {
  let column = 0;
  // Letters are ASCII: a for loop over char codes, upper-cased by clearing bit 5.
  for (let i = 0; i < name.length; i++) column = column * 26 + (name.charCodeAt(i) & ~0x20) - 64;
  return column;
}

export function address(row: number, column: number): string {
  return `${columnName(column)}${row}`;
}

export function rangeAddress(top: number, left: number, bottom: number, right: number): string {
  const from = address(top, left);
  const to = address(bottom, right);
  return from === to ? from : `${from}:${to}`;
}

export interface Position {
  readonly row: number;
  readonly column: number;
}

export function parseAddress(a1: string): Position {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(a1.trim());
  if (!match) throw new RangeError(`not an A1 address: ${a1}`);
  return { row: Number(match[2]), column: columnNumber(match[1]) };
}

export interface Area {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** "B3:D4" (or a single "B3") as its corners. */
export function parseRange(a1: string): Area {
  const [from, to = from] = a1.split(":").map(parseAddress);
  return { top: from.row, left: from.column, bottom: to.row, right: to.column };
}

/** `'二、主动公开'!$B$3:$D$4`: a sheet-qualified absolute reference, quoted as Excel needs. */
export function absoluteReference(sheet: string, range: string): string {
  const absolute = range
    .split(":")
    .map((a) => {
      const { row, column } = parseAddress(a);
      return `$${columnName(column)}$${row}`;
    })
    .join(":");
  return `${quoteSheetName(sheet)}!${absolute}`;
}

export function quoteSheetName(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}
