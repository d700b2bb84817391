/**
 * The contract's tables as exceljs reads them, cell by cell: how mdplan check read files before
 * it read packages itself, kept as an independent reading to compare the streaming reader with.
 */
import type { CellValue as ExcelJsValue, Workbook } from "exceljs";
import { cellAddress, sheetPrefix } from "../../src/model/address";
import { TABLE_NAMES } from "../../src/model/contract";
import type { CellKind, PlanTables, ReadCell, ReadTable } from "../../src/model/check/plan-tables";
import { settingsFromSnapshot } from "../../src/model/layout/read-settings";
import { plainValue } from "../../src/hosts/xlsx/cell-values";
import { locateTables } from "../../src/hosts/xlsx/tables";
import { constantNameValue, type RawName } from "../../src/hosts/xlsx/package-fixups";
import { CONTRACT_VERSION_NAME, LANGUAGE_NAME } from "../../src/model/settings";

function kindOf(raw: ExcelJsValue | undefined, value: ReturnType<typeof plainValue>): CellKind {
  if (raw && typeof raw === "object" && !(raw instanceof Date)) {
    if ("error" in raw) return "error";
    const result = (raw as { result?: unknown }).result;
    if (result && typeof result === "object" && "error" in result) return "error";
  }
  if (value === null || value === "") return "empty";
  if (typeof value === "number") return "number";
  if (typeof value === "boolean") return "boolean";
  return /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!)$/.test(value) && raw !== value ? "error" : "text";
}

/** `rawNames`: the file's defined names as read from its package (exceljs drops constants). */
export function readPlanTables(wb: Workbook, rawNames: RawName[] = []): PlanTables {
  const located = locateTables(wb);
  const tables: Record<string, ReadTable | undefined> = {};
  const wanted = [...TABLE_NAMES, "tblSettings"];
  for (const t of located) {
    const contractName = wanted.find((n) => n.toLowerCase() === t.name.toLowerCase());
    if (!contractName) continue;
    const ws = wb.getWorksheet(t.sheet)!;
    const prefix = sheetPrefix(t.sheet);
    const rows = [];
    for (let r = 0; r < t.rowCount; r++) {
      const row = ws.getRow(t.row + 2 + r);
      const cells: Record<string, ReadCell> = {};
      t.headers.forEach((h, c) => {
        const cell = row.getCell(t.col + 1 + c);
        // exceljs echoes a merged area's value into every cell of it; Excel keeps all but the first empty.
        const raw = cell.isMerged && cell.master !== cell ? null : cell.value;
        const value = plainValue(raw);
        const kind = kindOf(raw, value);
        cells[h] = { kind, value: kind === "empty" ? null : value, address: `${prefix}${cellAddress(t.row + 1 + r, t.col + c)}` };
      });
      rows.push({ index: r, cells });
    }
    tables[contractName] = { name: t.name, sheet: t.sheet, headers: t.headers, address: `${prefix}${cellAddress(t.row, t.col)}`, rows };
  }
  const language = constantNameValue(rawNames, LANGUAGE_NAME);
  const snapshot = { sheets: [], tables: located, names: [], language, tableData: {} as Record<string, ReturnType<typeof plainValue>[][]> };
  const settingsTable = tables["tblSettings"];
  if (settingsTable) snapshot.tableData[settingsTable.name] = settingsTable.rows.map((r) => settingsTable.headers.map((h) => r.cells[h].value));
  const { settings, found } = settingsFromSnapshot(snapshot);
  return { tables, settings, settingsFound: found, contractVersion: constantNameValue(rawNames, CONTRACT_VERSION_NAME), language };
}
