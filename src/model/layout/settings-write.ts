/** Settings typed in the pane, written into the workbook's Settings table: only what changed, never over what the add-in cannot read. */
import { cellAddress, sheetPrefix } from "../address";
import { DEFAULT_LANGUAGE } from "../i18n/language";
import { toEnglish } from "../i18n/workbook/terms";
import { SETTING_FIELDS, parseSettingValue, settingExpectation, settingLabelIn, type PlanSettings, type SettingKey } from "../settings";
import type { SetupWords } from "./setup-words";
import { sameName, findTable, snapshotLanguage, type WorkbookSnapshot } from "./snapshot";
import type { Notice, SetupStep } from "./steps";

const same = sameName;

/**
 * Writes only the Value cells whose setting the user changed. A Value the add-in cannot read
 * ("twenty twenty-five") is never written over: the form showed a default in its place, not a
 * choice the user made, so the cell is left as typed and the user is told where to correct it.
 */
export function planSettingsWrite(snapshot: WorkbookSnapshot, settings: PlanSettings, notices: Notice[], { t }: SetupWords): SetupStep | undefined {
  const table = findTable(snapshot, "tblSettings");
  const data = snapshot.tableData?.["tblSettings"];
  if (!table || !data) return undefined;
  // The headers as the workbook's language writes them: a French Settings table's « Nom » and « Valeur ».
  const english = toEnglish(snapshotLanguage(snapshot) ?? DEFAULT_LANGUAGE);
  const nameCol = table.headers.findIndex((h) => same(english("headers", h.trim()), "Name"));
  const valueCol = table.headers.findIndex((h) => same(english("headers", h.trim()), "Value"));
  if (nameCol < 0 || valueCol < 0) return undefined;
  const values: { bodyRow: number; value: string | number }[] = [];
  const rowed = new Set<SettingKey>();
  data.forEach((row, bodyRow) => {
    const field = SETTING_FIELDS.find((f) => same(String(row[nameCol] ?? ""), f.name));
    if (!field) return;
    rowed.add(field.key);
    const wanted = settings[field.key];
    const current = row[valueCol];
    if (String(current ?? "") === String(wanted)) return;
    if (current !== null && current !== undefined && current !== "" && parseSettingValue(field, current) === undefined) {
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
  // A setting newer than the workbook's table (the IATI ones in an older plan) has no row to write
  // to: say so rather than drop what the user typed.
  for (const field of SETTING_FIELDS) {
    const wanted = settings[field.key];
    if (rowed.has(field.key) || wanted === undefined || wanted === null || String(wanted) === "") continue;
    notices.push({
      level: "warning",
      sheet: table.sheet,
      table: "tblSettings",
      message: t("notice.settingNoRow", { label: settingLabelIn(field.key, t.language), value: JSON.stringify(wanted), name: field.name, nameHeader: table.headers[nameCol], valueHeader: table.headers[valueCol] }),
    });
  }
  return values.length ? { kind: "writeSettings", column: table.headers[valueCol], values } : undefined;
}
