/**
 * Tables as findings name them: by the caption a planner reads over the table, not by the code
 * name only formulas and tools use. The caption is cut before its parenthetical and the part the
 * settings fill in ("Actions (programmes and projects)" → "Actions"), as the pane names places.
 */
import type { TableName } from "../contract";
import { englishCaption } from "./schema";

export type CaptionedTable = TableName | "tblSettings";

/** "Actions (programmes and projects)" → "Actions"; "Indicator Performance Tracking Table, 2026-2030, annual" → "Indicator Performance Tracking Table". */
export function shortCaption(caption: string): string {
  return caption.replace(/\s*\(.*$/, "").replace(/,.*$/, "").trim() || caption;
}

/** The table's short caption in the words `translate` gives an English caption. */
export function tableCaption(name: CaptionedTable, translate: (caption: string) => string): string {
  const caption = englishCaption(name);
  return caption === undefined ? name : shortCaption(translate(caption));
}
