/** The Settings sheet: tblSettings, whose Value cells the plan's defined names point to. */
import { CONTRACT_VERSION } from "../contract";
import { cellAddress, sheetPrefix } from "../address";
import { CONTRACT_VERSION_NAME, SETTING_FIELDS, type PlanSettings } from "../settings";
import { HEADER_ROW } from "../spec/sheet-layout";
import type { NameSpec, SheetSpec, TableRow } from "../spec/types";
import { WORKBOOK_PART } from "../registry";

export const SETTINGS_SHEET = WORKBOOK_PART.sheets.settings.name;
export const SETTINGS_TABLE = "tblSettings";
const VALUE_COL = 1;
/** 1 or less is a share (no other setting is that small): shown as a percentage. */
export const VALUE_FORMAT = "[<=1]0%;General";

/** The sheet row of a setting's Value cell (fixed: names point at it). */
export function settingRow(index: number): number {
  return HEADER_ROW + 1 + index;
}

export function settingsSheet(settings: PlanSettings): { sheet: SheetSpec; names: NameSpec[] } {
  const rows: TableRow[] = SETTING_FIELDS.map((f) => ({ Setting: f.label, Value: settings[f.key], Name: f.name, About: f.kind === "fraction" ? `${f.help} As a share: 0.9 = 90 %.` : f.help }));
  const names: NameSpec[] = SETTING_FIELDS.map((f, i) => ({
    name: f.name,
    refersTo: `=${sheetPrefix(SETTINGS_SHEET)}${cellAddress(settingRow(i), VALUE_COL, true)}`,
    comment: f.help,
  }));
  names.push({ name: CONTRACT_VERSION_NAME, refersTo: `=${CONTRACT_VERSION}`, comment: "Version of the M&D Planner workbook contract this workbook follows." });
  const sheet: SheetSpec = {
    name: SETTINGS_SHEET,
    tabColor: WORKBOOK_PART.sheets.settings.tabColor,
    freezeRows: HEADER_ROW + 1,
    cells: [
      { row: 0, col: 0, content: { value: "Plan settings" }, style: "title" },
      { row: 1, col: 0, content: { value: "Change a Value here or in the add-in's settings form; formulas across the workbook follow (thresholds, risk ratings). Do not sort or move this table: the plan's names point at its cells." }, style: "guidance" },
      { row: 2, col: 0, content: { value: `Workbook contract version ${CONTRACT_VERSION} (defined name ${CONTRACT_VERSION_NAME}).` }, style: "guidance" },
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
