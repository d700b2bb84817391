/** The Settings sheet: tblSettings, whose Value cells the plan's defined names point to. */
import { CONTRACT_VERSION } from "../contract";
import { cellAddress, sheetPrefix } from "../address";
import { CONTRACT_VERSION_NAME, SETTING_FIELDS, settingAboutIn, settingLabelIn, type IatiSettingKey, type PlanSettings, type SettingField } from "../settings";
import { HEADER_ROW } from "../spec/sheet-layout";
import { sheetWords } from "../i18n/sheets";
import type { NameSpec, SheetSpec, TableRow } from "../spec/types";
import { WORKBOOK_PART } from "../registry";

export const SETTINGS_SHEET = WORKBOOK_PART.sheets.settings.name;
export const SETTINGS_TABLE = "tblSettings";
const VALUE_COL = 1;
/** 1 or less is a share (no other setting is that small): shown as a percentage. */
export const VALUE_FORMAT = "[<=1]0%;General";

/** The sheet row of a setting's Value cell (fixed: names point at it). */
/** The settings the sheets catalogue words (every one but the optional IATI settings). */
type PlanSettingKey = Exclude<SettingField["key"], IatiSettingKey>;

export function settingRow(index: number): number {
  return HEADER_ROW + 1 + index;
}

export function settingsSheet(settings: PlanSettings): { sheet: SheetSpec; names: NameSpec[] } {
  const words = sheetWords(settings.language);
  const language = settings.language;
  // By setting key, not SETTING_FIELDS' English label and help (the form's words, kept there). The
  // optional IATI settings have their words with the settings' own, where the pane finds them too.
  const label = (f: SettingField) => (f.optional ? settingLabelIn(f.key, language) : words(`settings.${f.key as PlanSettingKey}.label`));
  const about = (f: SettingField) => (f.optional ? settingAboutIn(f.key as IatiSettingKey, language) : words(`settings.${f.key as PlanSettingKey}.about`));
  const rows: TableRow[] = SETTING_FIELDS.map((f) => ({
    Setting: label(f),
    Value: settings[f.key] ?? "",
    Name: f.name,
    About: f.kind === "fraction" ? `${about(f)} ${words("settings.shareNote")}` : about(f),
  }));
  const names: NameSpec[] = [];
  SETTING_FIELDS.forEach((f, i) => {
    // Optional settings have no defined name (settings.ts, SettingField.optional says why).
    if (!f.optional) names.push({ name: f.name, refersTo: `=${sheetPrefix(SETTINGS_SHEET)}${cellAddress(settingRow(i), VALUE_COL, true)}`, comment: about(f) });
  });
  names.push({ name: CONTRACT_VERSION_NAME, refersTo: `=${CONTRACT_VERSION}`, comment: words("settings.contractVersion.comment") });
  const sheet: SheetSpec = {
    name: SETTINGS_SHEET,
    tabColor: WORKBOOK_PART.sheets.settings.tabColor,
    freezeRows: HEADER_ROW + 1,
    cells: [
      { row: 0, col: 0, content: { value: "Plan settings" }, style: "title" },
      { row: 1, col: 0, content: { value: words("settings.guidance.edit") }, style: "guidance" },
      { row: 2, col: 0, content: { value: words("settings.guidance.version", { version: String(CONTRACT_VERSION), name: CONTRACT_VERSION_NAME }) }, style: "guidance" },
      { row: HEADER_ROW - 1, col: 0, content: { value: "Settings" }, style: "caption" },
    ],
    tables: [
      {
        table: {
          name: SETTINGS_TABLE,
          caption: "Settings",
          columns: [
            { header: "Setting", kind: "text", width: 24, numberFormat: "@" },
            // Shares (the thresholds, 0.9) show as 90%; years, counts and text as typed. A
            // conditional number format, since one column holds every setting's value.
            { header: "Value", kind: "text", width: 30, numberFormat: VALUE_FORMAT },
            { header: "Name", kind: "text", width: 16, numberFormat: "@" },
            { header: "About", kind: "longText", width: 60, numberFormat: "@" },
          ],
        },
        row: HEADER_ROW,
        col: 0,
        rows,
      },
    ],
  };
  return { sheet, names };
}
