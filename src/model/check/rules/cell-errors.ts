/**
 * Error values (#REF!, #N/A...) in text, ID and list columns and in calculated columns. Number
 * and date columns report their own errors with a fitting fix. In a calculated column an error
 * means the formula is broken (often a renamed or deleted column), which the set-up restores.
 */
import { TABLE_NAMES } from "../../contract";
import { found } from "../cells";
import { restoreHint, type RuleGroup } from "../rule";
import { EXPECTED } from "./numbers";

export const cellErrorRules: RuleGroup = {
  rules: [{ id: "cell-error", severity: "error", stage: 0, summary: "A cell shows an error value (#REF!, #N/A...), typed or calculated." }],
  run(ctx) {
    for (const name of TABLE_NAMES) {
      const table = ctx.table(name);
      if (!table || table.info.derived) continue;
      const columns = table.info.columns.filter(
        (c) => table.has(c.header) && (c.formula !== undefined || (c.kind !== "date" && EXPECTED[c.kind] === undefined)),
      );
      for (const row of table.rows) {
        for (const column of columns) {
          const cell = row.cell(column.header);
          if (cell?.kind !== "error") continue;
          const fix = column.formula
            ? `It is calculated, so its formula is broken (often after a column it uses was renamed or deleted); expected a calculated value. Restore it: ${restoreHint(table.info.stage)}.`
            : `Expected a typed value. Retype it (the error usually comes from a pasted formula or a deleted cell it referred to).`;
          ctx.report("cell-error", { table: name, row, column: column.header }, `${row.label}: ${column.header} shows ${found(cell)}. ${fix}`);
        }
      }
    }
  },
};
