/**
 * Date columns (Start, End). A date typed as text shows like a date but does not sort, compare
 * or filter as one, and the dashboard's formulas skip it, so it is an error with its fix.
 */
import { isoDate } from "../../dates";
import { dateOf, readDate } from "../cells";
import type { RuleGroup } from "../rule";
import { typedCells } from "../typed-cells";

export const dateRules: RuleGroup = {
  rules: [
    { id: "date-text", severity: "error" },
    { id: "date-invalid", severity: "error" },
    { id: "date-order", severity: "error" },
  ],
  run(ctx) {
    const w = ctx.words;
    const example = ctx.t("date.example");
    for (const { table, row, column, cell } of typedCells(ctx, (c) => c.kind === "date")) {
      const where = { table: table.info.name, row, column: column.header };
      const head = { row: row.label, column: w.header(column.header), example };
      const r = readDate(cell);
      if (r.status === "text-date") {
        ctx.report(
          "date-text",
          where,
          ctx.t("date-text", { ...head, found: w.found(cell), iso: r.iso }),
        );
      } else if (r.status === "implausible") {
        const asDate = r.serial >= 1 && r.serial < 2958466 ? ctx.t("date-invalid.asDate", { date: isoDate(r.serial) }) : "";
        const year = Number.isInteger(r.serial) && r.serial >= 1950 && r.serial <= 2100 ? ctx.t("date-invalid.year") : "";
        ctx.report(
          "date-invalid",
          where,
          ctx.t("date-invalid.number", { ...head, number: String(r.serial), asDate, year }),
        );
      } else if (r.status === "text" || r.status === "boolean" || r.status === "error") {
        ctx.report("date-invalid", where, ctx.t(r.status === "error" ? "date-invalid.error" : "date-invalid", { ...head, found: w.found(cell) }));
      }
    }

    // Start after End: both must be real dates; other problems are reported above.
    for (const name of ["tblActions", "tblWorkplan", "tblOtherProjects"] as const) {
      const table = ctx.table(name, "Start", "End");
      if (!table) continue;
      for (const row of table.rows) {
        const start = dateOf(row.cell("Start"));
        const end = dateOf(row.cell("End"));
        if (start === undefined || end === undefined || start <= end) continue;
        ctx.report(
          "date-order",
          { table: name, row, column: "End" },
          ctx.t("date-order", { row: row.label, end: w.header("End"), endDate: isoDate(end), start: w.header("Start"), startDate: isoDate(start) }),
        );
      }
    }
  },
};
