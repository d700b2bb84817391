/** Looks of the cells the add-in writes outside tables, in exceljs terms. */
import type { Cell } from "exceljs";
import type { TextCell } from "../../model/spec/types";
import { FONT_NAME } from "../../model/spec/looks";

export function argb(hex: string): string {
  return `FF${hex.replace("#", "").toUpperCase()}`;
}

export function styleCell(cell: Cell, style: TextCell["style"]): void {
  switch (style) {
    case "title":
      cell.font = { name: FONT_NAME, bold: true, size: 16, color: { argb: argb("#203864") } };
      break;
    case "guidance":
      cell.font = { name: FONT_NAME, italic: true, size: 10, color: { argb: argb("#404040") } };
      break;
    case "caption":
      cell.font = { name: FONT_NAME, bold: true, size: 12, color: { argb: argb("#1F4E79") } };
      break;
    case "label":
      cell.font = { name: FONT_NAME, size: 11 };
      break;
    case "kpi":
      cell.font = { name: FONT_NAME, bold: true, size: 14 };
      break;
    default:
      break;
  }
}
