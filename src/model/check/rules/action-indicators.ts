/**
 * Stage 3 ↔ stage 6: each action names the indicators that measure it (comma-separated IDs).
 * An unknown ID means the action is not measured as intended; none at all, that it is not
 * measured. The indicator's own Action ID should agree (info: both are typed by hand).
 */
import { idKey, splitIds } from "../cells";
import type { RuleGroup } from "../rule";

export const actionIndicatorRules: RuleGroup = {
  rules: [
    { id: "action-indicator-unknown", severity: "error" },
    { id: "action-no-indicators", severity: "warning" },
    { id: "indicator-action-link", severity: "info" },
  ],
  run(ctx) {
    const actions = ctx.table("tblActions", "Indicator IDs");
    if (!actions) return;
    const w = ctx.words;
    const column = w.header("Indicator IDs");
    const indicators = ctx.index("tblIndicators", "Indicator ID");
    const known = indicators ? [...indicators.values()].map((i) => i.id) : [];
    for (const action of actions.rows) {
      const cell = action.cell("Indicator IDs");
      if (cell?.kind === "error") continue; // cell-error
      const ids = splitIds(action.text("Indicator IDs"));
      if (ids.length === 0) {
        ctx.report(
          "action-no-indicators",
          { table: "tblActions", row: action, column: "Indicator IDs" },
          ctx.t("action-no-indicators", { row: action.label, column }),
        );
        continue;
      }
      if (!indicators) continue;
      for (const id of ids) {
        if (indicators.has(idKey(id))) continue;
        // "I1; I2" or "I1 I2" is one unknown ID to us: say how to separate them.
        const separate = /[;\s/]/.test(id) ? ctx.t("action-indicator-unknown.separate") : "";
        ctx.report(
          "action-indicator-unknown",
          { table: "tblActions", row: action, column: "Indicator IDs" },
          ctx.t("action-indicator-unknown", { row: action.label, column, id, list: w.list(known), separate, table: w.table("tblIndicators") }),
        );
      }
    }

    const linked = ctx.table("tblIndicators", "Indicator ID", "Action ID");
    const byAction = ctx.index("tblActions", "Action ID");
    if (!linked || !byAction) return;
    for (const indicator of linked.rows) {
      const action = byAction.get(idKey(indicator.text("Action ID")));
      if (!action || !indicator.id) continue;
      const listed = splitIds(action.text("Indicator IDs")).map(idKey);
      if (listed.includes(idKey(indicator.id))) continue;
      ctx.report(
        "indicator-action-link",
        { table: "tblIndicators", row: indicator, column: "Action ID" },
        ctx.t("indicator-action-link", {
          row: indicator.label,
          actionId: w.header("Action ID"),
          action: action.id,
          actionRow: action.label,
          indicatorIds: column,
          listed: action.text("Indicator IDs"),
          id: indicator.id,
        }),
      );
    }
  },
};
