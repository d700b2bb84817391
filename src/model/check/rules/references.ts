/**
 * Rows of later stages that point at an action (or a goal) by ID. An unknown ID silently drops
 * the row out of the action's Committed, the dashboard's progress and the donors' view.
 * Blank is allowed here: funding or a risk may concern the plan as a whole.
 */
import type { TableName } from "../../contract";
import { idKey } from "../cells";
import type { CheckContext } from "../context";
import type { RuleGroup } from "../rule";

const ACTION_REFS: TableName[] = ["tblCapacity", "tblFunding", "tblWorkplan", "tblRisks", "tblIndicators"];
const GOAL_REFS: TableName[] = ["tblOtherProjects", "tblIndicators"];

function checkRefs(ctx: CheckContext, rule: "action-ref-unknown" | "goal-ref-unknown", target: TableName, column: string, from: TableName[]): void {
  const known = ctx.index(target, column);
  if (!known) return; // target table or its ID column missing: reported by column-missing
  const ids = [...known.values()].map((r) => r.id || r.text(column));
  for (const name of from) {
    const table = ctx.table(name, column);
    if (!table) continue;
    for (const row of table.rows) {
      const cell = row.cell(column);
      const id = row.text(column);
      if (!id || cell?.kind === "error" || known.has(idKey(id))) continue;
      ctx.report(
        rule,
        { table: name, row, column },
        ctx.t(rule, { row: row.label, column: ctx.words.header(column), id, list: ctx.words.list(ids), table: ctx.words.table(target) }),
      );
    }
  }
}

export const referenceRules: RuleGroup = {
  rules: [
    { id: "action-ref-unknown", severity: "error" },
    { id: "goal-ref-unknown", severity: "error" },
  ],
  run(ctx) {
    checkRefs(ctx, "action-ref-unknown", "tblActions", "Action ID", ACTION_REFS);
    checkRefs(ctx, "goal-ref-unknown", "tblGoals", "Goal ID", GOAL_REFS);
  },
};
