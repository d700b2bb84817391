/**
 * Hidden columns (RangeFormat.columnHidden, ExcelApi 1.2) and column outline groups
 * (Range.group("ByColumns"), ExcelApi 1.10). Both act on whole columns, whatever rows the range
 * names (as Excel's Group command does for a selection of cells). Excel nests at most eight
 * outline levels; a ninth is refused (⚠ the code is unverified: InvalidOperation here).
 */
import type { Rect } from "./address";
import { excelError } from "./errors";
import type { SheetState } from "./state";

export const MAX_OUTLINE_LEVEL = 8;

function columnsOf(rect: Rect): number[] {
  return Array.from({ length: rect.columnCount }, (_, i) => rect.column + i);
}

export function groupColumns(sheet: SheetState, rect: Rect, location: string): void {
  const columns = columnsOf(rect);
  if (columns.some((c) => (sheet.columnOutline[c] ?? 0) >= MAX_OUTLINE_LEVEL)) {
    throw excelError("InvalidOperation", `Excel outlines at most ${MAX_OUTLINE_LEVEL} levels.`, location);
  }
  for (const c of columns) sheet.columnOutline[c] = (sheet.columnOutline[c] ?? 0) + 1;
}

export function setColumnsHidden(sheet: SheetState, rect: Rect, hidden: boolean): void {
  const others = sheet.hiddenColumns.filter((c) => c < rect.column || c >= rect.column + rect.columnCount);
  sheet.hiddenColumns = hidden ? [...others, ...columnsOf(rect)].sort((a, b) => a - b) : others;
}

/** true when every column of the range is hidden, false when none is, null for a mix (as Excel reads it). */
export function columnsHidden(sheet: SheetState, rect: Rect): boolean | null {
  const hidden = new Set(sheet.hiddenColumns);
  const count = columnsOf(rect).filter((c) => hidden.has(c)).length;
  return count === 0 ? false : count === rect.columnCount ? true : null;
}
