/**
 * Every cell a user typed, by "Sheet!A1": values anywhere outside the sheets the add-in owns (it
 * rebuilds those), and formulas typed into table columns that are not the add-in's computed
 * columns. Formulas the add-in owns may be repaired, so they are not compared.
 */
import { writeFileSync, mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { parseRange, cellAddress } from "../../src/model/address";
import { DERIVED_TABLES } from "../../src/model/derived/registry";
import { buildWorkbookSpec, tablesOf } from "../../src/model/workbook";
import { DEFAULT_SETTINGS } from "../../src/model/settings";
import { readXlsx } from "../support/xlsx-values";
import type { ExcelDouble } from "../../src/excel-double";
import { parseCellKey } from "../../src/excel-double/address";

export type TypedCells = Map<string, string>;

const spec = buildWorkbookSpec(DEFAULT_SETTINGS);
const OWNED_SHEETS = new Set(
  spec.sheets.filter((s) => s.tables.length && s.tables.every((t) => t.table.derived)).map((s) => s.name.toLowerCase()),
);
const COMPUTED = new Map(
  tablesOf(spec).map(({ placed: { table } }) => [table.name.toLowerCase(), new Set(table.columns.filter((c) => c.formula).map((c) => c.header))]),
);
const DERIVED = new Set(DERIVED_TABLES.map((d) => d.name.toLowerCase()));

interface TableBox {
  name: string;
  sheet: string;
  row: number;
  col: number;
  rows: number;
  headers: string[];
}

/** True when a cell sits in a body cell the add-in owns: a derived table's, or a computed column's. */
function computedAt(tables: TableBox[], sheet: string, row: number, col: number): boolean {
  const t = tables.find((b) => b.sheet === sheet && row > b.row && row < b.row + b.rows && col >= b.col && col < b.col + b.headers.length);
  if (!t) return false;
  if (DERIVED.has(t.name.toLowerCase())) return true;
  return COMPUTED.get(t.name.toLowerCase())?.has(t.headers[col - t.col]) ?? false;
}

const normalFormula = (f: string) => `=${f.replace(/^=/, "").replace(/_xlfn\./gi, "").replace(/\s+/g, "").toLowerCase()}`;

function record(out: TypedCells, tables: TableBox[], sheet: string, row: number, col: number, value: unknown, formula: string | undefined): void {
  if (OWNED_SHEETS.has(sheet.toLowerCase())) return;
  if (formula !== undefined) {
    if (!computedAt(tables, sheet, row, col)) out.set(`${sheet}!${cellAddress(row, col)}`, normalFormula(formula));
    return;
  }
  if (value === null || value === "" || value === undefined) return;
  out.set(`${sheet}!${cellAddress(row, col)}`, JSON.stringify(value));
}

export async function typedCellsOfFile(bytes: Uint8Array): Promise<TypedCells> {
  const file = join(mkdtempSync(join(tmpdir(), "mdplan-typed-")), "book.xlsx");
  writeFileSync(file, bytes);
  const book = await readXlsx(file);
  const tables = book.tables().map((t) => {
    const box = parseRange(t.ref);
    return { name: t.name, sheet: t.sheet, row: box.row, col: box.col, rows: box.rows, headers: t.headers };
  });
  const out: TypedCells = new Map();
  for (const sheet of book.sheets) {
    for (const [address, cell] of book.cells(sheet)) {
      const { row, col } = parseRange(address);
      record(out, tables, sheet, row, col, cell.error ?? cell.value, cell.formula);
    }
  }
  return out;
}

export function typedCellsOfDouble(double: ExcelDouble): TypedCells {
  const state = double.state;
  const tables = state.tables.map((t) => ({
    name: t.name,
    sheet: t.sheet,
    row: t.row,
    col: t.column,
    rows: t.rowCount,
    headers: Array.from({ length: t.columnCount }, (_, c) => String(state.sheets.find((s) => s.name === t.sheet)?.cells[cellAddress(t.row, t.column + c)]?.value ?? "")),
  }));
  const out: TypedCells = new Map();
  for (const sheet of state.sheets) {
    for (const [key, cell] of Object.entries(sheet.cells)) {
      const { row, column } = parseCellKey(key);
      record(out, tables, sheet.name, row, column, cell.value, cell.formula);
    }
  }
  return out;
}

/** Cells typed before that are gone or different after, as "Sheet!A1: before -> after". */
export function changedCells(before: TypedCells, after: TypedCells): string[] {
  const out: string[] = [];
  for (const [key, value] of before) if (after.get(key) !== value) out.push(`${key}: ${value} -> ${after.get(key) ?? "(empty)"}`);
  return out;
}
