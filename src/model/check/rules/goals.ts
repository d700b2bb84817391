/**
 * Stage 2: the selected goals are the plan's strategic priorities. Each needs actions in
 * stage 3, and the handbook asks for few of them, so a long list is worth a second look.
 */
import { settingLabelIn } from "../../settings";
import { idKey, yesNoOf } from "../cells";
import type { CheckRow } from "../context";
import type { RuleGroup } from "../rule";

export const isSelected = (goal: CheckRow): boolean => yesNoOf(goal.cell("Selected")) === "Yes";

export const goalRules: RuleGroup = {
  rules: [
    { id: "goal-without-actions", severity: "warning" },
    { id: "goals-too-many", severity: "warning" },
    { id: "goals-none-selected", severity: "warning" },
  ],
  run(ctx) {
    const goals = ctx.table("tblGoals", "Goal ID", "Selected");
    if (!goals) return;
    const selected = goals.rows.filter(isSelected);
    const w = ctx.words;
    const words = { selected: w.header("Selected"), yes: w.value("Yes"), no: w.value("No") };

    if (goals.rows.length > 0 && selected.length === 0) {
      ctx.report(
        "goals-none-selected",
        { table: "tblGoals", row: goals.rows[0], column: "Selected" },
        ctx.t("goals-none-selected", { ...words, count: goals.rows.length, table: w.table("tblGoals") }),
      );
    }

    const max = ctx.settings.maxGoals;
    if (selected.length > max) {
      const ids = selected.map((g) => g.id || ctx.t("goals-too-many.row", { number: String(g.number) }));
      ctx.report(
        "goals-too-many",
        { table: "tblGoals", row: selected[max], column: "Selected" },
        ctx.t("goals-too-many", {
          ...words,
          count: String(selected.length),
          list: w.list(ids, 12),
          row: selected[max].label,
          max: String(max),
          setting: settingLabelIn("maxGoals", w.language),
        }),
      );
    }

    const actions = ctx.table("tblActions", "Goal ID");
    if (!actions) return;
    const used = new Set(actions.rows.map((a) => idKey(a.text("Goal ID"))));
    for (const goal of selected) {
      if (!goal.id || used.has(idKey(goal.id))) continue;
      ctx.report(
        "goal-without-actions",
        { table: "tblGoals", row: goal, column: "Goal ID" },
        ctx.t("goal-without-actions", { ...words, id: goal.id, goalId: w.header("Goal ID"), table: w.table("tblActions") }),
      );
    }
  },
};
