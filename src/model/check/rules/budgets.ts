/**
 * Money that does not add up. The contract treats activities as part of their action's budget
 * (the dashboard leaves them out of the total), so activities costing more than the action mean
 * the action's budget is understated; disbursing more than committed is usually a typing slip.
 */
import { idKey, numberOf } from "../cells";
import type { RuleGroup } from "../rule";

export const budgetRules: RuleGroup = {
  rules: [
    { id: "activities-over-budget", severity: "warning", stage: 3, summary: "An action's workplan activities cost more than the action's Budget." },
    { id: "disbursed-over-committed", severity: "warning", stage: 4, summary: "A funding row has more Disbursed than Committed." },
  ],
  run(ctx) {
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
          `${action.label}: Budget ${budget} is less than the ${s.total} its ${s.count} workplan activities cost; expected the action's budget ` +
            `to cover its activities. Raise the action's Budget, or correct the activities' budgets in stage 5.`,
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
        `${row.label}: Disbursed ${disbursed} is more than Committed ${committed}; expected no more disbursed than committed. ` +
          `Correct the Disbursed or the Committed amount.`,
      );
    }
  },
};
