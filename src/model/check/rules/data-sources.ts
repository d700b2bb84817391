/** Indicators are chosen with the data that exist in mind: each source type should be in stage 1's inventory. */
import type { RuleGroup } from "../rule";

export const dataSourceRules: RuleGroup = {
  rules: [{ id: "indicator-source-not-in-inventory", severity: "warning" }],
  run(ctx) {
    const indicators = ctx.table("tblIndicators", "Source type");
    const sources = ctx.table("tblDataSources", "Source type");
    if (!indicators || !sources) return;
    const known = new Set(sources.rows.map((r) => r.text("Source type").toLowerCase()).filter(Boolean));
    for (const row of indicators.rows) {
      const type = row.text("Source type");
      if (!type || known.has(type.toLowerCase())) continue;
      ctx.report(
        "indicator-source-not-in-inventory",
        { table: "tblIndicators", row, column: "Source type" },
        ctx.t("indicator-source-not-in-inventory", { row: row.label, type: ctx.words.value(type), sources: ctx.words.table("tblDataSources") }),
      );
    }
  },
};
