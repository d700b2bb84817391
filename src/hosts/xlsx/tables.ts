/**
 * Where tables are in an exceljs workbook. exceljs's own table mutators rewrite cells from an
 * in-memory row list that a loaded file does not have, so we change table models directly and
 * write cells ourselves.
 */
import type { Workbook, Worksheet } from "exceljs";
import { parseRange, rangeAddress } from "../../model/address";
import type { TableSnapshot } from "../../model/layout/snapshot";

export interface TableModel {
  name: string;
  displayName?: string;
  ref?: string;
  tableRef?: string;
  autoFilterRef?: string;
  headerRow?: boolean;
  totalsRow?: boolean;
  columns: { name: string; filterButton?: boolean }[];
}

interface TableHandle {
  table: TableModel;
}

export function tableModels(ws: Worksheet): TableModel[] {
  const tables = (ws as unknown as { tables?: Record<string, TableHandle> }).tables ?? {};
  return Object.values(tables).map((t) => t.table);
}

export function locateTables(wb: Workbook): TableSnapshot[] {
  const out: TableSnapshot[] = [];
  wb.eachSheet((ws) => {
    for (const t of tableModels(ws)) {
      // A damaged table part may lack its name, range or column names: such a table is not ours.
      if (!t || typeof t.name !== "string" || !t.name || !Array.isArray(t.columns)) continue;
      let box;
      try {
        box = parseRange(t.tableRef ?? t.ref ?? "");
      } catch {
        continue;
      }
      const hasTotals = Boolean(t.totalsRow);
      out.push({
        name: t.name,
        sheet: ws.name,
        headers: t.columns.map((c) => String(c?.name ?? "")),
        row: box.row,
        col: box.col,
        rowCount: Math.max(1, box.rows - 1 - (hasTotals ? 1 : 0)),
      });
    }
  });
  return out;
}

export function findTableModel(wb: Workbook, name: string): { ws: Worksheet; model: TableModel } | undefined {
  let found: { ws: Worksheet; model: TableModel } | undefined;
  wb.eachSheet((ws) => {
    for (const model of tableModels(ws)) if (typeof model?.name === "string" && model.name.toLowerCase() === name.toLowerCase()) found = { ws, model };
  });
  return found;
}

/** Sets a table's extent; the header row stays where it is. */
export function setTableBox(model: TableModel, row: number, col: number, bodyRows: number, cols: number): void {
  const ref = rangeAddress(row, col, bodyRows + 1, cols);
  model.tableRef = ref;
  model.autoFilterRef = ref;
  model.ref = rangeAddress(row, col, 1, 1);
}
