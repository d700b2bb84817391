/**
 * Cached results for the formulas of the plan's sheets, so a viewer that does not recalculate
 * (Quick Look, mail previews, phones, openpyxl's data_only, pandas) shows the figures. This
 * presents exceljs's cells, tables and defined names to the model's evaluator (model/calc) and
 * sets each formula cell's result; a formula the evaluator cannot be sure of gets none (see
 * model/calc/calculate.ts). The workbook still asks Excel to recalculate on opening.
 */
import type { Cell, CellFormulaValue, CellValue, Workbook, Worksheet } from "exceljs";
import { parseRange } from "../../model/address";
import { cellKey, type CalcBook, type CalcName, type CalcTable, type CellInput } from "../../model/calc/book";
import { calculate, type CalcResults } from "../../model/calc/calculate";
import { calcError, ERROR_CODES, isError, type ErrorCode, type Scalar } from "../../model/calc/values";
import { serialOfDate, todaySerial } from "../../model/dates";
import { tableModels } from "./tables";

export interface CachedResultsOptions {
  /** The sheets whose formulas get results (the plan's); by default every sheet. */
  sheets?: string[];
  /** Sheets exceljs saw emptied (a user's sheets in a refresh): what reads them gets no value. */
  unloaded?: string[];
  /** Names exceljs does not hold (constants, structured references), as "name" and what it refers to. */
  extraNames?: CalcName[];
  today?: number;
}

/** A marker the evaluator cannot parse: the cell then has no known value. */
const UNKNOWN: CellInput = { formula: "{not known}" };

function input(cell: Cell): CellInput | undefined {
  const v = cell.value as CellValue;
  if (v === null || v === undefined || cell.type === 1 /* a cell under a merged area reads blank */) return undefined;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return serialOfDate(v);
  if ("formula" in v || "sharedFormula" in v) {
    // Array formulas fill a range Excel computes as one: left to Excel.
    if ((v as { shareType?: string }).shareType === "array") return UNKNOWN;
    return { formula: cell.formula };
  }
  if ("richText" in v) return v.richText.map((t) => t.text).join("");
  if ("error" in v) return ERROR_CODES.includes(v.error as ErrorCode) ? calcError(v.error as ErrorCode) : UNKNOWN;
  if ("text" in v && typeof v.text === "string") return v.text;
  return UNKNOWN;
}

function tablesOf(ws: Worksheet): CalcTable[] {
  const out: CalcTable[] = [];
  for (const t of tableModels(ws)) {
    if (!t || typeof t.name !== "string" || !Array.isArray(t.columns)) continue;
    let box;
    try {
      box = parseRange(t.tableRef ?? t.ref ?? "");
    } catch {
      continue;
    }
    const headerRow = t.headerRow !== false;
    const totalsRow = Boolean(t.totalsRow);
    out.push({ name: t.name, sheet: ws.name, row: box.row, col: box.col, headers: t.columns.map((c) => String(c?.name ?? "")), bodyRows: box.rows - (headerRow ? 1 : 0) - (totalsRow ? 1 : 0), headerRow, totalsRow });
  }
  return out;
}

export function bookOf(wb: Workbook, options: CachedResultsOptions = {}): CalcBook {
  const unloaded = new Set((options.unloaded ?? []).map((s) => s.toLowerCase()));
  const book: CalcBook = { sheets: [], tables: [], names: [] };
  wb.eachSheet((ws) => {
    // Read from exceljs as asked (a copy of a 50,000-row plan's cells would cost hundreds of MB).
    const formulas: number[] = [];
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.type === 6) formulas.push(cellKey(Number(cell.row) - 1, Number(cell.col) - 1));
      }),
    );
    const cells = {
      get: (key: number) => {
        const cell = ws.findCell(Math.floor(key / 16384) + 1, (key % 16384) + 1);
        return cell ? input(cell) : undefined;
      },
      keys: () => formulas,
    };
    book.sheets.push({ name: ws.name, known: !unloaded.has(ws.name.toLowerCase()), cells });
    book.tables.push(...tablesOf(ws));
  });
  const seen = new Set<string>();
  for (const n of [...wb.definedNames.model.map((d) => ({ name: d.name, formula: d.ranges.length === 1 ? d.ranges[0] : "{several ranges}" })), ...(options.extraNames ?? [])]) {
    if (seen.has(n.name.toLowerCase())) continue;
    seen.add(n.name.toLowerCase());
    book.names.push(n);
  }
  return book;
}

function result(v: Scalar): CellFormulaValue["result"] {
  if (isError(v)) return { error: v.code as never };
  return v as CellFormulaValue["result"];
}

/** Sets the result of every formula cell of `options.sheets`; returns what the evaluator found. */
export function writeCachedResults(wb: Workbook, options: CachedResultsOptions = {}): CalcResults {
  const results = calculate(bookOf(wb, options), { today: options.today ?? todaySerial() });
  const wanted = options.sheets ? new Set(options.sheets.map((s) => s.toLowerCase())) : undefined;
  wb.eachSheet((ws) => {
    if (wanted && !wanted.has(ws.name.toLowerCase())) return;
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const v = cell.value as CellFormulaValue | null;
        if (!v || typeof v !== "object" || !("formula" in v || "sharedFormula" in v)) return;
        const r = results.value(ws.name, Number(cell.row) - 1, Number(cell.col) - 1);
        // No value known: none written, not even the one the file came with, which may be stale.
        const { result: _old, ...rest } = v;
        cell.value = (r === undefined ? rest : { ...rest, result: result(r) }) as CellValue;
      }),
    );
  });
  return results;
}
