/**
 * Own IDs (Goal, Action, Indicator, Activity, Risk, Project): other tables, the dashboard and
 * donors' tools find rows by them, so each must be present and unique. A1 and " a1 " are the
 * same ID, as they are for Excel's lookups.
 */
import { TABLE_NAMES } from "../../contract";
import { idKey } from "../cells";
import type { CheckRow, CheckTable } from "../context";
import type { RuleGroup } from "../rule";

/** The next free ID with the table's prefix, so the fix can suggest one (A8 after A7). */
export function nextFreeId(table: CheckTable, column: string): string {
  const prefix = table.info.idPrefix ?? "";
  let max = 0;
  for (const row of table.rows) {
    const m = /^([A-Za-z]*)(\d+)$/.exec(row.text(column));
    if (m && m[1].toUpperCase() === prefix) max = Math.max(max, Number(m[2]));
  }
  return `${prefix}${max + 1}`;
}

export const idRules: RuleGroup = {
  rules: [
    { id: "id-missing", severity: "error" },
    { id: "id-duplicate", severity: "error" },
  ],
  run(ctx) {
    for (const name of TABLE_NAMES) {
      const column = ctx.table(name)?.info.idColumn;
      const table = column ? ctx.table(name, column) : undefined;
      if (!table || !column) continue;
      const seen = new Map<string, CheckRow>();
      const header = ctx.words.header(column);
      for (const row of table.rows) {
        const cell = row.cell(column);
        if (cell?.kind === "error") continue; // reported by cell-error
        const id = row.text(column);
        if (!id) {
          ctx.report(
            "id-missing",
            { table: name, row, column },
            ctx.t("id-missing", { number: String(row.number), table: ctx.words.table(name), column: header, next: nextFreeId(table, column) }),
          );
          continue;
        }
        const first = seen.get(idKey(id));
        if (!first) {
          seen.set(idKey(id), row);
          continue;
        }
        ctx.report(
          "id-duplicate",
          { table: name, row, column },
          ctx.t("id-duplicate", {
            column: header,
            id,
            number: String(row.number),
            first: first.id,
            firstNumber: String(first.number),
            cell: ctx.words.cell(String(first.cell(column)?.address)),
            table: ctx.words.table(name),
            next: nextFreeId(table, column),
          }),
        );
      }
    }
  },
};
