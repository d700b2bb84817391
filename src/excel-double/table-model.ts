/**
 * Table geometry and the invariants Excel keeps for every table: header cells are unique,
 * non-blank text; names follow the defined-name rules and are unique across the workbook.
 */
import { type Rect, cellKey, looksLikeCellReference, rectsIntersect } from "./address";
import { pruneCell } from "./cells";
import { excelError } from "./errors";
import { type SheetState, type TableState, type WorkbookState, findName, findSheetByName } from "./state";

export type TablePart = "all" | "header" | "body";

export function tableRect(t: TableState): Rect {
  return { row: t.row, column: t.column, rowCount: t.rowCount, columnCount: t.columnCount };
}

export function partRect(t: TableState, part: TablePart): Rect {
  if (part === "header") return { ...tableRect(t), rowCount: 1 };
  if (part === "body") return { ...tableRect(t), row: t.row + 1, rowCount: t.rowCount - 1 };
  return tableRect(t);
}

export function columnRect(t: TableState, index: number, part: TablePart): Rect {
  return { ...partRect(t, part), column: t.column + index, columnCount: 1 };
}

/** A table by its id; ItemNotFound once deleted. */
export function tableById(state: WorkbookState, id: string, location: string): TableState {
  const table = state.tables.find((t) => t.id === id);
  if (!table) throw excelError("ItemNotFound", "The table no longer exists.", location);
  return table;
}

export function tableSheet(state: WorkbookState, t: TableState): SheetState {
  const sheet = findSheetByName(state, t.sheet);
  if (!sheet) throw new Error(`excel-double: table ${t.name} lost its sheet ${t.sheet}`);
  return sheet;
}

export function headerNames(sheet: SheetState, t: TableState): string[] {
  const out: string[] = [];
  for (let c = 0; c < t.columnCount; c++) out.push(String(sheet.cells[cellKey(t.row, t.column + c)]?.value ?? ""));
  return out;
}

/** Blank headers become "Column<n>"; a repeated header gets the next free numeric suffix. */
export function uniqueHeaders(raw: string[]): string[] {
  const used = new Set<string>();
  return raw.map((text, i) => {
    const blank = text.trim() === "";
    const base = blank ? "Column" : text;
    let n = blank ? i + 1 : 1;
    let candidate = blank ? `${base}${n}` : base;
    while (used.has(candidate.toLowerCase())) {
      n += 1;
      candidate = `${base}${n}`;
    }
    used.add(candidate.toLowerCase());
    return candidate;
  });
}

/** Rewrites header cells so they obey the header invariants (after any write that touched them). */
export function normalizeHeaders(sheet: SheetState, t: TableState): void {
  const raw: string[] = [];
  for (let c = 0; c < t.columnCount; c++) {
    const cell = sheet.cells[cellKey(t.row, t.column + c)];
    // Header cells hold text; a formula there has no value without a formula engine.
    if (cell === undefined || cell.formula !== undefined) raw.push("");
    else if (typeof cell.value === "boolean") raw.push(cell.value ? "TRUE" : "FALSE");
    else raw.push(String(cell.value));
  }
  uniqueHeaders(raw).forEach((name, c) => {
    const key = cellKey(t.row, t.column + c);
    const cell = sheet.cells[key] ?? { value: "", numberFormat: "General" };
    delete cell.formula;
    delete cell.result;
    cell.value = name;
    sheet.cells[key] = cell;
    pruneCell(sheet, key);
  });
}

/** After a write to `rect` on `sheet`, repair the headers of tables whose header row it touched. */
export function afterCellsWritten(state: WorkbookState, sheet: SheetState, rect: Rect): void {
  for (const t of state.tables) {
    if (t.sheet === sheet.name && rectsIntersect(partRect(t, "header"), rect)) normalizeHeaders(sheet, t);
  }
}

/** Table and defined names share one namespace and one syntax. */
export function checkNameSyntax(name: unknown, what: string, location: string): string {
  if (typeof name !== "string" || name.length === 0) throw excelError("InvalidArgument", `A ${what} name cannot be blank.`, location);
  if (name.length > 255) throw excelError("InvalidArgument", `A ${what} name must be 255 characters or fewer.`, location);
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name)) {
    throw excelError("InvalidArgument", `'${name}' is not a valid ${what} name: start with a letter, _ or \\, and use no spaces or symbols.`, location);
  }
  if (looksLikeCellReference(name)) throw excelError("InvalidArgument", `'${name}' looks like a cell reference.`, location);
  return name;
}

export function validateTableName(state: WorkbookState, name: unknown, location: string, except?: TableState): string {
  const valid = checkNameSyntax(name, "table", location);
  const lower = valid.toLowerCase();
  // Excel reports a duplicate table name as InvalidArgument, even across sheets (office-js#551).
  if (state.tables.some((t) => t !== except && t.name.toLowerCase() === lower) || findName(state, valid)) {
    throw excelError("InvalidArgument", `The name '${valid}' is already used by a table or a defined name.`, location);
  }
  return valid;
}

export function defaultTableName(state: WorkbookState): string {
  let n = 1;
  while (state.tables.some((t) => t.name.toLowerCase() === `table${n}`) || findName(state, `Table${n}`)) n += 1;
  return `Table${n}`;
}

export function tablesOn(state: WorkbookState, sheetName: string): TableState[] {
  return state.tables.filter((t) => t.sheet === sheetName);
}

export function overlappingTables(state: WorkbookState, sheetName: string, rect: Rect, except?: TableState): TableState[] {
  return tablesOn(state, sheetName).filter((t) => t !== except && rectsIntersect(tableRect(t), rect));
}
