/** Stage 3: an action serves one of the plan's selected goals, named by its Goal ID. */
import { idKey, listForMessage, textOf } from "../cells";
import type { RuleGroup } from "../rule";
import { isSelected } from "./goals";

export const actionGoalRules: RuleGroup = {
  rules: [
    { id: "action-goal-unknown", severity: "error", stage: 3, summary: "An action's Goal ID is not a goal in tblGoals." },
    { id: "action-goal-not-selected", severity: "error", stage: 3, summary: "An action's goal is not selected (Selected is not Yes)." },
  ],
  run(ctx) {
    const actions = ctx.table("tblActions", "Goal ID");
    const goals = ctx.index("tblGoals", "Goal ID");
    if (!actions || !goals) return;
    const known = [...goals.values()].map((g) => g.id);
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
          `${action.label}: Goal ID "${goalId}" is not a goal in tblGoals; expected one of ${listForMessage(known)}. ` +
            `Correct the Goal ID, or add goal ${goalId} in stage 2.`,
        );
      } else if (canSelect && !isSelected(goal)) {
        const sel = goal.cell("Selected");
        ctx.report(
          "action-goal-not-selected",
          { table: "tblActions", row: action, column: "Goal ID" },
          `${action.label}: Goal ID ${goalId} is a goal that is not selected (Selected is ${textOf(sel) ? `"${textOf(sel)}"` : "blank"} at ${sel?.address}); ` +
            `expected a selected goal. Set Selected to Yes for ${goal.id} in stage 2, or link the action to a selected goal.`,
        );
      }
    }
  },
};
