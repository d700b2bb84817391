/**
 * Walks the cells people type in, by the kind the workbook gives their column (date, money,
 * rating...). Calculated columns and the derived tables are left out: people do not type there.
 */
import { TABLE_NAMES } from "../contract";
import type { ColumnSpec } from "../spec/types";
import type { CheckContext, CheckRow, CheckTable } from "./context";
import type { ReadCell } from "./plan-tables";

export interface TypedCell {
  table: CheckTable;
  row: CheckRow;
  column: ColumnSpec;
  cell: ReadCell;
}

export function* typedCells(ctx: CheckContext, wanted: (column: ColumnSpec) => boolean): Generator<TypedCell> {
  for (const name of TABLE_NAMES) {
    const table = ctx.table(name);
    if (!table || table.info.derived) continue;
    const columns = table.info.columns.filter((c) => !c.formula && wanted(c) && table.has(c.header));
    for (const row of table.rows) {
      for (const column of columns) {
        const cell = row.cell(column.header);
        if (cell) yield { table, row, column, cell };
      }
    }
  }
}
