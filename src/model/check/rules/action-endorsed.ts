/**
 * Stage 3: the handbook has the multi-stakeholder mechanism endorse the plan's actions before
 * they are carried out, so work under way without endorsement is worth flagging.
 */
import { listText, sameText, yesNoOf } from "../cells";
import type { RuleGroup } from "../rule";

const UNDER_WAY = ["Ongoing", "Delayed"];

export const actionEndorsedRules: RuleGroup = {
  rules: [{ id: "action-not-endorsed", severity: "warning" }],
  run(ctx) {
    const actions = ctx.table("tblActions", "Status", "Endorsed");
    if (!actions) return;
    const w = ctx.words;
    for (const action of actions.rows) {
      const status = listText(action.cell("Status"));
      if (status === undefined || !UNDER_WAY.some((s) => sameText(s, status))) continue;
      const endorsed = action.cell("Endorsed");
      const yn = yesNoOf(endorsed);
      if (yn === "Yes" || yn === undefined) continue; // other values: yes-no-invalid
      ctx.report(
        "action-not-endorsed",
        { table: "tblActions", row: action, column: "Endorsed" },
        ctx.t("action-not-endorsed", {
          row: action.label,
          status: w.value(status),
          endorsed: w.header("Endorsed"),
          blank: yn === "" ? "yes" : "no",
          found: w.typed(endorsed),
          yes: w.value("Yes"),
          statusColumn: w.header("Status"),
        }),
      );
    }
  },
};
