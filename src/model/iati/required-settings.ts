/**
 * The settings an export needs, and where each is to be typed when it is not there. An older
 * workbook has no row for them: a refresh adds them at the end of the Settings table (when
 * nothing stands below it), so the message says to refresh first, and which row to type below
 * the table by hand otherwise.
 */
import { columnIndex, columnLetters } from "../address";
import { normHeader, textOf } from "../check/cells";
import { inEnglish, workbookLanguage } from "../check/english-tables";
import type { PlanTables } from "../check/plan-tables";
import { WORKBOOK_PART } from "../registry";
import { IATI_SETTING_KEYS, SETTING_FIELDS, settingLabelIn, validateSettings, type IatiSettingKey } from "../settings";

export interface IatiSettingProblem {
  key: IatiSettingKey;
  /** The setting's label as the workbook's Settings sheet shows it. */
  label: string;
  /** no-row: the Settings table has no row for it; blank; invalid: typed, but not usable. */
  kind: "no-row" | "blank" | "invalid";
  /** Sheet-qualified: the Value cell to fill, or the row to add. */
  where: string;
  message: string;
}

const quote = (s: string) => `"${s}"`;
/** The field's help as a sentence of its own: "For IATI: the country's code" → "The country's code". */
const aboutIt = (help: string) => help.replace(/^For IATI: (.)/, (_m, first: string) => first.toUpperCase());

/** Every IATI setting missing, blank or unusable; none when the plan can be exported. */
export function iatiSettingsProblems(plan: PlanTables): IatiSettingProblem[] {
  const language = workbookLanguage(plan);
  const table = inEnglish(plan).tables.tblSettings;
  const column = (h: string) => table?.headers.find((x) => normHeader(x) === normHeader(h));
  const nameCol = column("Name");
  const valueCol = column("Value");
  const invalid = new Map(validateSettings(plan.settings).map((p) => [p.key as string, p.message]));
  const headerCell = /^(.*)!\$?([A-Z]+)\$?(\d+)$/.exec(table?.address ?? "");
  let nextRow = headerCell ? Number(headerCell[3]) + (table?.rows.length ?? 0) + 1 : undefined;
  const problems: IatiSettingProblem[] = [];
  for (const key of IATI_SETTING_KEYS) {
    const field = SETTING_FIELDS.find((f) => f.key === key)!;
    const label = settingLabelIn(key, language);
    const english = settingLabelIn(key, "en");
    const named = language === "en" ? quote(label) : `${quote(label)} (${english})`;
    const row = nameCol && valueCol ? table?.rows.find((r) => textOf(r.cells[nameCol]).toLowerCase() === field.name.toLowerCase()) : undefined;
    const cell = row && valueCol ? row.cells[valueCol] : undefined;
    if (!row || !cell) {
      const sheet = headerCell ? headerCell[1] : "Settings";
      const letter = (h: string) => (headerCell && table ? columnLetters(columnIndex(headerCell[2]) + Math.max(0, table.headers.findIndex((x) => normHeader(x) === normHeader(h)))) : undefined);
      const where = nextRow !== undefined && headerCell ? `${sheet}!${headerCell[2]}${nextRow}` : sheet;
      const refresh = `run mdplan refresh FILE (in Excel: press Set up again under "${WORKBOOK_PART.name}" in the M&D Planner pane), which adds it at the end of the table${nextRow !== undefined ? ` (${where})` : ""}`;
      const place = nextRow !== undefined ? `or, by hand, in row ${nextRow} of sheet ${sheet}, right below the Settings table, type` : "or add a row at the end of the Settings table (tblSettings) by hand and type";
      const cols = nextRow !== undefined && headerCell ? [` in column ${letter("Setting")}`, ` in column ${letter("Value")}`, ` in column ${letter("Name")}`] : ["", "", " in the Name column"];
      if (nextRow !== undefined) nextRow++;
      problems.push({
        key,
        label,
        kind: "no-row",
        where,
        message: `${named} has no row in the Settings table (the workbook was set up before the IATI settings): ${refresh}; ${place} ${quote(label)}${cols[0]}, its value${cols[1]} and ${quote(field.name)}${cols[2]}; Excel takes the row into the table.`,
      });
      continue;
    }
    const value = plan.settings[key].trim();
    if (value === "") problems.push({ key, label, kind: "blank", where: cell.address, message: `${named} is blank; type it in ${cell.address}. ${aboutIt(field.help)}` });
    else if (invalid.has(key)) problems.push({ key, label, kind: "invalid", where: cell.address, message: `${named} in ${cell.address}: ${invalid.get(key)!}` });
  }
  return problems;
}
