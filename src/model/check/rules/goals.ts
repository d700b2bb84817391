/**
 * Stage 2: the selected goals are the plan's strategic priorities. Each needs actions in
 * stage 3, and the handbook asks for few of them, so a long list is worth a second look.
 */
import { idKey, listForMessage, yesNoOf } from "../cells";
import type { CheckRow } from "../context";
import type { RuleGroup } from "../rule";

export const isSelected = (goal: CheckRow): boolean => yesNoOf(goal.cell("Selected")) === "Yes";

export const goalRules: RuleGroup = {
  rules: [
    { id: "goal-without-actions", severity: "warning", stage: 2, summary: "A selected goal has no action in tblActions." },
    { id: "goals-too-many", severity: "warning", stage: 2, summary: "More goals are selected than the plan's setting Most priority goals." },
    { id: "goals-none-selected", severity: "warning", stage: 2, summary: "Goals are listed but none is selected." },
  ],
  run(ctx) {
    const goals = ctx.table("tblGoals", "Goal ID", "Selected");
    if (!goals) return;
    const selected = goals.rows.filter(isSelected);

    if (goals.rows.length > 0 && selected.length === 0) {
      ctx.report(
        "goals-none-selected",
        { table: "tblGoals", row: goals.rows[0], column: "Selected" },
        `None of the ${goals.rows.length} goals in tblGoals has Selected = Yes; expected the plan's priority goals to be selected. ` +
          `Set Selected to Yes for the goals the plan pursues.`,
      );
    }

    const max = ctx.settings.maxGoals;
    if (selected.length > max) {
      const ids = selected.map((g) => g.id || `row ${g.number}`);
      ctx.report(
        "goals-too-many",
        { table: "tblGoals", row: selected[max], column: "Selected" },
        `${selected.length} goals are selected (${listForMessage(ids, 12)}), from ${selected[max].label} on beyond the plan's limit of ${max} ` +
          `(setting Most priority goals); the handbook asks for a limited number of strategic goals. ` +
          `Set Selected to No for the lower priorities, or raise the setting if the plan really needs them.`,
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
        `Goal ${goal.id} is selected (Selected = Yes) but no action in tblActions has Goal ID ${goal.id}; expected at least one action. ` +
          `Add an action for it in stage 3, or set Selected to No if the plan does not pursue it.`,
      );
    }
  },
};
