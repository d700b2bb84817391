/** Settings typed in the pane, written into the workbook's Settings table: only what changed, never over what the add-in cannot read. */
import { cellAddress, sheetPrefix } from "../address";
import { SETTING_FIELDS, parseSettingValue, settingExpectation, settingLabelIn, type PlanSettings, type SettingField, type SettingKey } from "../settings";
import { rerun, type SetupWords } from "./setup-words";
import { rowBelowAddress, settingsTable } from "./settings-rows";
import { sameName, snapshotLanguage, type WorkbookSnapshot } from "./snapshot";
import { DEFAULT_LANGUAGE } from "../i18n/language";
import { toEnglish, toLanguage } from "../i18n/workbook/terms";
import type { Notice, SetupStep } from "./steps";

const same = sameName;

/**
 * Writes only the Value cells whose setting the user changed. A Value the add-in cannot read
 * ("twenty twenty-five") is never written over: the form showed a default in its place, not a
 * choice the user made, so the cell is left as typed and the user is told where to correct it.
 * `added`: settings whose rows set-up appends in this run (settings-rows.ts), their values with them.
 */
export function planSettingsWrite(snapshot: WorkbookSnapshot, settings: PlanSettings, notices: Notice[], words: SetupWords, added: readonly SettingField[] = []): SetupStep | undefined {
  const { t } = words;
  // The headers as the workbook's language writes them: a French Settings table's « Nom » and « Valeur ».
  const found = settingsTable(snapshot);
  if (!found) return undefined;
  const { table, data, nameCol, valueCol } = found;
  const language = snapshotLanguage(snapshot) ?? DEFAULT_LANGUAGE;
  const inWorkbook = toLanguage(language);
  const inEnglish = toEnglish(language);
  const values: { bodyRow: number; value: string | number }[] = [];
  const rowed = new Set<SettingKey>();
  data.forEach((row, bodyRow) => {
    const field = SETTING_FIELDS.find((f) => same(String(row[nameCol] ?? ""), f.name));
    if (!field) return;
    rowed.add(field.key);
    // A frequency is a drop-down value, in the workbook's language (« Annuelle »); the pane's is English.
    const listed = field.kind === "frequency";
    const wanted = listed ? inWorkbook("values", String(settings[field.key])) : settings[field.key];
    const current = row[valueCol];
    if (String(current ?? "") === String(wanted)) return;
    if (current !== null && current !== undefined && current !== "" && parseSettingValue(field, listed ? inEnglish("values", String(current)) : current) === undefined) {
      const address = `${sheetPrefix(table.sheet)}${cellAddress(table.row + 1 + bodyRow, table.col + valueCol)}`;
      notices.push({
        level: "warning",
        sheet: table.sheet,
        table: "tblSettings",
        message: t("notice.settingKept", { cell: address, label: settingLabelIn(field.key, t.language), current: JSON.stringify(current), expected: settingExpectation(field, t.language), wanted: JSON.stringify(wanted) }),
      });
      return;
    }
    values.push({ bodyRow, value: wanted });
  });
  // A setting newer than the workbook's table (the IATI ones in an older plan) whose row set-up
  // could not add has no row to write to: say so rather than drop what the user typed.
  let typedBelow = 0;
  for (const field of SETTING_FIELDS) {
    const wanted = settings[field.key];
    if (rowed.has(field.key) || added.includes(field) || wanted === undefined || wanted === null || String(wanted) === "") continue;
    notices.push({
      level: "warning",
      sheet: table.sheet,
      table: "tblSettings",
      message: t("notice.settingNoRow", { label: settingLabelIn(field.key, t.language), value: JSON.stringify(wanted), cell: rowBelowAddress(table, typedBelow++), name: field.name, nameHeader: table.headers[nameCol], valueHeader: table.headers[valueCol], rerun: rerun(words) }),
    });
  }
  return values.length ? { kind: "writeSettings", column: table.headers[valueCol], values } : undefined;
}
