/**
 * Numbers in their range: amounts not negative, ratings whole 1 to 5 (the risk score and the
 * capacity gap multiply and subtract them), shares 0-100 %, years plausible. Only real numbers
 * are judged here; text and errors are numbers.ts's.
 */
import { FIRST_SERIAL, LAST_SERIAL, numberOf } from "../cells";
import type { RuleGroup } from "../rule";
import { typedCells } from "../typed-cells";

/** 0.6 is shown as 60 %; people who type 60 into a % cell get 6000 %. */
const pct = (n: number) => String(Math.round(n * 10000) / 100);

export const rangeRules: RuleGroup = {
  rules: [
    { id: "number-negative", severity: "error" },
    { id: "rating-range", severity: "error" },
    { id: "percent-range", severity: "error" },
    { id: "year-range", severity: "error" },
  ],
  run(ctx) {
    const w = ctx.words;
    const kinds = new Set(["money", "rating", "percent", "year"]);
    for (const { table, row, column, cell } of typedCells(ctx, (c) => kinds.has(c.kind))) {
      const n = numberOf(cell);
      if (n === undefined) continue;
      const where = { table: table.info.name, row, column: column.header };
      const head = { row: row.label, column: w.header(column.header), number: String(n) };
      if (column.kind === "money" && n < 0) {
        ctx.report("number-negative", where, ctx.t("number-negative", head));
      } else if (column.kind === "rating" && (!Number.isInteger(n) || n < 1 || n > 5)) {
        ctx.report("rating-range", where, ctx.t("rating-range", head));
      } else if (column.kind === "percent" && (n < 0 || n > 1)) {
        // 60 typed into a % cell means 60 %, stored as 6000 %: say so, since that is the usual cause.
        const fix = n > 1 && n <= 100 ? ctx.t("percent-range.meant", { number: String(n), share: String(n / 100) }) : ctx.t("percent-range.example");
        ctx.report("percent-range", where, ctx.t("percent-range", { ...head, percent: pct(n), fix }));
      } else if (column.kind === "year" && (!Number.isInteger(n) || n < 1950 || n > 2100)) {
        const date = n >= FIRST_SERIAL && n <= LAST_SERIAL ? ctx.t("year-range.date") : "";
        ctx.report("year-range", where, ctx.t("year-range", { ...head, date }));
      }
    }
  },
};
