/**
 * Cell storage and Excel's input rules: how written values become numbers, booleans, dates or
 * formulas, and what reads return. A write is validated completely before any cell changes, so a
 * rejected command leaves its range untouched.
 */
import { type Rect, cellCount, cellKey, isWholeColumns, isWholeRows, parseCellKey, containsCell } from "./address";
import { excelError } from "./errors";
import { dateToSerial, displayText } from "./number-format";
import type { CellData, CellValue, SheetState } from "./state";

export const MAX_CELL_CHARS = 32_767;
export const MAX_FORMULA_CHARS = 8_192;
const GENERAL = "General";

export const ERROR_LITERALS = new Set([
  "#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!",
  "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!",
]);

export type GridKind = "values" | "formulas" | "numberFormat";
export type ReadKind = GridKind | "text" | "valueTypes";

interface Parsed {
  value: CellValue;
  formula?: string;
  /** Excel picks a format when typed input implies one ("12%", "2025-03-01") and the cell is General. */
  impliedFormat?: string;
}

function formulaOf(text: string, location: string): Parsed {
  if (text.length > MAX_FORMULA_CHARS) throw excelError("InvalidArgument", "The formula is too long.", location);
  return { value: "", formula: text };
}

/** Typed-input parsing: what Excel does with a string entered into a General cell. */
function parseText(text: string, numberFormat: string, location: string): Parsed {
  if (text.length > MAX_CELL_CHARS) throw excelError("InvalidArgument", "Text exceeds 32,767 characters.", location);
  // A leading apostrophe is Excel's quote prefix, in any number format: the rest is kept as text
  // and the apostrophe is not part of the value.
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (numberFormat === "@") return { value: text };
  if (text.startsWith("=") && text.length > 1) return formulaOf(text, location);
  const t = text.trim();
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t)) return { value: Number(t) };
  const grouped = /^([+-]?)(\d{1,3}(?:,\d{3})+)(\.\d+)?$/.exec(t);
  if (grouped) {
    return { value: Number(grouped[1] + grouped[2].replace(/,/g, "") + (grouped[3] ?? "")), impliedFormat: grouped[3] ? "#,##0.00" : "#,##0" };
  }
  const percent = /^([+-]?(?:\d+\.?\d*|\.\d+))%$/.exec(t);
  if (percent) {
    return { value: Number(percent[1]) / 100, impliedFormat: percent[1].includes(".") ? "0.00%" : "0%" };
  }
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (iso) {
    const [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    const date = new Date(Date.UTC(y, m - 1, d));
    if (date.getUTCMonth() === m - 1 && date.getUTCDate() === d) return { value: dateToSerial(y, m, d), impliedFormat: "m/d/yyyy" };
  }
  // en-US dates as typed: "3/4" is 4 March of this year, "3/4/27" and "3/4/2027" with a year
  // (two-digit years 00-29 are 20xx, 30-99 are 19xx, as Windows' default cut-off has it).
  const slashed = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{2}|\d{4}))?$/.exec(t);
  if (slashed) {
    const [m, d] = [Number(slashed[1]), Number(slashed[2])];
    const yy = slashed[3] === undefined ? new Date().getUTCFullYear() : Number(slashed[3]);
    const y = slashed[3]?.length === 2 ? (yy < 30 ? 2000 + yy : 1900 + yy) : yy;
    const date = new Date(Date.UTC(y, m - 1, d));
    if (m >= 1 && date.getUTCMonth() === m - 1 && date.getUTCDate() === d) return { value: dateToSerial(y, m, d), impliedFormat: slashed[3] === undefined ? "d-mmm" : "m/d/yyyy" };
  }
  if (/^(true|false)$/i.test(t)) return { value: t.toLowerCase() === "true" };
  // Typing "-x" or "+x" in Excel starts a formula.
  if ((text.startsWith("+") || text.startsWith("-")) && text.length > 1) return formulaOf(`=${text}`, location);
  return { value: text };
}

function parseInput(raw: unknown, kind: "values" | "formulas", numberFormat: string, location: string): Parsed {
  if (typeof raw === "number") {
    if (!Number.isFinite(raw)) throw excelError("InvalidArgument", `Cannot write ${raw} to a cell.`, location);
    return { value: raw };
  }
  if (typeof raw === "boolean") return { value: raw };
  if (typeof raw === "string") {
    if (kind === "formulas" && raw.startsWith("=") && raw.length > 1) return formulaOf(raw, location);
    return parseText(raw, numberFormat, location);
  }
  throw excelError("InvalidArgument", `Cells take numbers, strings or booleans, not ${describe(raw)}.`, location);
}

function describe(raw: unknown): string {
  if (raw === undefined) return "undefined";
  if (Array.isArray(raw)) return "an array";
  return typeof raw;
}

export function getCell(sheet: SheetState, row: number, column: number): CellData | undefined {
  return sheet.cells[cellKey(row, column)];
}

function ensureCell(sheet: SheetState, key: string): CellData {
  let cell = sheet.cells[key];
  if (!cell) {
    cell = { value: "", numberFormat: GENERAL };
    sheet.cells[key] = cell;
  }
  return cell;
}

/** Keeps storage sparse: a cell with nothing in it is removed. */
export function pruneCell(sheet: SheetState, key: string): void {
  const cell = sheet.cells[key];
  if (!cell) return;
  const hasFormat = cell.format !== undefined && Object.keys(cell.format).length > 0;
  if (cell.value === "" && cell.formula === undefined && cell.numberFormat === GENERAL && !hasFormat) delete sheet.cells[key];
}

/** Cells of a rectangle that exist, cheaply for both small rectangles and whole columns. */
export function existingCells(sheet: SheetState, rect: Rect): Array<{ key: string; row: number; column: number; cell: CellData }> {
  const out: Array<{ key: string; row: number; column: number; cell: CellData }> = [];
  const keys = Object.keys(sheet.cells);
  if (cellCount(rect) <= keys.length) {
    for (let r = rect.row; r < rect.row + rect.rowCount; r++) {
      for (let c = rect.column; c < rect.column + rect.columnCount; c++) {
        const key = cellKey(r, c);
        const cell = sheet.cells[key];
        if (cell) out.push({ key, row: r, column: c, cell });
      }
    }
    return out;
  }
  for (const key of keys) {
    const { row, column } = parseCellKey(key);
    if (containsCell(rect, row, column)) out.push({ key, row, column, cell: sheet.cells[key] });
  }
  return out;
}

/** The 2-D input for a write: a scalar fills the range, an array must match its size exactly. */
export function shapeInput(rect: Rect, input: unknown, location: string): (r: number, c: number) => unknown {
  if (!Array.isArray(input)) return () => input;
  const size = `${rect.rowCount}x${rect.columnCount}`;
  if (input.length !== rect.rowCount || !input.every((row) => Array.isArray(row) && row.length === rect.columnCount)) {
    const got = `${input.length}x${Array.isArray(input[0]) ? (input[0] as unknown[]).length : "?"}`;
    throw excelError("InvalidArgument", `The number of rows or columns in the input array (${got}) doesn't match the size or dimensions of the range (${size}).`, location);
  }
  const rows = input as unknown[][];
  return (r, c) => rows[r][c];
}

/** Checks a formula against the workbook before it is stored (see formula-names.ts). */
export type FormulaCheck = (formula: string, location: string) => void;

export function writeGrid(sheet: SheetState, rect: Rect, input: unknown, kind: GridKind, location: string, checkFormula?: FormulaCheck): void {
  if (isWholeColumns(rect) || isWholeRows(rect)) {
    throw excelError("InvalidArgument", "Cannot write cell contents to whole columns or rows.", location);
  }
  if (input === null || input === undefined) throw excelError("InvalidArgument", `${kind} cannot be set to ${String(input)}.`, location);
  const at = shapeInput(rect, input, location);
  const planned: Array<{ key: string; apply: (cell: CellData) => void }> = [];
  for (let r = 0; r < rect.rowCount; r++) {
    for (let c = 0; c < rect.columnCount; c++) {
      const raw = at(r, c);
      if (raw === null) continue;
      const key = cellKey(rect.row + r, rect.column + c);
      const current = sheet.cells[key];
      if (kind === "numberFormat") {
        if (typeof raw !== "string") throw excelError("InvalidArgument", "A number format must be a string.", location);
        planned.push({ key, apply: (cell) => { cell.numberFormat = raw === "" ? GENERAL : raw; } });
        continue;
      }
      if (raw === "") {
        planned.push({ key, apply: (cell) => { cell.value = ""; delete cell.formula; delete cell.result; } });
        continue;
      }
      const parsed = parseInput(raw, kind, current?.numberFormat ?? GENERAL, location);
      if (parsed.formula !== undefined) checkFormula?.(parsed.formula, location);
      planned.push({
        key,
        apply: (cell) => {
          cell.value = parsed.value;
          delete cell.result;
          if (parsed.formula === undefined) delete cell.formula;
          else cell.formula = parsed.formula;
          if (parsed.impliedFormat && cell.numberFormat === GENERAL) cell.numberFormat = parsed.impliedFormat;
        },
      });
    }
  }
  for (const { key, apply } of planned) {
    apply(ensureCell(sheet, key));
    pruneCell(sheet, key);
  }
}

function readOne(cell: CellData | undefined, kind: ReadKind): unknown {
  switch (kind) {
    case "values": return cell === undefined ? "" : cell.formula !== undefined ? (cell.result ?? "") : cell.value;
    case "formulas": return cell?.formula ?? cell?.value ?? "";
    case "numberFormat": return cell?.numberFormat ?? GENERAL;
    case "text": return cell ? displayText(cell.result ?? cell.value, cell.result === undefined ? cell.formula : undefined, cell.numberFormat) : "";
    case "valueTypes": return valueType(cell);
  }
}

function valueType(cell: CellData | undefined): string {
  const shown = cell?.formula !== undefined ? cell.result : cell?.value;
  if (shown === undefined || shown === "") return "Empty";
  if (typeof shown === "number") return "Double";
  if (typeof shown === "boolean") return "Boolean";
  return ERROR_LITERALS.has(shown) ? "Error" : "String";
}

export function readGrid(sheet: SheetState, rect: Rect, kind: ReadKind): unknown[][] {
  const out: unknown[][] = [];
  for (let r = rect.row; r < rect.row + rect.rowCount; r++) {
    const row: unknown[] = [];
    for (let c = rect.column; c < rect.column + rect.columnCount; c++) row.push(readOne(getCell(sheet, r, c), kind));
    out.push(row);
  }
  return out;
}

export type ClearScope = "contents" | "formats" | "all";

export function clearCells(sheet: SheetState, rect: Rect, scope: ClearScope): void {
  for (const { key, cell } of existingCells(sheet, rect)) {
    if (scope !== "formats") {
      cell.value = "";
      delete cell.formula;
      delete cell.result;
    }
    if (scope !== "contents") {
      cell.numberFormat = GENERAL;
      delete cell.format;
    }
    pruneCell(sheet, key);
  }
}

/** Moves every stored cell inside `rect` by (dr, dc); the caller has checked the target is free. */
export function moveCells(sheet: SheetState, rect: Rect, dr: number, dc: number): void {
  const moving = existingCells(sheet, rect);
  for (const { key } of moving) delete sheet.cells[key];
  for (const { row, column, cell } of moving) sheet.cells[cellKey(row + dr, column + dc)] = cell;
}

export function hasContent(sheet: SheetState, rect: Rect): boolean {
  return existingCells(sheet, rect).some(({ cell }) => cell.value !== "" || cell.formula !== undefined);
}

export function cloneCell(cell: CellData): CellData {
  return { ...cell, format: cell.format ? { ...cell.format } : undefined };
}
