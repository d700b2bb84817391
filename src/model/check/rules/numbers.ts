/**
 * Numeric columns (amounts, values, ratings, shares, years) must hold numbers. Text is the
 * classic paste problem: "1500" stored as text looks fine but SUM, SUMIFS and the dashboard
 * skip it, so the plan's totals and funding gaps quietly go wrong.
 */
import type { ColumnKind } from "../../spec/types";
import type { CheckKey } from "../../i18n/check";
import { readNumber } from "../cells";
import type { RuleGroup } from "../rule";
import { typedCells } from "../typed-cells";

/** What each numeric kind expects, as messages say it. */
const EXPECTED: Partial<Record<ColumnKind, CheckKey>> = {
  money: "expect.money",
  number: "expect.number",
  integer: "expect.integer",
  rating: "expect.rating",
  percent: "expect.percent",
  year: "expect.year",
};

/** The kinds this file checks; the others report their own error values (cell-errors.ts). */
export const NUMERIC_KINDS: ReadonlySet<ColumnKind> = new Set(Object.keys(EXPECTED) as ColumnKind[]);

export const numberRules: RuleGroup = {
  rules: [
    { id: "number-text", severity: "error" },
    { id: "number-invalid", severity: "error" },
  ],
  run(ctx) {
    const w = ctx.words;
    for (const { table, row, column, cell } of typedCells(ctx, (c) => NUMERIC_KINDS.has(c.kind))) {
      const where = { table: table.info.name, row, column: column.header };
      const values = { row: row.label, column: w.header(column.header), expected: ctx.t(EXPECTED[column.kind] as CheckKey), found: w.found(cell) };
      const r = readNumber(cell);
      if (r.status === "text-number") {
        ctx.report(
          "number-text",
          where,
          ctx.t("number-text", values),
        );
      } else if (r.status === "text" || r.status === "boolean") {
        ctx.report(
          "number-invalid",
          where,
          ctx.t("number-invalid", values),
        );
      } else if (r.status === "error") {
        ctx.report(
          "number-invalid",
          where,
          ctx.t("number-invalid.error", values),
        );
      }
    }
  },
};
