/** Reads what the model needs to plan a set-up from an exceljs workbook. */
import type { Workbook } from "exceljs";
import { ROWS_READ_BELOW, type TableSnapshot, type WorkbookSnapshot } from "../../model/layout/snapshot";
import { TABLES_TO_READ } from "../../model/layout/plan-setup";
import type { CellValue } from "../../model/spec/types";
import { hasContent, plainValue } from "./cell-values";
import { findTableModel, locateTables } from "./tables";
import { SETTINGS_TABLE } from "../../model/stages/settings-sheet";

export function readSnapshot(wb: Workbook, extraNames: string[] = []): WorkbookSnapshot {
  const tables = locateTables(wb);
  const sheets: WorkbookSnapshot["sheets"] = [];
  wb.eachSheet((ws) => {
    let minRow = Infinity, minCol = Infinity, maxRow = -1, maxCol = -1;
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (!hasContent(cell.value)) return;
        minRow = Math.min(minRow, r - 1);
        maxRow = Math.max(maxRow, r - 1);
        minCol = Math.min(minCol, c - 1);
        maxCol = Math.max(maxCol, c - 1);
      });
    });
    const used = maxRow < 0 ? null : { row: minRow, col: minCol, rows: maxRow - minRow + 1, cols: maxCol - minCol + 1 };
    sheets.push({ name: ws.name, used, protected: Boolean((ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet) });
  });
  const names = [...wb.definedNames.model.map((n) => n.name), ...extraNames];
  const tableData: Record<string, CellValue[][]> = {};
  for (const t of tables) {
    if (!TABLES_TO_READ.some((n) => n.toLowerCase() === t.name.toLowerCase())) continue;
    const ws = wb.getWorksheet(t.sheet)!;
    const rows: CellValue[][] = [];
    for (let r = 0; r < t.rowCount; r++) {
      const row = ws.getRow(t.row + 2 + r);
      rows.push(t.headers.map((_, c) => plainValue(row.getCell(t.col + 1 + c).value)));
    }
    tableData[t.name] = rows;
  }
  const settings = tables.find((t) => t.name.toLowerCase() === SETTINGS_TABLE.toLowerCase());
  if (settings) settings.below = cellsBelow(wb, settings);
  return { sheets, tables, names, tableData };
}

/**
 * The ROWS_READ_BELOW rows right below a table, in its columns, as the Office host reads them: a
 * formula showing "" is not blank. Undefined below a totals row (rows are not added above one here).
 */
function cellsBelow(wb: Workbook, t: TableSnapshot): TableSnapshot["below"] {
  if (findTableModel(wb, t.name)?.model.totalsRow) return undefined;
  const ws = wb.getWorksheet(t.sheet)!;
  const row = t.row + 1 + t.rowCount;
  const values: CellValue[][] = [];
  // findRow and findCell: reading must not make rows and cells that exceljs would then write.
  for (let r = 0; r < ROWS_READ_BELOW; r++) {
    const cells = ws.findRow(row + 1 + r);
    values.push(t.headers.map((_, c) => {
      const v = cells?.findCell(t.col + 1 + c)?.value;
      if (!hasContent(v)) return "";
      const plain = plainValue(v);
      return plain === "" || plain === null ? "(formula)" : plain;
    }));
  }
  return { row, values };
}
