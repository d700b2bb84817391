/** A1 addresses: parsing, formatting, sheet-name quoting and rectangle arithmetic. */

import { columnIndex as columnFromLetters, columnLetters, looksLikeCellReference, MAX_COLUMNS, MAX_ROWS, quoteSheetName } from "../model/address";

export { columnFromLetters, columnLetters, looksLikeCellReference, MAX_COLUMNS, MAX_ROWS, quoteSheetName };

/** Zero-based, like Range.rowIndex / columnIndex. */
export interface Rect {
  row: number;
  column: number;
  rowCount: number;
  columnCount: number;
}

export interface ParsedAddress {
  sheet?: string;
  rect: Rect;
}

/** The key cells are stored under in SheetState.cells: plain "B7", no sheet, no `$`. */
export function cellKey(row: number, column: number): string {
  return columnLetters(column) + String(row + 1);
}

export function parseCellKey(key: string): { row: number; column: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(key);
  if (!m) throw new Error(`excel-double: bad cell key ${key}`);
  return { row: Number(m[2]) - 1, column: columnFromLetters(m[1]) };
}

export function isWholeColumns(rect: Rect): boolean {
  return rect.row === 0 && rect.rowCount === MAX_ROWS;
}

export function isWholeRows(rect: Rect): boolean {
  return rect.column === 0 && rect.columnCount === MAX_COLUMNS;
}

/** `$` markers when absolute, as in name formulas (`=Sheet1!$A$1:$B$2`). */
export function formatRect(rect: Rect, absolute = false): string {
  const d = absolute ? "$" : "";
  const lastRow = rect.row + rect.rowCount - 1;
  const lastCol = rect.column + rect.columnCount - 1;
  if (isWholeColumns(rect) && !isWholeRows(rect)) {
    return `${d}${columnLetters(rect.column)}:${d}${columnLetters(lastCol)}`;
  }
  if (isWholeRows(rect)) return `${d}${rect.row + 1}:${d}${lastRow + 1}`;
  const first = `${d}${columnLetters(rect.column)}${d}${rect.row + 1}`;
  if (rect.rowCount === 1 && rect.columnCount === 1) return first;
  return `${first}:${d}${columnLetters(lastCol)}${d}${lastRow + 1}`;
}

export function qualifiedAddress(sheet: string, rect: Rect, absolute = false): string {
  return `${quoteSheetName(sheet)}!${formatRect(rect, absolute)}`;
}

function splitSheet(address: string): { sheet?: string; local: string } | null {
  const quoted = /^'((?:[^']|'')+)'!(.*)$/.exec(address);
  if (quoted) return { sheet: quoted[1].replace(/''/g, "'"), local: quoted[2] };
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { local: address };
  const sheet = address.slice(0, bang);
  if (sheet === "" || /['!]/.test(sheet)) return null;
  return { sheet, local: address.slice(bang + 1) };
}

type Part = { row?: number; column?: number };

function parsePart(text: string): Part | null {
  const m = /^\$?([A-Za-z]{0,3})\$?(\d*)$/.exec(text);
  if (!m || (m[1] === "" && m[2] === "")) return null;
  const part: Part = {};
  if (m[1] !== "") {
    part.column = columnFromLetters(m[1]);
    if (part.column >= MAX_COLUMNS) return null;
  }
  if (m[2] !== "") {
    part.row = Number(m[2]) - 1;
    if (part.row < 0 || part.row >= MAX_ROWS) return null;
  }
  return part;
}

/** Parses "A1", "$A$1:B2", "Sheet1!A:B", "'My Sheet'!3:4". Returns null for anything else. */
export function parseAddress(address: string): ParsedAddress | null {
  const split = splitSheet(address.trim());
  if (!split) return null;
  const pieces = split.local.split(":");
  if (pieces.length > 2) return null;
  const a = parsePart(pieces[0]);
  const b = pieces.length === 2 ? parsePart(pieces[1]) : a;
  if (!a || !b) return null;
  const kindA = (a.row !== undefined ? 1 : 0) + (a.column !== undefined ? 2 : 0);
  const kindB = (b.row !== undefined ? 1 : 0) + (b.column !== undefined ? 2 : 0);
  // A lone "A" or "3" is not an address; mixed forms like "A1:B" are not either.
  if (kindA !== kindB || (pieces.length === 1 && kindA !== 3)) return null;
  const r1 = a.row ?? 0;
  const r2 = b.row ?? MAX_ROWS - 1;
  const c1 = a.column ?? 0;
  const c2 = b.column ?? MAX_COLUMNS - 1;
  const rect: Rect = {
    row: Math.min(r1, r2),
    column: Math.min(c1, c2),
    rowCount: Math.abs(r2 - r1) + 1,
    columnCount: Math.abs(c2 - c1) + 1,
  };
  return split.sheet === undefined ? { rect } : { sheet: split.sheet, rect };
}

export function rectContains(outer: Rect, inner: Rect): boolean {
  return (
    inner.row >= outer.row &&
    inner.column >= outer.column &&
    inner.row + inner.rowCount <= outer.row + outer.rowCount &&
    inner.column + inner.columnCount <= outer.column + outer.columnCount
  );
}

export function rectsIntersect(a: Rect, b: Rect): boolean {
  return (
    a.row < b.row + b.rowCount &&
    b.row < a.row + a.rowCount &&
    a.column < b.column + b.columnCount &&
    b.column < a.column + a.columnCount
  );
}

export function rectsEqual(a: Rect, b: Rect): boolean {
  return a.row === b.row && a.column === b.column && a.rowCount === b.rowCount && a.columnCount === b.columnCount;
}

export function containsCell(rect: Rect, row: number, column: number): boolean {
  return row >= rect.row && row < rect.row + rect.rowCount && column >= rect.column && column < rect.column + rect.columnCount;
}

/** What is left of `a` after removing `b`, as up to four bands (top, bottom, left, right). */
export function subtractRect(a: Rect, b: Rect): Rect[] {
  if (!rectsIntersect(a, b)) return [a];
  const out: Rect[] = [];
  const aBottom = a.row + a.rowCount;
  const bBottom = b.row + b.rowCount;
  const top = Math.max(a.row, b.row);
  const bottom = Math.min(aBottom, bBottom);
  if (b.row > a.row) out.push({ ...a, rowCount: b.row - a.row });
  if (bBottom < aBottom) out.push({ ...a, row: bBottom, rowCount: aBottom - bBottom });
  if (b.column > a.column) {
    out.push({ row: top, rowCount: bottom - top, column: a.column, columnCount: b.column - a.column });
  }
  const aRight = a.column + a.columnCount;
  const bRight = b.column + b.columnCount;
  if (bRight < aRight) out.push({ row: top, rowCount: bottom - top, column: bRight, columnCount: aRight - bRight });
  return out;
}

export function cellCount(rect: Rect): number {
  return rect.rowCount * rect.columnCount;
}

export function insideGrid(rect: Rect): boolean {
  return (
    rect.row >= 0 &&
    rect.column >= 0 &&
    rect.rowCount >= 1 &&
    rect.columnCount >= 1 &&
    rect.row + rect.rowCount <= MAX_ROWS &&
    rect.column + rect.columnCount <= MAX_COLUMNS
  );
}
