/** Settings as stored in a workbook's tblSettings, falling back to defaults field by field. */
import { DEFAULT_SETTINGS, SETTING_FIELDS, parseSettingValue, type PlanSettings } from "../settings";
import { tableRows, type WorkbookSnapshot } from "./snapshot";

export function settingsFromSnapshot(snapshot: WorkbookSnapshot): { settings: PlanSettings; found: boolean } {
  const rows = tableRows(snapshot, "tblSettings");
  const settings: PlanSettings = { ...DEFAULT_SETTINGS };
  for (const field of SETTING_FIELDS) {
    const row = rows.find((r) => String(r["Name"] ?? "").trim().toLowerCase() === field.name.toLowerCase());
    const value = row ? parseSettingValue(field, row["Value"]) : undefined;
    if (value !== undefined) (settings as unknown as Record<string, unknown>)[field.key] = value;
  }
  return { settings, found: rows.length > 0 };
}
