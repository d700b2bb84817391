/**
 * Opens a corpus file "in Excel": its sheets, cells, tables, defined names, hidden sheets and
 * protection are loaded into the in-memory Excel double, so the Office host meets the same
 * workbook the .xlsx host does. Styles, lists and conditional formats are not carried over: the
 * add-in re-applies its own, and nobody types them. Totals rows are not modelled by the double;
 * merged cells are (merges.ts), but not loaded here: the corpus merges cells inside a table, which
 * Excel itself cannot hold, so their cells load as plain cells. Formulas keep the result the file saved, as
 * Excel shows it on opening.
 */
import type ExcelJS from "exceljs";
import { isSheetScoped, rawNameText } from "../../src/hosts/xlsx/package-fixups";
import { openWorkbook } from "../../src/hosts/xlsx/read-workbook";
import { locateTables } from "../../src/hosts/xlsx/tables";
import { cellKey } from "../../src/excel-double/address";
import { createExcelDouble, type ExcelDouble } from "../../src/excel-double";
import type { CellData, SheetState } from "../../src/excel-double/state";
import { addSheetState } from "../../src/excel-double/state";
import { createTable } from "../../src/excel-double/table-ops";
import { serialOfDate } from "../../src/model/dates";

function cellResult(r: unknown): CellData["value"] | undefined {
  if (r === null || r === undefined) return undefined;
  if (typeof r === "number" || typeof r === "string" || typeof r === "boolean") return r;
  if (r instanceof Date) return serialOfDate(r);
  if (typeof r === "object" && "error" in r) return String((r as { error: unknown }).error);
  return undefined;
}

function cellData(cell: ExcelJS.Cell): CellData | undefined {
  const v = cell.value;
  const numberFormat = cell.numFmt || "General";
  if (v === null || v === undefined || v === "") return undefined;
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "string") return { value: v, numberFormat };
  if (v instanceof Date) return { value: serialOfDate(v), numberFormat };
  if (("formula" in v && v.formula) || "sharedFormula" in v) {
    // The result the file carries is what Excel shows (and reads back) until it recalculates.
    const result = cellResult((v as { result?: unknown }).result);
    return { value: "", formula: `=${cell.formula}`, numberFormat, ...(result === undefined ? {} : { result }) };
  }
  if ("error" in v) return { value: String(v.error), numberFormat };
  if ("richText" in v) return { value: v.richText.map((r) => r.text).join(""), numberFormat };
  if ("text" in v) return { value: String(v.text), numberFormat };
  return undefined;
}

function loadSheet(sheet: SheetState, ws: ExcelJS.Worksheet): void {
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // Merged cells other than the top-left one echo its value in exceljs; Excel keeps them empty.
      if (cell.isMerged && cell.master !== cell) return;
      const data = cellData(cell);
      if (data) sheet.cells[cellKey(rowNumber - 1, colNumber - 1)] = data;
    });
  });
  if (ws.state === "hidden") sheet.visibility = "Hidden";
  if (ws.state === "veryHidden") sheet.visibility = "VeryHidden";
  sheet.protected = Boolean((ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet);
}

export async function loadIntoDouble(bytes: Uint8Array): Promise<ExcelDouble> {
  const { workbook, rawNames } = await openWorkbook("corpus.xlsx", bytes);
  const double = createExcelDouble();
  const state = double.state;
  state.sheets = [];
  workbook.eachSheet((ws) => loadSheet(addSheetState(state, ws.name), ws));
  if (!state.sheets.length) addSheetState(state, "Sheet1");
  state.activeSheet = state.sheets[0].name;
  for (const t of locateTables(workbook)) {
    const sheet = state.sheets.find((s) => s.name === t.sheet)!;
    const wasProtected = sheet.protected;
    sheet.protected = false;
    createTable(state, sheet, { row: t.row, column: t.col, rowCount: t.rowCount + 1, columnCount: t.headers.length }, true, "load").name = t.name;
    sheet.protected = wasProtected;
  }
  // Worksheet-scoped names are not modelled; the plan has none.
  for (const n of rawNames) if (!isSheetScoped(n)) state.names.push({ name: n.name, formula: `=${rawNameText(n)}`, comment: "", visible: true });
  return double;
}
