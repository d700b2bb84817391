/**
 * Money that does not add up. The contract treats activities as part of their action's budget
 * (the dashboard leaves them out of the total), so activities costing more than the action mean
 * the action's budget is understated; disbursing more than committed is usually a typing slip.
 */
import { idKey, numberOf } from "../cells";
import type { RuleGroup } from "../rule";

export const budgetRules: RuleGroup = {
  rules: [
    { id: "activities-over-budget", severity: "warning" },
    { id: "disbursed-over-committed", severity: "warning" },
  ],
  run(ctx) {
    const w = ctx.words;
    const actions = ctx.table("tblActions", "Action ID", "Budget");
    const workplan = ctx.table("tblWorkplan", "Action ID", "Budget");
    if (actions && workplan) {
      const spent = new Map<string, { total: number; count: number }>();
      for (const row of workplan.rows) {
        const n = numberOf(row.cell("Budget"));
        const key = idKey(row.text("Action ID"));
        if (n === undefined || !key) continue;
        const s = spent.get(key) ?? { total: 0, count: 0 };
        spent.set(key, { total: s.total + n, count: s.count + 1 });
      }
      for (const action of actions.rows) {
        const budget = numberOf(action.cell("Budget"));
        const s = spent.get(idKey(action.id));
        if (budget === undefined || !s || s.total <= budget) continue;
        ctx.report(
          "activities-over-budget",
          { table: "tblActions", row: action, column: "Budget" },
          // Amounts as text: ICU would group digits by the language's rules, unlike the cell.
          ctx.t("activities-over-budget", { row: action.label, budget: w.header("Budget"), amount: String(budget), total: String(s.total), count: s.count }),
        );
      }
    }

    const funding = ctx.table("tblFunding", "Committed", "Disbursed");
    if (!funding) return;
    for (const row of funding.rows) {
      const committed = numberOf(row.cell("Committed"));
      const disbursed = numberOf(row.cell("Disbursed"));
      if (committed === undefined || disbursed === undefined || disbursed <= committed) continue;
      ctx.report(
        "disbursed-over-committed",
        { table: "tblFunding", row, column: "Disbursed" },
        ctx.t("disbursed-over-committed", {
          row: row.label,
          disbursed: w.header("Disbursed"),
          disbursedAmount: String(disbursed),
          committed: w.header("Committed"),
          committedAmount: String(committed),
        }),
      );
    }
  },
};
