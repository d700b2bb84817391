/**
 * Merged cells (Range.merge, ExcelApi 1.2) and the rules other operations meet around them. Each
 * as strictly as Excel or more (⚠ where Microsoft's documentation says nothing, the double refuses):
 * - merge keeps the top-left cell's value and empties the others (Excel: "Merging cells only
 *   keeps the upper-left value"); `across` merges each row of the range on its own; a merged area
 *   partly inside the range is refused (⚠ Excel's UI widens the selection instead).
 * - merging cells of a table is refused, and a table over merged cells too: "A table can't
 *   overlap ... merged cells" (seen as InvalidArgument; Excel's error table also lists
 *   MergedRangeConflict: code under test must treat both alike).
 * - writing a value into a cell a merged area hides (not its top-left) is refused ⚠ (InvalidOperation).
 * - deleting cells with a shift up moves merged areas below that lie wholly within the deleted
 *   columns; one that the deleted range cuts or that straddles its columns is refused ⚠
 *   (InvalidOperation: Excel's UI says "We can't do that to a merged cell").
 */
import { type Rect, formatRect, parseAddress, rectContains, rectsIntersect } from "./address";
import { pruneCell, shapeInput } from "./cells";
import { excelError } from "./errors";
import type { SheetState, WorkbookState } from "./state";
import { tableRect, tablesOn } from "./table-model";

export function mergedRects(sheet: SheetState): Rect[] {
  return sheet.merged.map((a) => parseAddress(a)!.rect);
}

/** Tables and merged cells never overlap (tables.add, rows.add, columns.add over merged cells). */
export function assertNoMergedCells(sheet: SheetState, rect: Rect, location: string): void {
  const hit = mergedRects(sheet).find((m) => rectsIntersect(m, rect));
  if (hit) throw excelError("InvalidArgument", `A table can't overlap merged cells (${formatRect(hit)}).`, location);
}

export function mergeCells(state: WorkbookState, sheet: SheetState, rect: Rect, across: boolean, location: string): void {
  for (const t of tablesOn(state, sheet.name)) {
    if (rectsIntersect(tableRect(t), rect)) throw excelError("InvalidArgument", `Cells of table '${t.name}' can't be merged.`, location);
  }
  const existing = mergedRects(sheet);
  for (const m of existing) {
    if (rectsIntersect(m, rect) && !rectContains(rect, m)) {
      throw excelError("InvalidArgument", `The range ${formatRect(rect)} cuts the merged area ${formatRect(m)}.`, location);
    }
  }
  const areas = across
    ? Array.from({ length: rect.rowCount }, (_, i) => ({ ...rect, row: rect.row + i, rowCount: 1 }))
    : [rect];
  const kept = existing.filter((m) => !rectContains(rect, m));
  for (const area of areas) {
    if (area.rowCount * area.columnCount < 2) continue;
    for (let r = area.row; r < area.row + area.rowCount; r++) {
      for (let c = area.column; c < area.column + area.columnCount; c++) {
        if (r === area.row && c === area.column) continue;
        const key = formatRect({ row: r, column: c, rowCount: 1, columnCount: 1 });
        const cell = sheet.cells[key];
        if (cell) {
          cell.value = "";
          delete cell.formula;
          delete cell.result;
          pruneCell(sheet, key);
        }
      }
    }
    kept.push(area);
  }
  sheet.merged = kept.map((m) => formatRect(m));
}

export function unmergeCells(sheet: SheetState, rect: Rect): void {
  sheet.merged = sheet.merged.filter((a) => !rectsIntersect(parseAddress(a)!.rect, rect));
}

/** A value written into a cell that a merged area hides (anything but its top-left cell) is refused. */
export function assertNotIntoMerged(sheet: SheetState, rect: Rect, input: unknown, location: string): void {
  if (!sheet.merged.length) return;
  const at = shapeInput(rect, input, location);
  for (const m of mergedRects(sheet)) {
    if (!rectsIntersect(m, rect)) continue;
    for (let r = Math.max(m.row, rect.row); r < Math.min(m.row + m.rowCount, rect.row + rect.rowCount); r++) {
      for (let c = Math.max(m.column, rect.column); c < Math.min(m.column + m.columnCount, rect.column + rect.columnCount); c++) {
        if (r === m.row && c === m.column) continue;
        const v = at(r - rect.row, c - rect.column);
        if (v !== null && v !== "") {
          throw excelError("InvalidOperation", `${formatRect({ row: r, column: c, rowCount: 1, columnCount: 1 })} is hidden by the merged area ${formatRect(m)}.`, location);
        }
      }
    }
  }
}

/** Range.delete("Up"): merged areas below move up with their cells; any other one in the way is refused. */
export function shiftMergedUp(sheet: SheetState, rect: Rect, below: Rect, location: string): () => void {
  const moving: Rect[] = [];
  for (const m of mergedRects(sheet)) {
    if (rectsIntersect(m, rect)) throw excelError("InvalidOperation", `We can't do that to a merged cell (${formatRect(m)}).`, location);
    if (!rectsIntersect(m, below)) continue;
    const within = m.column >= rect.column && m.column + m.columnCount <= rect.column + rect.columnCount;
    if (!within) throw excelError("InvalidOperation", `We can't do that to a merged cell (${formatRect(m)}).`, location);
    moving.push(m);
  }
  return () => {
    sheet.merged = mergedRects(sheet).map((m) => formatRect(moving.some((x) => x.row === m.row && x.column === m.column) ? { ...m, row: m.row - rect.rowCount } : m));
  };
}
