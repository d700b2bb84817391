/** Worksheet-level rules on the plain state: names, protection, rename and delete ripple effects. */
import { quoteSheetName } from "./address";
import { excelError } from "./errors";
import { type SheetState, type SheetVisibility, type WorkbookState, addSheetState, findSheetById, findSheetByName } from "./state";

export function sheetById(state: WorkbookState, id: string, location: string): SheetState {
  const sheet = findSheetById(state, id);
  if (!sheet) throw excelError("ItemNotFound", "The worksheet no longer exists.", location);
  return sheet;
}

export function assertUnprotected(sheet: SheetState, location: string): void {
  if (sheet.protected) {
    throw excelError("AccessDenied", `The cell or chart you're trying to change is on a protected sheet ('${sheet.name}').`, location);
  }
}

export function validateSheetName(name: unknown, location: string): string {
  if (typeof name !== "string" || name.trim() === "") throw excelError("InvalidArgument", "A sheet name cannot be blank.", location);
  if (name.length > 31) throw excelError("InvalidArgument", "A sheet name must be 31 characters or fewer.", location);
  if (/[/\\?*:[\]]/.test(name)) throw excelError("InvalidArgument", "A sheet name cannot contain / \\ ? * : [ or ].", location);
  if (name.startsWith("'") || name.endsWith("'")) {
    throw excelError("InvalidArgument", "A sheet name cannot begin or end with an apostrophe.", location);
  }
  return name;
}

function assertNameFree(state: WorkbookState, name: string, location: string, except?: SheetState): void {
  const clash = findSheetByName(state, name);
  if (clash && clash !== except) throw excelError("ItemAlreadyExists", `A sheet named '${name}' already exists.`, location);
}

export function addSheet(state: WorkbookState, requested: string | undefined, location: string): SheetState {
  let name = requested;
  if (name === undefined) {
    let n = state.sheets.length + 1;
    while (findSheetByName(state, `Sheet${n}`)) n += 1;
    name = `Sheet${n}`;
  }
  validateSheetName(name, location);
  assertNameFree(state, name, location);
  return addSheetState(state, name);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Rewrites `Old!` and `'Old'!` prefixes (any case) in formula text. */
export function replaceSheetPrefix(formula: string, oldName: string, replacement: string): string {
  const quoted = new RegExp(`'${escapeRegExp(oldName.replace(/'/g, "''"))}'!`, "gi");
  const bare = new RegExp(`(?<![\\p{L}\\p{N}_.'])${escapeRegExp(oldName)}!`, "giu");
  return formula.replace(quoted, replacement).replace(bare, replacement);
}

/** Every formula string the workbook holds, so a sheet rename or delete can rewrite them all. */
export function rewriteFormulas(state: WorkbookState, rewrite: (formula: string) => string): void {
  for (const name of state.names) name.formula = rewrite(name.formula);
  for (const sheet of state.sheets) {
    for (const cell of Object.values(sheet.cells)) if (cell.formula !== undefined) cell.formula = rewrite(cell.formula);
    for (const v of sheet.validations) {
      if (v.rule.list) v.rule.list.source = rewrite(v.rule.list.source);
      if (v.rule.custom) v.rule.custom.formula = rewrite(v.rule.custom.formula);
    }
    for (const series of sheet.charts.flatMap((c) => c.series)) {
      series.values = rewrite(series.values);
      series.categories = rewrite(series.categories);
    }
    for (const cf of sheet.conditionalFormats) {
      for (const key of ["formula", "formula1", "formula2"] as const) {
        const f = cf.rule[key];
        if (f !== undefined) cf.rule[key] = rewrite(f);
      }
    }
  }
}

export function renameSheet(state: WorkbookState, sheet: SheetState, newName: unknown, location: string): void {
  assertUnprotected(sheet, location);
  const name = validateSheetName(newName, location);
  assertNameFree(state, name, location, sheet);
  const old = sheet.name;
  if (old === name) return;
  sheet.name = name;
  for (const table of state.tables) if (table.sheet === old) table.sheet = name;
  if (state.activeSheet === old) state.activeSheet = name;
  if (state.selection?.sheet === old) state.selection = { ...state.selection, sheet: name };
  rewriteFormulas(state, (f) => replaceSheetPrefix(f, old, `${quoteSheetName(name)}!`));
}

function visibleSheets(state: WorkbookState): SheetState[] {
  return state.sheets.filter((s) => s.visibility === "Visible");
}

export function deleteSheet(state: WorkbookState, sheet: SheetState, location: string): void {
  assertUnprotected(sheet, location);
  if (sheet.visibility === "VeryHidden") throw excelError("InvalidOperation", "A very hidden sheet cannot be deleted.", location);
  if (sheet.visibility === "Visible" && visibleSheets(state).length === 1) {
    throw excelError("InvalidOperation", "A workbook must contain at least one visible worksheet.", location);
  }
  state.sheets = state.sheets.filter((s) => s !== sheet);
  state.tables = state.tables.filter((t) => t.sheet !== sheet.name);
  rewriteFormulas(state, (f) => replaceSheetPrefix(f, sheet.name, "#REF!"));
  if (state.selection?.sheet === sheet.name) state.selection = null;
  if (state.activeSheet === sheet.name) state.activeSheet = visibleSheets(state)[0]?.name ?? "";
}

export function setVisibility(state: WorkbookState, sheet: SheetState, value: unknown, location: string): void {
  if (value !== "Visible" && value !== "Hidden" && value !== "VeryHidden") {
    throw excelError("InvalidArgument", `Unknown visibility '${String(value)}'.`, location);
  }
  if (value !== "Visible" && sheet.visibility === "Visible" && visibleSheets(state).length === 1) {
    throw excelError("InvalidOperation", "A workbook must contain at least one visible worksheet.", location);
  }
  sheet.visibility = value as SheetVisibility;
  if (value !== "Visible" && state.activeSheet === sheet.name) state.activeSheet = visibleSheets(state)[0].name;
}

export function setPosition(state: WorkbookState, sheet: SheetState, value: unknown, location: string): void {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0 || value >= state.sheets.length) {
    throw excelError("InvalidArgument", `Position ${String(value)} is outside 0..${state.sheets.length - 1}.`, location);
  }
  const rest = state.sheets.filter((s) => s !== sheet);
  rest.splice(value, 0, sheet);
  state.sheets = rest;
}

export function activateSheet(state: WorkbookState, sheet: SheetState, location: string): void {
  if (sheet.visibility !== "Visible") throw excelError("InvalidOperation", "A hidden sheet cannot be activated.", location);
  state.activeSheet = sheet.name;
}
