/**
 * "Download .xlsx" in the preview: the in-memory workbook's settings and the rows typed into its
 * plan tables, written as a new plan file by the .xlsx host (the same code as `mdplan new`), in the
 * browser. A small adapter, not a copy of the double: sheets or cells outside the plan's tables,
 * formats and marks are not carried over, and derived tables are computed afresh from the rows.
 */
import { newPlanWorkbook } from "../hosts/xlsx/plan-file";
import { TABLE_NAMES } from "../model/contract";
import { DERIVED_TABLES } from "../model/derived/registry";
import type { CellValue, TableRow } from "../model/spec/types";
import { DEFAULT_SETTINGS, type PlanSettings } from "../model/settings";
import type { PlanData } from "../model/workbook";
import type { ExcelDouble } from "../excel-double";
import { cellAddress } from "../model/address";

const DERIVED = new Set(DERIVED_TABLES.map((d) => d.name.toLowerCase()));

/** The typed rows of every plan table in the double: formula cells (computed columns) and empty rows left out. */
export function planDataOf(double: ExcelDouble): PlanData {
  const data: PlanData = {};
  for (const t of double.state.tables) {
    const name = TABLE_NAMES.find((n) => n.toLowerCase() === t.name.toLowerCase());
    if (!name || DERIVED.has(name.toLowerCase())) continue;
    const sheet = double.state.sheets.find((s) => s.name === t.sheet);
    if (!sheet) continue;
    const headers = Array.from({ length: t.columnCount }, (_, c) => String(sheet.cells[cellAddress(t.row, t.column + c)]?.value ?? ""));
    const rows: TableRow[] = [];
    for (const grid of double.tableRows(t.name)) {
      const row: TableRow = {};
      let filled = false;
      grid.forEach((v, c) => {
        const typed = typeof v === "string" && v.startsWith("=") ? null : (v as CellValue);
        if (typed !== null && typed !== "") filled = true;
        row[headers[c]] = typed === "" ? null : typed;
      });
      if (filled) rows.push(row);
    }
    if (rows.length) data[name] = rows;
  }
  return data;
}

export async function workbookBytes(double: ExcelDouble, settings: PlanSettings | undefined): Promise<{ bytes: Uint8Array; fileName: string }> {
  const s = settings ?? DEFAULT_SETTINGS;
  const { bytes } = await newPlanWorkbook(s, planDataOf(double));
  const base = (s.title || "md-plan").replace(/[^\p{L}\p{N} _.&-]+/gu, "").trim() || "md-plan";
  return { bytes, fileName: `${base}.xlsx` };
}

/** Hands the bytes to the browser as a download. */
export function saveBytes(bytes: Uint8Array, fileName: string): void {
  const blob = new Blob([bytes as BlobPart], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}
