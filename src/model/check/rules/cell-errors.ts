/**
 * Error values (#REF!, #N/A...) in text, ID and list columns and in calculated columns. Number
 * and date columns report their own errors with a fitting fix. In a calculated column an error
 * means the formula is broken (often a renamed or deleted column), which the set-up restores.
 */
import { TABLE_NAMES } from "../../contract";
import type { RuleGroup } from "../rule";
import { NUMERIC_KINDS } from "./numbers";

export const cellErrorRules: RuleGroup = {
  rules: [{ id: "cell-error", severity: "error" }],
  run(ctx) {
    const w = ctx.words;
    for (const name of TABLE_NAMES) {
      const table = ctx.table(name);
      if (!table || table.info.derived) continue;
      const columns = table.info.columns.filter(
        (c) => table.has(c.header) && (c.formula !== undefined || (c.kind !== "date" && !NUMERIC_KINDS.has(c.kind))),
      );
      for (const row of table.rows) {
        for (const column of columns) {
          const cell = row.cell(column.header);
          if (cell?.kind !== "error") continue;
          const fix = column.formula ? ctx.t("cell-error.calculated", { restore: w.restore(table.info.stage) }) : ctx.t("cell-error.typed");
          ctx.report("cell-error", { table: name, row, column: column.header }, ctx.t("cell-error", { row: row.label, column: w.header(column.header), found: w.found(cell), fix }));
        }
      }
    }
  },
};
