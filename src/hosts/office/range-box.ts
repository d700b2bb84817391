/**
 * An A1 address from 0-based indexes. Worksheet.getRangeByIndexes needs ExcelApi 1.7, above
 * the manifest's 1.4, so ranges are addressed the 1.1 way.
 */
import { rangeAddress } from "../../model/address";

export function box(row: number, col: number, rows: number, cols: number): string {
  return rangeAddress(row, col, Math.max(1, rows), Math.max(1, cols));
}
