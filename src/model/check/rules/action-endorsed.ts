/**
 * Stage 3: the handbook has the multi-stakeholder mechanism endorse the plan's actions before
 * they are carried out, so work under way without endorsement is worth flagging.
 */
import { sameText, textOf, yesNoOf } from "../cells";
import type { RuleGroup } from "../rule";

const UNDER_WAY = ["Ongoing", "Delayed"];

export const actionEndorsedRules: RuleGroup = {
  rules: [{ id: "action-not-endorsed", severity: "warning", stage: 3, summary: "An action is Ongoing or Delayed but not Endorsed = Yes." }],
  run(ctx) {
    const actions = ctx.table("tblActions", "Status", "Endorsed");
    if (!actions) return;
    for (const action of actions.rows) {
      const status = action.text("Status");
      if (!UNDER_WAY.some((s) => sameText(s, status))) continue;
      const endorsed = action.cell("Endorsed");
      const yn = yesNoOf(endorsed);
      if (yn === "Yes" || yn === undefined) continue; // other values: yes-no-invalid
      ctx.report(
        "action-not-endorsed",
        { table: "tblActions", row: action, column: "Endorsed" },
        `${action.label} is ${status} but Endorsed is ${yn === "" ? "blank" : `"${textOf(endorsed)}"`}; expected Yes for work under way. ` +
          `Have the multi-stakeholder mechanism endorse the action and set Endorsed to Yes, or correct its Status.`,
      );
    }
  },
};
