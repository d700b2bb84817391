/** Where a Range points: a rectangle on one sheet (by the sheet's id, so a rename does not move it). */
import type { Rect } from "./address";

export interface RangeTarget {
  sheetId: string;
  rect: Rect;
}
