/**
 * Timing: actions run inside the plan period, activities inside their action. Warnings, since
 * an action may rightly have started before the plan (work already under way).
 */
import { excelDate, isoDate } from "../../dates";
import { settingLabelIn } from "../../settings";
import { dateOf, idKey } from "../cells";
import type { RuleGroup } from "../rule";

export const periodRules: RuleGroup = {
  rules: [
    { id: "action-outside-plan", severity: "warning" },
    { id: "activity-outside-action", severity: "warning" },
  ],
  run(ctx) {
    const { startYear, endYear } = ctx.settings;
    const actions = ctx.table("tblActions");
    // Unusable years are reported by the settings form; guarding here keeps the check from throwing.
    const year = (y: number) => Number.isInteger(y) && y >= 1900 && y <= 9999;
    if (actions && year(startYear) && year(endYear)) {
      const first = excelDate(`${startYear}-01-01`);
      const last = excelDate(`${endYear}-12-31`);
      const period = { first: isoDate(first), last: isoDate(last), firstYear: settingLabelIn("startYear", ctx.words.language), lastYear: settingLabelIn("endYear", ctx.words.language) };
      for (const row of actions.rows) {
        for (const column of ["Start", "End"]) {
          const d = dateOf(row.cell(column));
          if (d === undefined || (d >= first && d <= last)) continue;
          ctx.report(
            "action-outside-plan",
            { table: "tblActions", row, column },
            ctx.t("action-outside-plan", { ...period, row: row.label, column: ctx.words.header(column), date: isoDate(d) }),
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
        { column: "Start", mine: dateOf(row.cell("Start")), theirs: dateOf(action.cell("Start")), bad: (a: number, b: number) => a < b, word: "before" as const },
        { column: "End", mine: dateOf(row.cell("End")), theirs: dateOf(action.cell("End")), bad: (a: number, b: number) => a > b, word: "after" as const },
      ];
      for (const c of checks) {
        if (c.mine === undefined || c.theirs === undefined || !c.bad(c.mine, c.theirs)) continue;
        ctx.report(
          "activity-outside-action",
          { table: "tblWorkplan", row, column: c.column },
          ctx.t(`activity-outside-action.${c.word}`, { row: row.label, column: ctx.words.header(c.column), date: isoDate(c.mine), action: action.label, theirs: isoDate(c.theirs) }),
        );
      }
    }
  },
};
