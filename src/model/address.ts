/** A1 addressing shared by the model and both hosts. Indexes are 0-based. */
export function columnLetters(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function cellAddress(row: number, col: number, absolute = false): string {
  const d = absolute ? "$" : "";
  return `${d}${columnLetters(col)}${d}${row + 1}`;
}

export function rangeAddress(row: number, col: number, rows: number, cols: number, absolute = false): string {
  const a = cellAddress(row, col, absolute);
  if (rows === 1 && cols === 1) return a;
  return `${a}:${cellAddress(row + rows - 1, col + cols - 1, absolute)}`;
}

/** Sheet names with anything but letters, digits and underscores are quoted in references. */
export function sheetPrefix(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? `${sheet}!` : `'${sheet.replace(/'/g, "''")}'!`;
}

export interface ParsedRange {
  sheet?: string;
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** Parses "Sheet!A1:B2", "'My Sheet'!$A$1" or "A1". */
export function parseRange(address: string): ParsedRange {
  let sheet: string | undefined;
  let ref = address;
  const bang = address.lastIndexOf("!");
  if (bang >= 0) {
    sheet = address.slice(0, bang).replace(/^'(.*)'$/, "$1").replace(/''/g, "'");
    ref = address.slice(bang + 1);
  }
  const parts = ref.replace(/\$/g, "").split(":");
  const parseCell = (c: string) => {
    const m = /^([A-Za-z]+)(\d+)$/.exec(c);
    if (!m) throw new Error(`Not a cell address: "${c}"`);
    return { col: columnIndex(m[1]), row: Number(m[2]) - 1 };
  };
  const a = parseCell(parts[0]);
  const b = parts[1] ? parseCell(parts[1]) : a;
  return { sheet, row: a.row, col: a.col, rows: b.row - a.row + 1, cols: b.col - a.col + 1 };
}
