/** A laid-out sheet's tab colour, frozen panes, visibility and printed page, in exceljs terms. */
import type { Worksheet } from "exceljs";
import type { SheetLooks } from "../../model/layout/steps";
import { footerParts, titleRowsRef } from "../../model/spec/looks";
import { argb } from "./styles";

export function applySheetLooks(ws: Worksheet, looks: SheetLooks): void {
  ws.properties.tabColor = { argb: argb(looks.tabColor) };
  ws.views = [{ state: "frozen", ySplit: looks.freezeRows, xSplit: looks.freezeCols ?? 0 }];
  if (looks.hidden) ws.state = "hidden";
  const print = looks.print;
  if (!print) return;
  // fitToPage is the flag that makes Excel honour fitToWidth/fitToHeight; 0 pages tall: as many as needed.
  ws.pageSetup = { ...ws.pageSetup, orientation: print.orientation, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: titleRowsRef(print)?.replace(/\$/g, "") };
  const f = footerParts(print);
  ws.headerFooter = { ...ws.headerFooter, oddFooter: `&L${f.left}&C${f.center}&R${f.right}` };
}
