/**
 * The plan's tables as the check's rules read them: in the contract's English terms whatever the
 * workbook's language. Headers and drop-down values are turned back; addresses stay where the
 * cells are, so a finding in a French plan points at the same cell as in an English one.
 */
import { DEFAULT_LANGUAGE, type Language } from "../i18n/language";
import { toEnglish, toLanguage } from "../i18n/workbook/terms";
import { snapshotLanguage } from "../layout/snapshot";
import type { PlanTables, ReadCell, ReadRow, ReadTable } from "./plan-tables";

/** The workbook's own language (planLanguage), English where it holds none we write. */
export function workbookLanguage(plan: PlanTables): Language {
  return snapshotLanguage({ sheets: [], tables: [], names: [], language: plan.language }) ?? DEFAULT_LANGUAGE;
}

export function inEnglish(plan: PlanTables): PlanTables {
  const language = workbookLanguage(plan);
  if (language === "en") return plan;
  const map = toEnglish(language);
  const own = toLanguage(language);
  const cell = (c: ReadCell): ReadCell => {
    if (c.kind !== "text" || typeof c.value !== "string") return c;
    // Trimmed as the rules compare list values, so " En cours " reads as " ongoing " does in English.
    const text = c.value.trim();
    const found = map("values", text);
    const value = found === text ? c.value : found;
    // Not one of the workbook's terms, yet an English one that the workbook writes otherwise.
    const typedInEnglish = value === c.value && own("values", text).toLowerCase() !== text.toLowerCase();
    if (value === c.value && !typedInEnglish) return c;
    // A reader's cell makes its address only when asked (read-plan.ts): the getter is kept, not copied.
    const english: ReadCell = { kind: c.kind, value, get address() { return c.address; } };
    if (typedInEnglish) english.typedInEnglish = true;
    return english;
  };
  const row = (r: ReadRow): ReadRow => ({
    ...r,
    cells: Object.fromEntries(Object.entries(r.cells).map(([h, c]) => [map("headers", h), cell(c)])),
  });
  const table = (t: ReadTable): ReadTable => ({ ...t, headers: t.headers.map((h) => map("headers", h)), rows: t.rows.map(row) });
  return { ...plan, tables: Object.fromEntries(Object.entries(plan.tables).map(([name, t]) => [name, t && table(t)])) };
}
