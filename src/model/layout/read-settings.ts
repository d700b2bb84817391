/** Settings as stored in a workbook's tblSettings, falling back to defaults field by field. */
import { DEFAULT_SETTINGS, SETTING_FIELDS, parseSettingValue, type PlanSettings } from "../settings";
import { findTable, snapshotLanguage, tableRows, type WorkbookSnapshot } from "./snapshot";
import { DEFAULT_LANGUAGE, type Language } from "../i18n/language";

/**
 * The language a set-up writes in: the workbook's own once it holds the plan (its planLanguage
 * name; English for a plan set up before languages), the one asked for in a workbook without the
 * plan. Undefined where planLanguage holds no language M&D Planner writes: the host refuses.
 */
export function setupLanguage(snapshot: WorkbookSnapshot, requested: Language = DEFAULT_LANGUAGE): Language | undefined {
  if (snapshot.language !== undefined && snapshot.language !== null && snapshot.language !== "") return snapshotLanguage(snapshot);
  return findTable(snapshot, "tblSettings") ? DEFAULT_LANGUAGE : requested;
}

export function settingsFromSnapshot(snapshot: WorkbookSnapshot): { settings: PlanSettings; found: boolean } {
  const rows = tableRows(snapshot, "tblSettings");
  const settings: PlanSettings = { ...DEFAULT_SETTINGS };
  for (const field of SETTING_FIELDS) {
    const row = rows.find((r) => String(r["Name"] ?? "").trim().toLowerCase() === field.name.toLowerCase());
    const value = row ? parseSettingValue(field, row["Value"]) : undefined;
    if (value !== undefined) (settings as unknown as Record<string, unknown>)[field.key] = value;
  }
  const language = snapshotLanguage(snapshot);
  if (language) settings.language = language;
  return { settings, found: rows.length > 0 };
}
