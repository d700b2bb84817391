/**
 * Turns reference text ("=Lists!$A$2:$A$9", "tblGoals[Goal ID]", a defined name) into a sheet
 * rectangle. There is no formula engine: anything computed (OFFSET, INDIRECT...) is not a reference.
 */
import { type Rect, parseAddress } from "./address";
import { type SheetState, type WorkbookState, findName, findSheetByName, findTable } from "./state";
import { type TablePart, columnRect, headerNames, partRect, tableSheet } from "./table-model";

export interface ResolvedRange {
  sheet: SheetState;
  rect: Rect;
}

const IDENTIFIER = /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u;

function structured(state: WorkbookState, tableName: string, inner: string): ResolvedRange | null {
  const table = findTable(state, tableName);
  if (!table) return null;
  const sheet = tableSheet(state, table);
  const items = inner.startsWith("[") ? [...inner.matchAll(/\[([^\]]*)\]/g)].map((m) => m[1]) : inner === "" ? [] : [inner];
  let part: TablePart = "body";
  let column: string | undefined;
  for (const item of items) {
    const special = item.toLowerCase();
    if (special === "#all") part = "all";
    else if (special === "#data") part = "body";
    else if (special === "#headers") part = "header";
    else if (special.startsWith("#")) return null;
    else if (column === undefined) column = item;
    else return null;
  }
  if (column === undefined) return { sheet, rect: partRect(table, part) };
  const index = headerNames(sheet, table).findIndex((h) => h.toLowerCase() === column.toLowerCase());
  return index < 0 ? null : { sheet, rect: columnRect(table, index, part) };
}

export function resolveReference(state: WorkbookState, text: string, depth = 0): ResolvedRange | null {
  const body = text.trim().replace(/^=/, "").trim();
  const address = parseAddress(body);
  if (address) {
    const sheet = address.sheet === undefined ? undefined : findSheetByName(state, address.sheet);
    return sheet ? { sheet, rect: address.rect } : null;
  }
  const ref = /^([\p{L}_\\][\p{L}\p{N}_.\\]*)\[(.*)\]$/u.exec(body);
  if (ref) return structured(state, ref[1], ref[2]);
  if (IDENTIFIER.test(body) && depth < 8) {
    const name = findName(state, body);
    if (name) return resolveReference(state, name.formula, depth + 1);
  }
  return null;
}

/** True for a structured reference like `tblGoals[Goal ID]`, known or not. */
export function isStructuredReference(text: string): boolean {
  return /^[\p{L}_\\][\p{L}\p{N}_.\\]*\[.*\]$/u.test(text.trim().replace(/^=/, "").trim());
}

/** True when the text names a sheet that does not exist ("=Gone!A1"). */
export function refersToMissingSheet(state: WorkbookState, text: string): boolean {
  const address = parseAddress(text.trim().replace(/^=/, "").trim());
  return address?.sheet !== undefined && findSheetByName(state, address.sheet) === undefined;
}
