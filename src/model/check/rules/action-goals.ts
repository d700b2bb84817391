/** Stage 3: an action serves one of the plan's selected goals, named by its Goal ID. */
import { idKey, textOf } from "../cells";
import type { RuleGroup } from "../rule";
import { isSelected } from "./goals";

export const actionGoalRules: RuleGroup = {
  rules: [
    { id: "action-goal-unknown", severity: "error" },
    { id: "action-goal-not-selected", severity: "error" },
  ],
  run(ctx) {
    const actions = ctx.table("tblActions", "Goal ID");
    const goals = ctx.index("tblGoals", "Goal ID");
    if (!actions || !goals) return;
    const known = [...goals.values()].map((g) => g.id);
    const w = ctx.words;
    const canSelect = ctx.table("tblGoals", "Selected") !== undefined;
    for (const action of actions.rows) {
      const cell = action.cell("Goal ID");
      const goalId = action.text("Goal ID");
      if (!goalId || cell?.kind === "error") continue; // blank: value-required; error: cell-error
      const goal = goals.get(idKey(goalId));
      if (!goal) {
        ctx.report(
          "action-goal-unknown",
          { table: "tblActions", row: action, column: "Goal ID" },
          ctx.t("action-goal-unknown", { row: action.label, goalId: w.header("Goal ID"), id: goalId, list: w.list(known), table: w.table("tblGoals") }),
        );
      } else if (canSelect && !isSelected(goal)) {
        const sel = goal.cell("Selected");
        ctx.report(
          "action-goal-not-selected",
          { table: "tblActions", row: action, column: "Goal ID" },
          ctx.t("action-goal-not-selected", {
            row: action.label,
            goalId: w.header("Goal ID"),
            id: goalId,
            selected: w.header("Selected"),
            blank: textOf(sel) ? "no" : "yes",
            found: w.typed(sel),
            cell: w.cell(String(sel?.address)),
            yes: w.value("Yes"),
            goal: goal.id,
          }),
        );
      }
    }
  },
};
