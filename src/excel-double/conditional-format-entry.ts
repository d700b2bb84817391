/** One conditional format of a sheet, as its doubles (conditional-formats.ts and the parts) find it. */
import { excelError } from "./errors";
import { assertUnprotected, sheetById } from "./sheet-ops";
import type { ConditionalFormatState, SheetState, WorkbookState } from "./state";

/** Where a conditional format's doubles point: a format by its id on its sheet. */
export interface FormatTarget {
  sheetId: string;
  id: string;
}

export function formatEntry(state: WorkbookState, target: FormatTarget, location: string): { sheet: SheetState; cf: ConditionalFormatState } {
  const sheet = sheetById(state, target.sheetId, location);
  const cf = sheet.conditionalFormats.find((c) => c.id === target.id);
  if (!cf) throw excelError("ItemNotFound", "The conditional format no longer exists.", location);
  return { sheet, cf };
}

/** Resolves a format for a write, refusing protected sheets. */
export function writableEntry(state: WorkbookState, target: FormatTarget, location: string): ConditionalFormatState {
  const { sheet, cf } = formatEntry(state, target, location);
  assertUnprotected(sheet, location);
  return cf;
}
