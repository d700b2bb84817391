/** Direct helpers for tests: set up and inspect the workbook without going through a sync. */
import { cellKey, parseAddress } from "./address";
import { readGrid, writeGrid } from "./cells";
import { addSheet, validateSheetName } from "./sheet-ops";
import { type CellFormat, type SheetState, type WorkbookState, findSheetByName, findTable } from "./state";
import { createTable } from "./table-ops";
import { afterCellsWritten, partRect, tableSheet, validateTableName } from "./table-model";

const SEED = "seed";

function rectOf(address: string): ReturnType<typeof parseAddress> & object {
  const parsed = parseAddress(address);
  if (!parsed) throw new Error(`excel-double: '${address}' is not an address`);
  return parsed;
}

export function ensureSheet(state: WorkbookState, name: string): SheetState {
  return findSheetByName(state, name) ?? addSheet(state, validateSheetName(name, SEED), SEED);
}

/** Writes cells as typed input: "=..." becomes a formula, "12" a number, and so on. */
export function seedSheet(state: WorkbookState, name: string, cells: Record<string, unknown> = {}): void {
  const sheet = ensureSheet(state, name);
  for (const [address, value] of Object.entries(cells)) {
    const { rect } = rectOf(address);
    writeGrid(sheet, rect, value, "values", SEED);
    afterCellsWritten(state, sheet, rect);
  }
}

export function seedTable(state: WorkbookState, sheetName: string, name: string, topLeft: string, headers: string[], rows: unknown[][]): void {
  const sheet = ensureSheet(state, sheetName);
  const { row, column } = rectOf(topLeft).rect;
  rows.forEach((r, i) => {
    if (r.length !== headers.length) throw new Error(`excel-double: row ${i} has ${r.length} cells for ${headers.length} headers`);
  });
  const rect = { row, column, rowCount: rows.length + 1, columnCount: headers.length };
  writeGrid(sheet, rect, [headers, ...rows], "values", SEED);
  const valid = validateTableName(state, name, SEED);
  createTable(state, sheet, rect, true, SEED).name = valid;
}

export interface CellSnapshot {
  value: unknown;
  formula: string | null;
  numberFormat: string;
  format: CellFormat;
}

/** A stored cell, or undefined when the sheet is missing or the cell holds nothing at all. */
export function inspectCell(state: WorkbookState, sheetName: string, address: string): CellSnapshot | undefined {
  const sheet = findSheetByName(state, sheetName);
  const { rect } = rectOf(address);
  const cell = sheet?.cells[cellKey(rect.row, rect.column)];
  if (!cell) return undefined;
  return { value: cell.formula === undefined ? cell.value : "", formula: cell.formula ?? null, numberFormat: cell.numberFormat, format: { ...cell.format } };
}

/** Body rows of a table, formula cells as their formula text. */
export function inspectTableRows(state: WorkbookState, name: string): unknown[][] {
  const table = findTable(state, name);
  if (!table) throw new Error(`excel-double: no table '${name}'`);
  return readGrid(tableSheet(state, table), partRect(table, "body"), "formulas");
}

export function protect(state: WorkbookState, name: string): void {
  const sheet = findSheetByName(state, name);
  if (!sheet) throw new Error(`excel-double: no sheet '${name}'`);
  sheet.protected = true;
}
