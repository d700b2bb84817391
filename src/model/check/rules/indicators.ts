/**
 * Stage 6 indicators: Progress = (Latest − Baseline) / (Target − Baseline), so a target equal
 * to the baseline leaves Progress blank (contract: the check flags it), and Expected progress
 * divides by Target year − Baseline year, so the years must run forward.
 */
import { numberOf } from "../cells";
import type { RuleGroup } from "../rule";

export const indicatorRules: RuleGroup = {
  rules: [
    { id: "indicator-target-equals-baseline", severity: "warning", stage: 6, summary: "An indicator's Target equals its Baseline: Progress stays blank." },
    { id: "indicator-years-order", severity: "error", stage: 6, summary: "An indicator's Target year is before its Baseline year." },
  ],
  run(ctx) {
    const table = ctx.table("tblIndicators");
    if (!table) return;
    for (const row of table.rows) {
      const baseline = numberOf(row.cell("Baseline"));
      const target = numberOf(row.cell("Target"));
      if (baseline !== undefined && target !== undefined && baseline === target) {
        ctx.report(
          "indicator-target-equals-baseline",
          { table: "tblIndicators", row, column: "Target" },
          `${row.label}: Target ${target} equals its Baseline ${baseline}, so Progress cannot be measured (it stays blank); ` +
            `expected a target different from the baseline. Correct the Target (or the Baseline).`,
        );
      }
      const from = numberOf(row.cell("Baseline year"));
      const to = numberOf(row.cell("Target year"));
      if (from !== undefined && to !== undefined && to < from) {
        ctx.report(
          "indicator-years-order",
          { table: "tblIndicators", row, column: "Target year" },
          `${row.label}: Target year ${to} is before its Baseline year ${from}; expected the target year on or after the baseline year. ` +
            `Correct one of the two years.`,
        );
      }
    }
  },
};
