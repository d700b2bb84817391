/**
 * A1 addressing shared by the model, both hosts and the Excel double: column letters, sheet-name
 * quoting, cell and range addresses. Indexes are 0-based.
 */

/** The grid's size: 1,048,576 rows by 16,384 columns (the last column is XFD). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** 0 -> "A", 25 -> "Z", 26 -> "AA", 16383 -> "XFD". */
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

/** "A" -> 0, "XFD" -> 16383 (either case). */
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

/**
 * "A1", "XFD1048576", "R1C1", "R", "C12": names Excel would read as a cell reference (A1 within
 * the grid, or R1C1 notation), so a sheet so named is quoted and a table or name cannot be so named.
 */
export function looksLikeCellReference(name: string): boolean {
  const a1 = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(name);
  if (a1 && columnIndex(a1[1]) < MAX_COLUMNS && Number(a1[2]) >= 1 && Number(a1[2]) <= MAX_ROWS) return true;
  return /^[Rr](\d*)([Cc](\d*))?$/.test(name) || /^[Cc]\d*$/.test(name);
}

/**
 * A sheet name as a reference writes it. Excel leaves it bare when it is a plain identifier
 * (letters of any script, digits, underscores and periods, not starting with a digit) that cannot
 * be read as a cell reference; anything else ("1 Assessment", "Plan (draft)", "A1", "R1C1") is
 * put in apostrophes, an apostrophe inside doubled ("'It''s'").
 */
export function quoteSheetName(sheet: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) && !looksLikeCellReference(sheet);
  return plain ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** `Sheet!` or `'My sheet'!`: a sheet name quoted as Excel quotes it, with the `!` a reference puts after it. */
export function sheetPrefix(sheet: string): string {
  return `${quoteSheetName(sheet)}!`;
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
