/**
 * Deleting cells: Range.delete with a shift up, and TableColumn.delete. Only what the add-in
 * needs is modelled, each as strictly as Excel or more:
 * - Range.delete("Up") moves every cell below the range, in the range's columns, up (Microsoft
 *   docs, Range.delete and DeleteShiftDirection). Rows of a table's body, across the table's
 *   full width, shrink the table, as "Delete Table Rows" does; a table below that lies wholly
 *   within the columns moves up with its cells; one that straddles them is refused with
 *   InsertDeleteConflict ("This won't work because it would move cells in a table on your
 *   worksheet"). Deleting every body row of a table is refused (⚠ unverified: Excel keeps one
 *   empty row; the add-in never needs it).
 * - TableColumn.delete removes the column and moves the table's columns to its right one left
 *   (⚠ unverified whether Excel also moves cells beyond the table's right edge: the double
 *   refuses when any stands there, so code that passes never depends on either answer).
 * - Merged areas below move up with their cells (merges.ts).
 * - Neither moves validation or conditional-format ranges (see index.ts: not modelled).
 */
import { type Rect, MAX_COLUMNS, MAX_ROWS, rectsIntersect } from "./address";
import { existingCells, hasContent, moveCells } from "./cells";
import { excelError } from "./errors";
import { shiftMergedUp } from "./merges";
import { assertUnprotected } from "./sheet-ops";
import type { SheetState, TableState, WorkbookState } from "./state";
import { tableRect, tableSheet, tablesOn } from "./table-model";

export function deleteCellsUp(state: WorkbookState, sheet: SheetState, rect: Rect, location: string): void {
  assertUnprotected(sheet, location);
  const below: Rect = { row: rect.row + rect.rowCount, column: rect.column, rowCount: MAX_ROWS - rect.row - rect.rowCount, columnCount: rect.columnCount };
  const shrinking: TableState[] = [];
  const moving: TableState[] = [];
  for (const t of tablesOn(state, sheet.name)) {
    const box = tableRect(t);
    const inColumns = box.column < rect.column + rect.columnCount && rect.column < box.column + box.columnCount;
    if (!inColumns) continue;
    const within = box.column >= rect.column && box.column + box.columnCount <= rect.column + rect.columnCount;
    if (rectsIntersect(box, rect)) {
      const bodyRows = rect.row > t.row && rect.row + rect.rowCount <= t.row + t.rowCount;
      const fullWidth = rect.column === t.column && rect.columnCount === t.columnCount;
      if (!bodyRows || !fullWidth) throw excelError("InsertDeleteConflict", `Deleting ${rect.rowCount} row(s) there would cut across table '${t.name}'.`, location);
      if (rect.rowCount >= t.rowCount - 1) throw excelError("InvalidArgument", `Deleting every body row of table '${t.name}' is not modelled.`, location);
      shrinking.push(t);
    } else if (rectsIntersect(box, below)) {
      if (!within) throw excelError("InsertDeleteConflict", `This won't work because it would move cells in table '${t.name}' on your worksheet.`, location);
      moving.push(t);
    }
  }
  const moveMerged = shiftMergedUp(sheet, rect, below, location);
  for (const { key } of existingCells(sheet, rect)) delete sheet.cells[key];
  moveCells(sheet, below, -rect.rowCount, 0);
  moveMerged();
  for (const t of shrinking) t.rowCount -= rect.rowCount;
  for (const t of moving) t.row -= rect.rowCount;
}

export function deleteTableColumn(state: WorkbookState, t: TableState, index: number, location: string): void {
  const sheet = tableSheet(state, t);
  assertUnprotected(sheet, location);
  if (t.columnCount === 1) throw excelError("InvalidArgument", `Table '${t.name}' has only this column.`, location);
  const right: Rect = { row: t.row, column: t.column + t.columnCount, rowCount: t.rowCount, columnCount: MAX_COLUMNS - t.column - t.columnCount };
  if (hasContent(sheet, right)) throw excelError("InvalidArgument", `Cells stand to the right of table '${t.name}'; deleting its column could move them (not modelled).`, location);
  for (const { key } of existingCells(sheet, { row: t.row, column: t.column + index, rowCount: t.rowCount, columnCount: 1 })) delete sheet.cells[key];
  moveCells(sheet, { row: t.row, column: t.column + index + 1, rowCount: t.rowCount, columnCount: t.columnCount - index - 1 }, 0, -1);
  t.columnCount -= 1;
  t.columnIds.splice(index, 1);
}
