/**
 * Text the add-in writes must stay text: Excel turns a value starting with "=", "+", "-" or
 * "@" into a formula, so such text goes in behind Excel's text prefix (an apostrophe, which
 * Excel keeps out of the value).
 */
import type { CellValue } from "../../model/spec/types";

export function asTypedValue(v: CellValue | undefined): string | number | boolean {
  if (v === null || v === undefined) return "";
  if (typeof v === "string" && /^[=+\-@]/.test(v)) return `'${v}`;
  return v;
}

/** Column width in points from a width in characters (Calibri 11: about 7 px a character). */
export function widthPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75);
}
