/** "C7:C9" -> ["C7", "C8", "C9"]: the cells a range covers, row by row (for marks over runs of cells). */
import { cellAddress, parseRange } from "../../src/model/address";

export function cellsOfRange(address: string): string[] {
  const r = parseRange(address);
  const out: string[] = [];
  for (let row = r.row; row < r.row + r.rows; row++) for (let col = r.col; col < r.col + r.cols; col++) out.push(cellAddress(row, col));
  return out;
}
