/** What a host reads of a workbook before applying the description: structure, not data. */
import type { CellValue, TableRow } from "../spec/types";
import { englishRows } from "../i18n/workbook/localize-spec";
import { DEFAULT_LANGUAGE, isLanguage, type Language } from "../i18n/language";

export interface TableSnapshot {
  name: string;
  sheet: string;
  headers: string[];
  /** Header row and first column, 0-based. */
  row: number;
  col: number;
  /** Body rows (Excel keeps at least one). */
  rowCount: number;
  /**
   * The cells right below the table, in its columns, where the host read them (the settings
   * table, ROWS_READ_BELOW rows): `row` is the first sheet row read (0-based, below a totals row
   * too). Undefined where the host did not read them.
   */
  below?: { row: number; values: CellValue[][] };
}

/**
 * Rows a host reads below the settings table, in the same request as the rest: the rows set-up may
 * add there, and a margin, since Excel's rows.add pushes down every cell below a table.
 */
export const ROWS_READ_BELOW = 20;

export interface SheetSnapshot {
  name: string;
  /** The used range, where the host read it; null when the sheet is empty. */
  used?: { row: number; col: number; rows: number; cols: number } | null;
  protected?: boolean;
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
  tables: TableSnapshot[];
  names: string[];
  /** What the defined name mdContractVersion holds, as read; undefined when the workbook lacks it. */
  contractVersion?: unknown;
  /** What the defined name planLanguage holds, as read ("fr"); undefined when the workbook lacks it (English). */
  language?: unknown;
  /** Body values of tables the plan needs to read (settings, sources of derived tables), by table name. */
  tableData?: Record<string, CellValue[][]>;
}

export const EMPTY_SNAPSHOT: WorkbookSnapshot = { sheets: [], tables: [], names: [] };

export function findTable(snapshot: WorkbookSnapshot, name: string): TableSnapshot | undefined {
  const key = name.toLowerCase();
  return snapshot.tables.find((t) => t.name.toLowerCase() === key);
}

export function findSheet(snapshot: WorkbookSnapshot, name: string): SheetSnapshot | undefined {
  const key = name.toLowerCase();
  return snapshot.sheets.find((s) => s.name.toLowerCase() === key);
}

/**
 * The workbook's language, from its planLanguage name: English where there is none (a workbook
 * set up before languages); undefined where the name holds something else, for the host to refuse.
 */
export function snapshotLanguage(snapshot: WorkbookSnapshot): Language | undefined {
  const raw = snapshot.language;
  if (raw === undefined || raw === null || raw === "") return DEFAULT_LANGUAGE;
  const text = typedLanguage(raw).trim().toLowerCase();
  return isLanguage(text) ? text : undefined;
}

/** The planLanguage name's value as a person would have typed it: hosts read `="fr"`, `"fr"` or `fr`. */
export function typedLanguage(raw: unknown): string {
  return String(raw).replace(/^=?"?|"$/g, "");
}

/**
 * Rows of a table read into the snapshot, keyed by the contract's English header, drop-down values
 * in English whatever the workbook's language; blank rows dropped.
 */
export function tableRows(snapshot: WorkbookSnapshot, name: string): Record<string, CellValue>[] {
  const table = findTable(snapshot, name);
  const data = snapshot.tableData?.[table?.name ?? name];
  if (!table || !data) return [];
  const rows = data
    .filter((row) => row.some((v) => v !== "" && v !== null && v !== undefined))
    .map((row) => Object.fromEntries(table.headers.map((h, i) => [h, row[i] ?? null])));
  return englishRows(rows, snapshotLanguage(snapshot) ?? DEFAULT_LANGUAGE);
}

/** Sheet, table, header and setting names as Excel compares them: trimmed, case ignored. */
export function sameName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** A row's value under a header as the workbook writes it (compared as sameName does); undefined where the row has none. */
export function rowValue(row: TableRow, header: string): CellValue | undefined {
  const key = Object.keys(row).find((k) => sameName(k, header));
  return key === undefined ? undefined : row[key];
}
