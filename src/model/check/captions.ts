/**
 * Tables as findings name them: by the caption a planner reads over the table, not by the code
 * name only formulas and tools use. The caption is cut before its parenthetical and the part the
 * settings fill in ("Actions (programmes and projects)" → "Actions"), as the pane names places.
 */
import type { TableName } from "../contract";
import { englishCaption } from "./schema";
import { shortCaption } from "../spec/short-caption";

export type CaptionedTable = TableName | "tblSettings";

/** The table's short caption in the words `translate` gives an English caption. */
export function tableCaption(name: CaptionedTable, translate: (caption: string) => string): string {
  const caption = englishCaption(name);
  return caption === undefined ? name : shortCaption(translate(caption));
}
