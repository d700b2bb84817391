/**
 * Indicators about people need figures by sex (the handbook asks for data disaggregated by sex
 * and age), and the figures by sex should add up to the total reported for the same period.
 * Rates and shares are not summed: only counts are compared.
 */
import { idKey, numberOf, textOf } from "../cells";
import type { RuleGroup } from "../rule";

/** Judged from the Unit, which says what is counted: names of indicators mention migrants for other reasons. */
const ABOUT_PEOPLE = /^\s*(number of )?(persons?|people|workers?|migrants?|returnees?|women|men|girls|boys|children|students?|refugees?|citizens?|residents?|individuals?)\b/i;
const NOT_A_COUNT = /%|percent|per cent|rate|ratio|proportion|share|index|usd|cost|days?|years?/i;
const SEXES = ["female", "male", "women", "men", "f", "m"];

export const disaggregationRules: RuleGroup = {
  rules: [
    { id: "indicator-no-sex-disaggregation", severity: "warning" },
    { id: "values-sex-not-total", severity: "warning" },
  ],
  run(ctx) {
    const indicators = ctx.table("tblIndicators", "Indicator ID", "Disaggregation");
    if (indicators) {
      for (const row of indicators.rows) {
        if (!ABOUT_PEOPLE.test(row.text("Unit")) || /sex|gender/i.test(row.text("Disaggregation"))) continue;
        ctx.report(
          "indicator-no-sex-disaggregation",
          { table: "tblIndicators", row, column: "Disaggregation" },
          ctx.t("indicator-no-sex-disaggregation", {
            row: row.label,
            unit: ctx.words.header("Unit"),
            unitValue: row.text("Unit"),
            disaggregation: ctx.words.header("Disaggregation"),
            value: row.text("Disaggregation"),
            valueTable: ctx.words.table("tblIndicatorValues"),
          }),
        );
      }
    }

    const values = ctx.table("tblIndicatorValues", "Indicator ID", "Period", "Sex", "Value");
    if (!values) return;
    const units = new Map((indicators?.rows ?? []).map((r) => [idKey(r.id), r.text("Unit")]));
    const groups = new Map<string, { total?: number; totalRow?: (typeof values.rows)[number]; bySex: number; sexes: number }>();
    for (const row of values.rows) {
      const unit = units.get(idKey(row.text("Indicator ID"))) ?? "";
      if (NOT_A_COUNT.test(unit)) continue;
      const age = textOf(row.cell("Age group")).toLowerCase();
      if (age && age !== "total") continue;
      const key = `${idKey(row.text("Indicator ID"))}|${row.text("Period").toLowerCase()}`;
      const g = groups.get(key) ?? { bySex: 0, sexes: 0 };
      const sex = row.text("Sex").toLowerCase();
      const v = numberOf(row.cell("Value"));
      if (v === undefined) continue;
      if (!sex || sex === "total") {
        g.total = v;
        g.totalRow = row;
      } else if (SEXES.includes(sex)) {
        g.bySex += v;
        g.sexes++;
      }
      groups.set(key, g);
    }
    for (const g of groups.values()) {
      if (!g.totalRow || g.total === undefined || g.sexes < 2 || Math.abs(g.bySex - g.total) <= Math.abs(g.total) * 1e-9) continue;
      const row = g.totalRow;
      ctx.report(
        "values-sex-not-total",
        { table: "tblIndicatorValues", row, column: "Value" },
        ctx.t("values-sex-not-total", { id: row.text("Indicator ID"), period: row.text("Period"), bySex: String(g.bySex), total: String(g.total) }),
      );
    }
  },
};
