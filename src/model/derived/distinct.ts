/** Distinct non-blank texts in first-seen order, compared trimmed and without regard to case. */
import type { CellValue } from "../spec/types";

export function distinctTexts(values: CellValue[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const v of values) {
    if (v === null || v === undefined) continue;
    const text = String(v).trim();
    if (!text || seen.has(text.toLowerCase())) continue;
    seen.add(text.toLowerCase());
    out.push(text);
  }
  return out;
}
