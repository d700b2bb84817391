/**
 * Stage 6 indicators: Progress = (Latest − Baseline) / (Target − Baseline), so a target equal
 * to the baseline leaves Progress blank (contract: the check flags it), and Expected progress
 * divides by Target year − Baseline year, so the years must run forward.
 */
import { numberOf } from "../cells";
import type { RuleGroup } from "../rule";

export const indicatorRules: RuleGroup = {
  rules: [
    { id: "indicator-target-equals-baseline", severity: "warning" },
    { id: "indicator-years-order", severity: "error" },
  ],
  run(ctx) {
    const table = ctx.table("tblIndicators");
    if (!table) return;
    const w = ctx.words;
    for (const row of table.rows) {
      const baseline = numberOf(row.cell("Baseline"));
      const target = numberOf(row.cell("Target"));
      if (baseline !== undefined && target !== undefined && baseline === target) {
        ctx.report(
          "indicator-target-equals-baseline",
          { table: "tblIndicators", row, column: "Target" },
          ctx.t("indicator-target-equals-baseline", {
            row: row.label,
            target: w.header("Target"),
            targetValue: String(target),
            baseline: w.header("Baseline"),
            baselineValue: String(baseline),
            progress: w.header("Progress"),
          }),
        );
      }
      const from = numberOf(row.cell("Baseline year"));
      const to = numberOf(row.cell("Target year"));
      if (from !== undefined && to !== undefined && to < from) {
        ctx.report(
          "indicator-years-order",
          { table: "tblIndicators", row, column: "Target year" },
          ctx.t("indicator-years-order", { row: row.label, targetYear: w.header("Target year"), to: String(to), baselineYear: w.header("Baseline year"), from: String(from) }),
        );
      }
    }
  },
};
