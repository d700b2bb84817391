/**
 * Numeric columns (amounts, values, ratings, shares, years) must hold numbers. Text is the
 * classic paste problem: "1500" stored as text looks fine but SUM, SUMIFS and the dashboard
 * skip it, so the plan's totals and funding gaps quietly go wrong.
 */
import type { ColumnKind } from "../../spec/types";
import { found, readNumber } from "../cells";
import type { RuleGroup } from "../rule";
import { typedCells } from "../typed-cells";

/** What each numeric kind expects, as messages say it. */
export const EXPECTED: Partial<Record<ColumnKind, string>> = {
  money: "an amount, a number of 0 or more",
  number: "a number",
  integer: "a whole number",
  rating: "a whole number from 1 to 5",
  percent: "a share from 0 % to 100 %",
  year: "a year such as 2027",
};

export const numberRules: RuleGroup = {
  rules: [
    { id: "number-text", severity: "error", stage: 0, summary: "A number stored as text (e.g. \"1500\"): Excel leaves it out of sums." },
    { id: "number-invalid", severity: "error", stage: 0, summary: "A numeric cell (Budget, Value, rating...) holds words, TRUE/FALSE or an error value." },
  ],
  run(ctx) {
    for (const { table, row, column, cell } of typedCells(ctx, (c) => EXPECTED[c.kind] !== undefined)) {
      const expected = EXPECTED[column.kind] as string;
      const where = { table: table.info.name, row, column: column.header };
      const head = `${row.label}: ${column.header}`;
      const r = readNumber(cell);
      if (r.status === "text-number") {
        ctx.report(
          "number-text",
          where,
          `${head} holds ${found(cell)} as text, not a number; expected ${expected}. Excel leaves text out of sums and calculations: ` +
            `retype it as a number, or use Data > Text to Columns on the column.`,
        );
      } else if (r.status === "text" || r.status === "boolean") {
        ctx.report(
          "number-invalid",
          where,
          `${head} is ${found(cell)}; expected ${expected}. Type a plain number, without words, units or currency signs (notes go in another column).`,
        );
      } else if (r.status === "error") {
        ctx.report(
          "number-invalid",
          where,
          `${head} shows ${found(cell)}; expected ${expected}. Retype the number (the error usually comes from a formula or a deleted cell it referred to).`,
        );
      }
    }
  },
};
