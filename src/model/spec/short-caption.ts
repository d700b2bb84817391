/**
 * A table's caption as a sentence names the table: without its parenthetical and without what the
 * settings fill in, which a reader does not need to know which table is meant.
 */

/** "Actions (programmes and projects)" → "Actions"; "Indicator Performance Tracking Table, 2026-2030, annual" → "Indicator Performance Tracking Table". */
export function shortCaption(caption: string): string {
  return caption.replace(/\s*\(.*$/, "").replace(/,.*$/, "").trim() || caption;
}
