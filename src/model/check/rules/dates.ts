/**
 * Date columns (Start, End). A date typed as text shows like a date but does not sort, compare
 * or filter as one, and the dashboard's formulas skip it, so it is an error with its fix.
 */
import { isoDate } from "../../dates";
import { dateOf, found, readDate } from "../cells";
import type { RuleGroup } from "../rule";
import { typedCells } from "../typed-cells";

const EXAMPLE = "e.g. 2027-03-31";

export const dateRules: RuleGroup = {
  rules: [
    { id: "date-text", severity: "error", stage: 0, summary: "A date typed as text (\"31/03/2027\", \"2027-03-31\" stored as text)." },
    { id: "date-invalid", severity: "error", stage: 0, summary: "A date cell holds something that is not a date (words, an error, a year alone)." },
    { id: "date-order", severity: "error", stage: 0, summary: "End is before Start." },
  ],
  run(ctx) {
    for (const { table, row, column, cell } of typedCells(ctx, (c) => c.kind === "date")) {
      const where = { table: table.info.name, row, column: column.header };
      const head = `${row.label}: ${column.header}`;
      const r = readDate(cell);
      if (r.status === "text-date") {
        ctx.report(
          "date-text",
          where,
          `${head} holds the text ${found(cell)}, not a date (it reads as ${r.iso}); expected a date, which Excel can sort and compare. ` +
            `Retype it as a date (${EXAMPLE}), or select the column and use Data > Text to Columns to convert it.`,
        );
      } else if (r.status === "implausible") {
        const asDate = r.serial >= 1 && r.serial < 2958466 ? ` (as a date, ${isoDate(r.serial)})` : "";
        const year = Number.isInteger(r.serial) && r.serial >= 1950 && r.serial <= 2100 ? ": a year alone is not a date" : "";
        ctx.report(
          "date-invalid",
          where,
          `${head} is the number ${r.serial}${asDate}${year}; expected a date between 1950 and 2100. Type the full date (${EXAMPLE}).`,
        );
      } else if (r.status === "text" || r.status === "boolean" || r.status === "error") {
        const fix = r.status === "error" ? "Retype the date (the error often comes from a deleted cell it referred to)." : "Type the date itself; notes go in another column.";
        ctx.report("date-invalid", where, `${head} ${r.status === "error" ? "shows" : "is"} ${found(cell)}; expected a date (${EXAMPLE}). ${fix}`);
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
          `${row.label}: End ${isoDate(end)} is before Start ${isoDate(start)}; expected Start on or before End. Correct one of the two dates.`,
        );
      }
    }
  },
};
