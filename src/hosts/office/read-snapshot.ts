/**
 * Reads the structure of the open workbook in two syncs, whatever its size: first the
 * collections, then each table's place and headers and each of our sheets' used range (and the
 * settings table's body and the few rows below it).
 * Table bodies the plan needs (settings; sources of derived tables) are read in blocks.
 */
import { readBlocks } from "./read-blocks";
import type { CellValue } from "../../model/spec/types";
import { ROWS_READ_BELOW, type SheetSnapshot, type TableSnapshot, type WorkbookSnapshot } from "../../model/layout/snapshot";
import { CONTRACT_VERSION_NAME, LANGUAGE_NAME } from "../../model/settings";


export interface ReadOptions {
  /** Sheets whose used range and protection matter (the description's sheets). */
  sheetNames: string[];
  /**
   * Small tables (settings) whose bodies are read with the structure, in the second sync, with the
   * ROWS_READ_BELOW rows right below them in their columns (what set-up may add rows over).
   */
  eagerTables: string[];
  /** Tables whose bodies are needed, chosen once the tables present are known; read in blocks. */
  blockTables: (present: string[]) => string[];
}

/**
 * The constant behind mdContractVersion, read by its name alone (getItemOrNullObject, ExcelApi
 * 1.4): loading `value` for every defined name has made Excel desktop throw on workbooks holding
 * odd names. `value()` is undefined when the name is absent; call it after the sync.
 */
export function loadContractVersion(ctx: Excel.RequestContext): { value(): unknown } {
  return loadConstantName(ctx, CONTRACT_VERSION_NAME);
}

/** A constant defined name's value (mdContractVersion, planLanguage), read by its name alone. */
export function loadConstantName(ctx: Excel.RequestContext, name: string): { value(): unknown } {
  const item = ctx.workbook.names.getItemOrNullObject(name).load("value");
  return { value: () => (item.isNullObject ? undefined : (item.value as unknown)) };
}

export async function readSnapshot(ctx: Excel.RequestContext, options: ReadOptions): Promise<{ snapshot: WorkbookSnapshot; syncs: number }> {
  const wb = ctx.workbook;
  const sheets = wb.worksheets.load("items/name");
  const tables = wb.tables.load("items/name");
  const names = wb.names.load("items/name");
  const version = loadContractVersion(ctx);
  const language = loadConstantName(ctx, LANGUAGE_NAME);
  await ctx.sync();
  let syncs = 1;

  const eager = (name: string) => options.eagerTables.some((n) => n.toLowerCase() === name.toLowerCase());
  const tableParts = tables.items.map((t) => ({
    table: t,
    sheet: t.worksheet.load("name"),
    header: t.getHeaderRowRange().load("values,rowIndex,columnIndex"),
    body: t.getDataBodyRange().load(eager(t.name) ? "rowCount,values" : "rowCount"),
    // Below the whole table (a totals row too), in its columns: a few rows, whatever the table's size.
    below: eager(t.name) ? t.getRange().getLastRow().getOffsetRange(1, 0).getResizedRange(ROWS_READ_BELOW - 1, 0).load("values,rowIndex") : undefined,
  }));
  const wanted = new Set(options.sheetNames.map((n) => n.toLowerCase()));
  const sheetParts = sheets.items
    .filter((s) => wanted.has(s.name.toLowerCase()))
    .map((s) => ({ sheet: s, used: s.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount"), protection: s.protection.load("protected") }));
  if (!tableParts.length && !sheetParts.length) {
    // A workbook with none of our sheets or any table: the first sync told us everything.
    return { snapshot: { sheets: sheets.items.map((s) => ({ name: s.name })), tables: [], names: names.items.map((n) => n.name), contractVersion: version.value(), language: language.value(), tableData: {} }, syncs };
  }
  await ctx.sync();
  syncs++;

  const tableSnaps: TableSnapshot[] = tableParts.map((p) => ({
    name: p.table.name,
    sheet: p.sheet.name,
    headers: (p.header.values[0] ?? []).map((h) => String(h)),
    row: p.header.rowIndex,
    col: p.header.columnIndex,
    rowCount: p.body.rowCount,
    ...(p.below ? { below: { row: p.below.rowIndex, values: p.below.values as CellValue[][] } } : {}),
  }));
  const sheetSnaps: SheetSnapshot[] = sheets.items.map((s) => {
    const part = sheetParts.find((p) => p.sheet === s);
    if (!part) return { name: s.name };
    const used = part.used.isNullObject ? null : { row: part.used.rowIndex, col: part.used.columnIndex, rows: part.used.rowCount, cols: part.used.columnCount };
    return { name: s.name, used, protected: part.protection.protected };
  });

  const tableData: Record<string, CellValue[][]> = {};
  tableParts.forEach((p, i) => {
    if (options.eagerTables.some((n) => n.toLowerCase() === tableSnaps[i].name.toLowerCase())) tableData[tableSnaps[i].name] = p.body.values as CellValue[][];
  });
  const blockNames = options.blockTables(tableSnaps.map((t) => t.name));
  const toRead = tableSnaps.filter((t) => !(t.name in tableData) && blockNames.some((n) => n.toLowerCase() === t.name.toLowerCase()));
  if (toRead.length) {
    const blocks = await readBlocks(ctx, toRead.map((t) => ({ sheet: t.sheet, row: t.row + 1, col: t.col, rowCount: t.rowCount, cols: t.headers.length })), false);
    syncs += blocks.syncs;
    toRead.forEach((t, i) => (tableData[t.name] = blocks.rows[i].values as CellValue[][]));
  }
  return { snapshot: { sheets: sheetSnaps, tables: tableSnaps, names: names.items.map((n) => n.name), contractVersion: version.value(), language: language.value(), tableData }, syncs };
}
