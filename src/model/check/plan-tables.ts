/**
 * The plan's tables as a host reads them for checking: plain values with the address of every
 * cell, so a finding can point at the cell at fault. No Office, no exceljs.
 */
import type { PlanSettings } from "../settings";

/** What a cell holds, as the host saw it: a number stored as text is "text", an #N/A is "error". */
export type CellKind = "empty" | "number" | "text" | "boolean" | "error";

export interface ReadCell {
  kind: CellKind;
  /** number for "number" (dates are serial numbers), string for text and errors ("#N/A"), boolean, or null. */
  value: number | string | boolean | null;
  /** Sheet-qualified address, e.g. `'3 Plan of Action'!C7`. */
  address: string;
  /**
   * Set by the check's English view (english-tables.ts) on text that is an English drop-down value
   * in a French or Spanish plan ("Ongoing" for « En cours »): the view reads the workbook in English,
   * so without the mark it would pass for the real value, while the workbook's lists and formulas,
   * in its own language, do not know it.
   */
  typedInEnglish?: true;
}

export interface ReadRow {
  /** 0-based index in the table body. */
  index: number;
  /** Cells by the header text as written in the workbook. */
  cells: Record<string, ReadCell>;
}

export interface ReadTable {
  name: string;
  sheet: string;
  headers: string[];
  /** Address of the header row's first cell, for findings about the table itself. */
  address: string;
  rows: ReadRow[];
}

export interface PlanTables {
  /** Tables by contract name (lower case keys are not used: names are matched ignoring case on read). */
  tables: Record<string, ReadTable | undefined>;
  settings: PlanSettings;
  /** Where the settings came from, for messages. */
  settingsFound: boolean;
  /** What the defined name mdContractVersion holds, as read; undefined when absent. */
  contractVersion?: unknown;
  /** What the defined name planLanguage holds, as read; undefined in a workbook set up before languages (English). */
  language?: unknown;
}

export type Severity = "error" | "warning" | "info";

export interface Finding {
  /** Stable id, e.g. "action-goal-unknown". */
  rule: string;
  severity: Severity;
  /** Stage 1 to 6, or 0 for the workbook as a whole. */
  stage: number;
  table: string;
  /** The row's ID as written (Action ID, Goal ID...), when the row has one. */
  id?: string;
  column?: string;
  /** Sheet-qualified address of the cell at fault (or of the table's header). */
  cell?: string;
  /** Plain words: the row, the column, the value found, what is expected, how to fix it. */
  message: string;
}
