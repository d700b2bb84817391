/** Marks a table's columns by role (typed, calculated, helper) and wraps headers and long text, in exceljs terms. */
import type { Worksheet } from "exceljs";
import { FONT_NAME, HEADER_ROW_HEIGHT, roleLook, wrappedRowHeight, wraps } from "../../model/spec/looks";
import type { ColumnSpec, TableSpec } from "../../model/spec/types";
import { argb } from "./styles";

/**
 * `columns` are the table's columns to mark, each at its 0-based sheet column; `row` is the
 * header row (0-based) and `rows` the body rows below it.
 */
export function applyColumnLooks(ws: Worksheet, table: Pick<TableSpec, "derived">, row: number, rows: number, columns: { column: ColumnSpec; col: number }[]): void {
  const header = ws.getRow(row + 1);
  // A header on two lines is read whole; Excel keeps the height when the row is not auto-fitted.
  if (!header.height || header.height < HEADER_ROW_HEIGHT) header.height = HEADER_ROW_HEIGHT;
  let grouped = false;
  for (const { column, col } of columns) {
    const look = roleLook(table, column);
    const head = ws.getCell(row + 1, col + 1);
    head.alignment = { wrapText: true, vertical: "top" };
    head.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(look.header.fill) } };
    head.font = { name: FONT_NAME, size: 11, bold: true, color: { argb: argb(look.header.font) } };
    for (let r = 0; r < rows; r++) {
      const cell = ws.getCell(row + 2 + r, col + 1);
      if (look.bodyFill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(look.bodyFill) } };
      if (wraps(table, column)) cell.alignment = { wrapText: true, vertical: "top" };
    }
    if (look.hidden) {
      const c = ws.getColumn(col + 1);
      c.outlineLevel = 1;
      c.hidden = true;
      grouped = true;
    }
  }
  // Without the sheet's outline level Excel draws no + to show the group.
  if (grouped) ws.properties.outlineLevelCol = Math.max(1, ws.properties.outlineLevelCol ?? 0);
}

/** Body rows as tall as their wrapped long text (the rows written now; Excel fits rows typed later). */
export function fitRowHeights(ws: Worksheet, table: TableSpec, row: number, rows: number, col: number): void {
  const wrapped = table.columns.map((column, ci) => ({ column, ci })).filter(({ column }) => wraps(table, column));
  if (!wrapped.length) return;
  for (let r = 0; r < rows; r++) {
    const texts = wrapped.map(({ column, ci }) => {
      const value = ws.getCell(row + 2 + r, col + ci + 1).value;
      return { text: typeof value === "string" ? value : "", width: column.width };
    });
    const height = wrappedRowHeight(texts);
    const sheetRow = ws.getRow(row + 2 + r);
    if (height && (!sheetRow.height || sheetRow.height < height)) sheetRow.height = height;
  }
}
