/**
 * The plan's settings as typed in tblSettings. A Value the add-in cannot read does not stop the
 * check (the default stands in), but everything computed from it (plan period, thresholds,
 * reporting periods) may then be wrong, so the user is told which cell to correct.
 */
import { DEFAULT_SETTINGS, SETTING_FIELDS, parseSettingValue, settingExpectation, settingLabelIn } from "../../settings";
import { normHeader } from "../cells";
import type { RuleGroup } from "../rule";

export const settingsRules: RuleGroup = {
  rules: [{ id: "setting-unreadable", severity: "warning" }],
  run(ctx) {
    const table = Object.values(ctx.data.tables).find((t) => t?.name.toLowerCase() === "tblsettings");
    if (!table) return;
    const header = (h: string) => table.headers.find((x) => normHeader(x) === normHeader(h));
    const nameCol = header("Name");
    const valueCol = header("Value");
    if (!nameCol || !valueCol) return;
    for (const field of SETTING_FIELDS) {
      const row = table.rows.find((r) => String(r.cells[nameCol]?.value ?? "").trim().toLowerCase() === field.name.toLowerCase());
      const cell = row?.cells[valueCol];
      if (!cell || parseSettingValue(field, cell.kind === "error" ? undefined : cell.value) !== undefined) continue;
      const w = ctx.words;
      const found = cell.value === null || cell.value === "" ? ctx.t("setting-unreadable.blank") : ctx.t("setting-unreadable.holds", { value: w.literal(cell.value) });
      const fallback = DEFAULT_SETTINGS[field.key];
      const used = fallback === "" ? ctx.t("setting-unreadable.nothing") : w.literal(fallback);
      ctx.report(
        "setting-unreadable",
        { table: "tblSettings", cell: cell.address },
        ctx.t("setting-unreadable", { label: settingLabelIn(field.key, w.language), name: field.name, found, expected: settingExpectation(field, w.language), used }),
      );
    }
  },
};
