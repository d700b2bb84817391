/**
 * The plan's tables as the check's rules read them: in the contract's English terms whatever the
 * workbook's language. Headers and drop-down values are turned back; addresses stay where the
 * cells are, so a finding in a French plan points at the same cell as in an English one.
 */
import { toEnglish } from "../i18n/workbook/terms";
import { snapshotLanguage } from "../layout/snapshot";
import type { PlanTables, ReadRow, ReadTable } from "./plan-tables";

export function inEnglish(plan: PlanTables): PlanTables {
  const language = snapshotLanguage({ sheets: [], tables: [], names: [], language: plan.language });
  if (!language || language === "en") return plan;
  const map = toEnglish(language);
  const row = (r: ReadRow): ReadRow => ({
    ...r,
    // A reader's cell makes its address only when asked (read-plan.ts): the getter is kept, not copied.
    cells: Object.fromEntries(
      Object.entries(r.cells).map(([h, c]) => {
        if (c.kind !== "text" || typeof c.value !== "string") return [map("headers", h), c];
        const value = map("values", c.value);
        return [map("headers", h), value === c.value ? c : { kind: c.kind, value, get address() { return c.address; } }];
      }),
    ),
  });
  const table = (t: ReadTable): ReadTable => ({ ...t, headers: t.headers.map((h) => map("headers", h)), rows: t.rows.map(row) });
  return { ...plan, tables: Object.fromEntries(Object.entries(plan.tables).map(([name, t]) => [name, t && table(t)])) };
}
