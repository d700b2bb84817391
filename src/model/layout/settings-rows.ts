/**
 * Settings newer than a workbook (the IATI ones in a plan set up before them) get their rows at
 * the end of tblSettings: the label in the workbook's language, the name, the value typed in the
 * pane or blank. Only where nothing stands below the table in its columns: Excel's rows.add
 * writes into the rows below the table and pushes every cell under it down, and nothing a user
 * typed may be overwritten or moved. Otherwise nothing is added, and a notice names the cells in
 * the way and what to do.
 */
import { cellAddress, rangeAddress, sheetPrefix } from "../address";
import { DEFAULT_LANGUAGE } from "../i18n/language";
import { toEnglish } from "../i18n/workbook/terms";
import { SETTING_FIELDS, settingLabelIn, type PlanSettings, type SettingField } from "../settings";
import type { CellValue, TableRow, WorkbookSpec } from "../spec/types";
import { quotedList, rerun, type SetupWords } from "./setup-words";
import { findSheet, findTable, sameName, snapshotLanguage, type TableSnapshot, type WorkbookSnapshot } from "./snapshot";
import type { Notice, SetupStep } from "./steps";

const SETTINGS = "tblSettings";

/** The Settings table as read, with its Name and Value columns found in the workbook's language (« Nom », « Valeur »). */
export interface SettingsTable {
  table: TableSnapshot;
  data: CellValue[][];
  nameCol: number;
  valueCol: number;
  /** A header as the contract writes it in English ("Valeur" → "Value"). */
  english: (header: string) => string;
}

export function settingsTable(snapshot: WorkbookSnapshot): SettingsTable | undefined {
  const table = findTable(snapshot, SETTINGS);
  const data = snapshot.tableData?.[SETTINGS];
  if (!table || !data) return undefined;
  const map = toEnglish(snapshotLanguage(snapshot) ?? DEFAULT_LANGUAGE);
  const english = (header: string) => map("headers", header.trim());
  const nameCol = table.headers.findIndex((h) => sameName(english(h), "Name"));
  const valueCol = table.headers.findIndex((h) => sameName(english(h), "Value"));
  if (nameCol < 0 || valueCol < 0) return undefined;
  return { table, data, nameCol, valueCol, english };
}

/** The first cell of a row below the table (`offset` rows further down), sheet-qualified: where a missing row goes. */
export function rowBelowAddress(table: TableSnapshot, offset = 0): string {
  return `${sheetPrefix(table.sheet)}${cellAddress((table.below?.row ?? table.row + 1 + table.rowCount) + offset, table.col)}`;
}

export interface SettingsRowsPlan {
  step?: SetupStep;
  /** The settings whose rows the step adds, with their values. */
  added: SettingField[];
}

const isBlank = (v: CellValue | undefined) => v === null || v === undefined || v === "";

interface InTheWay {
  /** Sheet-qualified cells: those read that hold something, or those not read where the sheet goes on. */
  cells: string;
  /** Set when the cells were not read: the sheet's last used row (1-based). */
  lastRow?: number;
}

/** What stands below the table in its columns, as far as the host read; undefined when nothing. */
function inTheWay(snapshot: WorkbookSnapshot, table: TableSnapshot, below: NonNullable<TableSnapshot["below"]>): InTheWay | undefined {
  let top = Infinity, bottom = -1, left = Infinity, right = -1;
  below.values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (isBlank(v)) return;
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, c);
      right = Math.max(right, c);
    }),
  );
  const prefix = sheetPrefix(table.sheet);
  if (bottom >= 0) return { cells: `${prefix}${rangeAddress(below.row + top, table.col + left, bottom - top + 1, right - left + 1)}` };
  // Below the rows read: the sheet's used range says whether anything may stand there in the table's columns.
  const used = findSheet(snapshot, table.sheet)?.used;
  const unread = below.row + below.values.length;
  if (!used || used.row + used.rows <= unread) return undefined;
  const first = Math.max(used.col, table.col);
  const last = Math.min(used.col + used.cols, table.col + table.headers.length) - 1;
  if (first > last) return undefined;
  return { cells: `${prefix}${rangeAddress(unread, first, used.row + used.rows - unread, last - first + 1)}`, lastRow: used.row + used.rows };
}

/**
 * The rows for the optional settings tblSettings lacks. Settings with a defined name are never
 * added: the name points at a fixed cell, which a row at the end would not be.
 */
export function planSettingsRows(spec: WorkbookSpec, snapshot: WorkbookSnapshot, settings: PlanSettings | undefined, notices: Notice[], caption: string, words: SetupWords): SettingsRowsPlan {
  const none: SettingsRowsPlan = { added: [] };
  const found = settingsTable(snapshot);
  if (!found) return none;
  const { table, data, nameCol, english } = found;
  const rowed = new Set(data.map((row) => String(row[nameCol] ?? "").trim().toLowerCase()));
  const missing = SETTING_FIELDS.filter((f) => f.optional && !rowed.has(f.name.toLowerCase()));
  const below = table.below;
  // Not read (a host that does not look below), or too close to the sheet's end: nothing is added.
  if (!missing.length || !below || below.values.length < missing.length) return none;
  if (findSheet(snapshot, table.sheet)?.protected) return none;
  const { t } = words;
  const language = snapshotLanguage(snapshot) ?? DEFAULT_LANGUAGE;
  const labels = quotedList(missing.map((f) => settingLabelIn(f.key, language)), t.language);
  const blocked = inTheWay(snapshot, table, below);
  if (blocked) {
    const params = { caption, sheet: table.sheet, labels, count: missing.length, cells: blocked.cells, rerun: rerun(words) };
    const message = blocked.lastRow === undefined ? t("notice.settingsRowsBlocked", params) : t("notice.settingsRowsUnseen", { ...params, last: String(blocked.lastRow) });
    notices.push({ level: "warning", sheet: table.sheet, table: SETTINGS, message });
    return none;
  }
  const placed = spec.sheets.flatMap((s) => s.tables).find((p) => p.table.name === SETTINGS);
  const specName = placed?.table.columns.find((c) => sameName(english(c.header), "Name"))?.header;
  const rows: TableRow[] = missing.map((field) => {
    const model = placed?.rows?.find((r) => specName && sameName(String(r[specName] ?? ""), field.name)) ?? {};
    const row: TableRow = {};
    // Keyed by the workbook's own header where it has the column, else by the description's
    // (a column set-up adds in the same run).
    for (const column of placed?.table.columns ?? []) {
      const role = english(column.header);
      const header = table.headers.find((h) => sameName(english(h), role)) ?? column.header;
      if (sameName(role, "Setting")) row[header] = settingLabelIn(field.key, language);
      else if (sameName(role, "Name")) row[header] = field.name;
      else if (sameName(role, "Value")) row[header] = settings?.[field.key] ?? "";
      else row[header] = model[column.header] ?? "";
    }
    return row;
  });
  notices.push({ level: "info", table: SETTINGS, message: t("notice.settingsRowsAdded", { caption, labels, count: missing.length }) });
  return { step: { kind: "appendRows", table: table.name, rows }, added: missing };
}
