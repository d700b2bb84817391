/**
 * Creating and growing tables. Where Excel would silently take in or push aside cells that hold
 * data, the double refuses with InvalidArgument (the stricter choice): code under test must not
 * depend on data beside a table being absorbed or moved.
 */
import { MAX_ROWS, type Rect, cellKey, formatRect, insideGrid, isWholeColumns, isWholeRows, parseAddress } from "./address";
import { cloneCell, existingCells, hasContent, moveCells, shapeInput, writeGrid } from "./cells";
import { excelError } from "./errors";
import { assertFormulaResolves, dropTableReferences } from "./formula-names";
import { assertNoMergedCells } from "./merges";
import { assertUnprotected, rewriteFormulas } from "./sheet-ops";
import { type SheetState, type TableState, type WorkbookState, newId } from "./state";
import { defaultTableName, normalizeHeaders, overlappingTables, partRect, tableSheet } from "./table-model";

const DEFAULT_STYLE = "TableStyleMedium2";

/** Cells a table is about to take over must be empty and belong to no other table. */
function claim(state: WorkbookState, sheet: SheetState, rect: Rect, owner: TableState | undefined, location: string): void {
  if (!insideGrid(rect)) throw excelError("InvalidArgument", "The table would extend beyond the worksheet.", location);
  if (overlappingTables(state, sheet.name, rect, owner).length > 0) {
    throw excelError("InvalidArgument", "A table can't overlap another table.", location);
  }
  assertNoMergedCells(sheet, rect, location);
  if (hasContent(sheet, rect)) {
    throw excelError("InvalidArgument", `The cells ${formatRect(rect)} next to the table are not empty (the double refuses to absorb or move them).`, location);
  }
}

/** Checks a write before anything moves, so a bad value cannot leave a half-grown table. */
function precheckValues(rect: Rect, values: unknown, location: string): void {
  const scratch = { cells: {} } as SheetState;
  writeGrid(scratch, { ...rect, row: 0, column: 0 }, values, "values", location);
}

export function createTable(state: WorkbookState, sheet: SheetState, rect: Rect, hasHeaders: boolean, location: string): TableState {
  assertUnprotected(sheet, location);
  if (isWholeColumns(rect) || isWholeRows(rect)) throw excelError("InvalidArgument", "A table cannot span whole columns or rows.", location);
  if (overlappingTables(state, sheet.name, rect).length > 0) throw excelError("InvalidArgument", "A table can't overlap another table.", location);
  assertNoMergedCells(sheet, rect, location);
  const below: Rect = { ...rect, row: rect.row + rect.rowCount, rowCount: 1 };
  let rowCount = rect.rowCount;
  if (!hasHeaders) {
    // Excel puts a header row on top and moves the data down one row.
    claim(state, sheet, below, undefined, location);
    moveCells(sheet, rect, 1, 0);
    rowCount += 1;
  } else if (rect.rowCount === 1) {
    // A table always keeps at least one body row.
    claim(state, sheet, below, undefined, location);
    rowCount += 1;
  }
  const table: TableState = {
    id: newId(state, "table-"),
    name: defaultTableName(state),
    sheet: sheet.name,
    row: rect.row,
    column: rect.column,
    rowCount,
    columnCount: rect.columnCount,
    columnIds: Array.from({ length: rect.columnCount }, (_, i) => i + 1),
    nextColumnId: rect.columnCount + 1,
    style: DEFAULT_STYLE,
    showBandedRows: true,
    showTotals: false,
  };
  state.tables.push(table);
  normalizeHeaders(sheet, table);
  return table;
}

export function parseTableAddress(address: string, location: string): { sheet?: string; rect: Rect } {
  const parsed = parseAddress(address);
  if (!parsed) throw excelError("InvalidArgument", `'${address}' is not a valid range address.`, location);
  return parsed;
}

/** Data validation and conditional formats that span a table column's whole body grow with it. */
function growAttachments(sheet: SheetState, t: TableState, oldBody: Rect, added: number): void {
  const grows = (address: string): string => {
    const rect = parseAddress(address)?.rect;
    if (!rect) return address;
    const spansBody = rect.row === oldBody.row && rect.rowCount === oldBody.rowCount;
    const inside = rect.column >= t.column && rect.column + rect.columnCount <= t.column + t.columnCount;
    return spansBody && inside ? formatRect({ ...rect, rowCount: rect.rowCount + added }) : address;
  };
  for (const v of sheet.validations) v.address = grows(v.address);
  for (const cf of sheet.conditionalFormats) cf.address = grows(cf.address);
}

function rowCountOf(values: unknown): number {
  return Array.isArray(values) ? values.length : 1;
}

export function addTableRows(state: WorkbookState, t: TableState, index: unknown, values: unknown, location: string): { firstRow: number; count: number } {
  const sheet = tableSheet(state, t);
  assertUnprotected(sheet, location);
  const bodyRows = t.rowCount - 1;
  const at = index === undefined || index === null || index === -1 ? bodyRows : index;
  if (typeof at !== "number" || !Number.isInteger(at) || at < 0 || at > bodyRows) {
    throw excelError("InvalidArgument", `Row index ${String(index)} is outside the table.`, location);
  }
  const count = rowCountOf(values);
  if (count < 1) throw excelError("InvalidArgument", "No rows to add.", location);
  const newRows: Rect = { row: t.row + 1 + at, column: t.column, rowCount: count, columnCount: t.columnCount };
  if (values !== undefined && values !== null) {
    shapeInput(newRows, values, location);
    precheckValues(newRows, values, location);
  }
  claim(state, sheet, { ...newRows, row: t.row + t.rowCount }, t, location);
  // Excel inserts the rows (ListRows.Add's AlwaysInsert, office.js's alwaysInsert, true by default
  // and the only choice before ExcelApi 1.15): every cell below the table in its columns moves
  // down by `count`. Where one holds data, the double refuses rather than move it.
  const further = t.row + t.rowCount + count;
  if (further < MAX_ROWS) claim(state, sheet, { row: further, column: t.column, rowCount: MAX_ROWS - further, columnCount: t.columnCount }, t, location);
  const oldBody = partRect(t, "body");
  moveCells(sheet, { ...newRows, rowCount: t.row + t.rowCount - newRows.row }, count, 0);
  // New rows take the formats of their neighbour in the body, as a table column's formatting does.
  const sourceRow = at > 0 ? newRows.row - 1 : newRows.row + count;
  for (let c = 0; c < t.columnCount; c++) {
    const source = sheet.cells[cellKey(sourceRow, t.column + c)];
    if (!source || (source.numberFormat === "General" && !source.format)) continue;
    for (let r = 0; r < count; r++) {
      const copy = cloneCell(source);
      copy.value = "";
      delete copy.formula;
      delete copy.result;
      sheet.cells[cellKey(newRows.row + r, t.column + c)] = copy;
    }
  }
  t.rowCount += count;
  growAttachments(sheet, t, oldBody, count);
  if (values !== undefined && values !== null) writeGrid(sheet, newRows, values, "values", location, formulaCheck(state));
  return { firstRow: at, count };
}

export function addTableColumn(
  state: WorkbookState,
  t: TableState,
  index: unknown,
  values: unknown,
  name: unknown,
  location: string,
): number {
  const sheet = tableSheet(state, t);
  assertUnprotected(sheet, location);
  const at = index === undefined || index === null ? t.columnCount : index;
  if (typeof at !== "number" || !Number.isInteger(at) || at < 0 || at > t.columnCount) {
    throw excelError("InvalidArgument", `Column index ${String(index)} is outside the table.`, location);
  }
  if (name !== undefined && name !== null && typeof name !== "string") throw excelError("InvalidArgument", "A column name must be a string.", location);
  const column: Rect = { row: t.row, column: t.column + at, rowCount: t.rowCount, columnCount: 1 };
  const hasValues = values !== undefined && values !== null;
  if (Array.isArray(values)) {
    shapeInput(column, values, location);
    precheckValues(column, values, location);
  } else if (hasValues) precheckValues({ ...column, rowCount: 1 }, values, location);
  claim(state, sheet, { ...column, column: t.column + t.columnCount }, t, location);
  moveCells(sheet, { ...column, columnCount: t.columnCount - at }, 0, 1);
  t.columnCount += 1;
  t.columnIds.splice(at, 0, t.nextColumnId);
  t.nextColumnId += 1;
  const body: Rect = { ...column, row: t.row + 1, rowCount: t.rowCount - 1 };
  if (Array.isArray(values)) {
    writeGrid(sheet, column, values, "values", location, formulaCheck(state));
  } else if (hasValues) writeGrid(sheet, body, values, "values", location, formulaCheck(state));
  if (typeof name === "string") writeGrid(sheet, { ...column, rowCount: 1 }, [[name]], "values", location);
  normalizeHeaders(sheet, t);
  return at;
}

const formulaCheck = (state: WorkbookState) => (formula: string, location: string) => assertFormulaResolves(state, formula, location, false);

export function deleteTable(state: WorkbookState, t: TableState, location: string): void {
  const sheet = tableSheet(state, t);
  assertUnprotected(sheet, location);
  // Table.delete removes the table with its cells (convertToRange is the API that keeps them).
  for (const { key } of existingCells(sheet, partRect(t, "all"))) delete sheet.cells[key];
  state.tables = state.tables.filter((x) => x !== t);
  rewriteFormulas(state, (f) => dropTableReferences(f, t.name));
}
