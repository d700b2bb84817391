/**
 * Reads the contract's tables for the plan check: two syncs for their place and size, then one
 * per block of cells kept under the 5 MB response limit, whatever the number of rows.
 */
import { cellAddress, sheetPrefix } from "../../model/address";
import { TABLE_NAMES } from "../../model/contract";
import type { CellKind, PlanTables, ReadCell, ReadRow, ReadTable } from "../../model/check/plan-tables";
import { settingsFromSnapshot } from "../../model/layout/read-settings";
import { versionOf } from "./read-snapshot";
import { box } from "./range-box";

/** Values and their types travel together; 100,000 cells stay well under 5 MB for plan data. */
const BLOCK_CELLS = 100_000;

function kindOf(type: string, value: unknown): CellKind {
  if (value === "" || value === null || type === "Empty") return "empty";
  if (type === "Error") return "error";
  if (type === "Boolean") return "boolean";
  if (type === "Double" || type === "Integer") return "number";
  return "text";
}

export async function readPlanTables(ctx: Excel.RequestContext): Promise<{ data: PlanTables; syncs: number }> {
  const wanted = [...TABLE_NAMES, "tblSettings"];
  const all = ctx.workbook.tables.load("items/name");
  const names = ctx.workbook.names.load("items/name,items/value");
  await ctx.sync();
  const ours = all.items
    .map((t) => ({ table: t, contract: wanted.find((n) => n.toLowerCase() === t.name.toLowerCase()) }))
    .filter((x): x is { table: Excel.Table; contract: string } => Boolean(x.contract))
    .map((x) => ({
      ...x,
      sheet: x.table.worksheet.load("name"),
      header: x.table.getHeaderRowRange().load("values,rowIndex,columnIndex"),
      body: x.table.getDataBodyRange().load("rowCount,columnCount"),
    }));
  let syncs = 1;
  if (ours.length) {
    await ctx.sync();
    syncs++;
  }

  const reads: { part: (typeof ours)[number]; start: number; range: Excel.Range }[] = [];
  let cells = 0;
  for (const part of ours) {
    const cols = Math.max(1, part.body.columnCount);
    const rowsPerBlock = Math.max(1, Math.floor(BLOCK_CELLS / cols));
    for (let start = 0; start < part.body.rowCount; start += rowsPerBlock) {
      const count = Math.min(rowsPerBlock, part.body.rowCount - start);
      if (cells > 0 && cells + count * cols > BLOCK_CELLS) {
        await ctx.sync();
        syncs++;
        cells = 0;
      }
      const range = ctx.workbook.worksheets.getItem(part.sheet.name).getRange(box(part.header.rowIndex + 1 + start, part.header.columnIndex, count, cols)).load("values,valueTypes");
      reads.push({ part, start, range });
      cells += count * cols;
    }
  }
  if (cells > 0) {
    await ctx.sync();
    syncs++;
  }

  const tables: Record<string, ReadTable | undefined> = {};
  for (const part of ours) {
    const headers = (part.header.values[0] ?? []).map((h) => String(h));
    const prefix = sheetPrefix(part.sheet.name);
    const rows: ReadRow[] = [];
    for (const read of reads.filter((r) => r.part === part)) {
      read.range.values.forEach((values, i) => {
        const index = read.start + i;
        const row: Record<string, ReadCell> = {};
        headers.forEach((h, c) => {
          const kind = kindOf(String(read.range.valueTypes[i][c]), values[c]);
          row[h] = { kind, value: kind === "empty" ? null : (values[c] as ReadCell["value"]), address: `${prefix}${cellAddress(part.header.rowIndex + 1 + index, part.header.columnIndex + c)}` };
        });
        rows.push({ index, cells: row });
      });
    }
    tables[part.contract] = { name: part.table.name, sheet: part.sheet.name, headers, address: `${prefix}${cellAddress(part.header.rowIndex, part.header.columnIndex)}`, rows };
  }
  const settingsTable = tables["tblSettings"];
  const tableData = settingsTable ? { [settingsTable.name]: settingsTable.rows.map((r) => settingsTable.headers.map((h) => r.cells[h].value)) } : {};
  const located = settingsTable ? [{ name: settingsTable.name, sheet: settingsTable.sheet, headers: settingsTable.headers, row: 0, col: 0, rowCount: settingsTable.rows.length }] : [];
  const { settings, found } = settingsFromSnapshot({ sheets: [], tables: located, names: [], tableData });
  return { data: { tables, settings, settingsFound: found, contractVersion: versionOf(names.items) }, syncs };
}
