/**
 * Timing: actions run inside the plan period, activities inside their action. Warnings, since
 * an action may rightly have started before the plan (work already under way).
 */
import { excelDate, isoDate } from "../../dates";
import { dateOf, idKey } from "../cells";
import type { RuleGroup } from "../rule";

export const periodRules: RuleGroup = {
  rules: [
    { id: "action-outside-plan", severity: "warning", stage: 3, summary: "An action's Start or End lies outside the plan period (settings First year to Last year)." },
    { id: "activity-outside-action", severity: "warning", stage: 5, summary: "A workplan activity starts before or ends after its action." },
  ],
  run(ctx) {
    const { startYear, endYear } = ctx.settings;
    const actions = ctx.table("tblActions");
    // Unusable years are reported by the settings form; guarding here keeps the check from throwing.
    const year = (y: number) => Number.isInteger(y) && y >= 1900 && y <= 9999;
    if (actions && year(startYear) && year(endYear)) {
      const first = excelDate(`${startYear}-01-01`);
      const last = excelDate(`${endYear}-12-31`);
      const period = `${isoDate(first)} to ${isoDate(last)}`;
      for (const row of actions.rows) {
        for (const column of ["Start", "End"]) {
          const d = dateOf(row.cell(column));
          if (d === undefined || (d >= first && d <= last)) continue;
          ctx.report(
            "action-outside-plan",
            { table: "tblActions", row, column },
            `${row.label}: ${column} ${isoDate(d)} is outside the plan period ${period}; expected a date inside it. ` +
              `Correct the date, or change the plan's First year / Last year in the settings.`,
          );
        }
      }
    }

    const workplan = ctx.table("tblWorkplan", "Action ID");
    const byId = ctx.index("tblActions", "Action ID");
    if (!workplan || !byId) return;
    for (const row of workplan.rows) {
      const action = byId.get(idKey(row.text("Action ID")));
      if (!action) continue;
      const checks = [
        { column: "Start", mine: dateOf(row.cell("Start")), theirs: dateOf(action.cell("Start")), bad: (a: number, b: number) => a < b, word: "before" },
        { column: "End", mine: dateOf(row.cell("End")), theirs: dateOf(action.cell("End")), bad: (a: number, b: number) => a > b, word: "after" },
      ];
      for (const c of checks) {
        if (c.mine === undefined || c.theirs === undefined || !c.bad(c.mine, c.theirs)) continue;
        ctx.report(
          "activity-outside-action",
          { table: "tblWorkplan", row, column: c.column },
          `${row.label}: ${c.column} ${isoDate(c.mine)} is ${c.word} the ${c.column} of its ${action.label} (${isoDate(c.theirs)}); ` +
            `expected the activity within its action's dates. Correct the activity's date, or the action's ${c.column} in stage 3.`,
        );
      }
    }
  },
};
