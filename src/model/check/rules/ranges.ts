/**
 * Numbers in their range: amounts not negative, ratings whole 1 to 5 (the risk score and the
 * capacity gap multiply and subtract them), shares 0-100 %, years plausible. Only real numbers
 * are judged here; text and errors are numbers.ts's.
 */
import { FIRST_SERIAL, LAST_SERIAL, numberOf } from "../cells";
import type { RuleGroup } from "../rule";
import { typedCells } from "../typed-cells";

/** 0.6 is shown as 60 %; people who type 60 into a % cell get 6000 %. */
const pct = (n: number) => `${Math.round(n * 10000) / 100} %`;

export const rangeRules: RuleGroup = {
  rules: [
    { id: "number-negative", severity: "error", stage: 0, summary: "An amount (Budget, Cost, Pledged, Committed...) is below 0." },
    { id: "rating-range", severity: "error", stage: 0, summary: "Likelihood, Impact, Current or Required is not a whole number from 1 to 5." },
    { id: "percent-range", severity: "error", stage: 5, summary: "Percent complete is outside 0 % to 100 %." },
    { id: "year-range", severity: "error", stage: 0, summary: "A year column holds something other than a whole year from 1950 to 2100." },
  ],
  run(ctx) {
    const kinds = new Set(["money", "rating", "percent", "year"]);
    for (const { table, row, column, cell } of typedCells(ctx, (c) => kinds.has(c.kind))) {
      const n = numberOf(cell);
      if (n === undefined) continue;
      const where = { table: table.info.name, row, column: column.header };
      const head = `${row.label}: ${column.header}`;
      if (column.kind === "money" && n < 0) {
        ctx.report("number-negative", where, `${head} is ${n}; expected an amount of 0 or more. Type the amount as 0 or more (a cut is entered as a lower amount, not a negative one).`);
      } else if (column.kind === "rating" && (!Number.isInteger(n) || n < 1 || n > 5)) {
        ctx.report("rating-range", where, `${head} is ${n}; expected a whole number from 1 to 5. Pick a rating from 1 (lowest) to 5 (highest).`);
      } else if (column.kind === "percent" && (n < 0 || n > 1)) {
        // 60 typed into a % cell means 60 %, stored as 6000 %: say so, since that is the usual cause.
        const meant = n > 1 && n <= 100 ? ` It was probably meant as ${n} %: type ${n}% (with the % sign) or ${n / 100}.` : "";
        ctx.report("percent-range", where, `${head} is ${pct(n)} (${n}); expected a share from 0 % to 100 %.${meant || " Type a share such as 60%."}`);
      } else if (column.kind === "year" && (!Number.isInteger(n) || n < 1950 || n > 2100)) {
        const date = n >= FIRST_SERIAL && n <= LAST_SERIAL ? " (it looks like a date: type the year alone)" : "";
        ctx.report("year-range", where, `${head} is ${n}${date}; expected a whole year from 1950 to 2100, such as 2027. Type the year.`);
      }
    }
  },
};
