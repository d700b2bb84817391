/**
 * Reads the contract's tables for the plan check: two syncs for their place and size, then one
 * per block of rows kept under the 5 MB response limit by bytes (read-blocks.ts).
 */
import { cellAddress, sheetPrefix } from "../../model/address";
import { TABLE_NAMES } from "../../model/contract";
import type { CellKind, PlanTables, ReadCell, ReadRow, ReadTable } from "../../model/check/plan-tables";
import { settingsFromSnapshot } from "../../model/layout/read-settings";
import { loadConstantName, loadContractVersion } from "./read-snapshot";
import { LANGUAGE_NAME } from "../../model/settings";
import { readBlocks } from "./read-blocks";

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
  const version = loadContractVersion(ctx);
  const language = loadConstantName(ctx, LANGUAGE_NAME);
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

  const blocks = await readBlocks(
    ctx,
    ours.map((p) => ({ sheet: p.sheet.name, row: p.header.rowIndex + 1, col: p.header.columnIndex, rowCount: p.body.rowCount, cols: Math.max(1, p.body.columnCount) })),
    true,
  );
  syncs += blocks.syncs;

  const tables: Record<string, ReadTable | undefined> = {};
  for (const [p, part] of ours.entries()) {
    const headers = (part.header.values[0] ?? []).map((h) => String(h));
    const prefix = sheetPrefix(part.sheet.name);
    const rows: ReadRow[] = [];
    const read = blocks.rows[p];
    read.values.forEach((values, index) => {
      const row: Record<string, ReadCell> = {};
      headers.forEach((h, c) => {
        const kind = kindOf(String(read.valueTypes![index][c]), values[c]);
        row[h] = { kind, value: kind === "empty" ? null : (values[c] as ReadCell["value"]), address: `${prefix}${cellAddress(part.header.rowIndex + 1 + index, part.header.columnIndex + c)}` };
      });
      rows.push({ index, cells: row });
    });
    tables[part.contract] = { name: part.table.name, sheet: part.sheet.name, headers, address: `${prefix}${cellAddress(part.header.rowIndex, part.header.columnIndex)}`, rows };
  }
  const settingsTable = tables["tblSettings"];
  const tableData = settingsTable ? { [settingsTable.name]: settingsTable.rows.map((r) => settingsTable.headers.map((h) => r.cells[h].value)) } : {};
  const located = settingsTable ? [{ name: settingsTable.name, sheet: settingsTable.sheet, headers: settingsTable.headers, row: 0, col: 0, rowCount: settingsTable.rows.length }] : [];
  const { settings, found } = settingsFromSnapshot({ sheets: [], tables: located, names: [], tableData, language: language.value() });
  return { data: { tables, settings, settingsFound: found, contractVersion: version.value(), language: language.value() }, syncs };
}
