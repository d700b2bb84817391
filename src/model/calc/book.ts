/**
 * What the evaluator needs of a workbook, whatever holds it (exceljs in the file host, a test's
 * literal): cells, tables and defined names. The evaluator never changes it.
 */
import type { Scalar } from "./values";

/** A plain value, or a formula as the file stores it. */
export type CellInput = Scalar | { formula: string };

/** Cells are keyed by `cellKey(row, col)`, 0-based. */
export const cellKey = (row: number, col: number): number => row * 16384 + col;

/** A sheet's cells by key; a Map will do. `keys` must give at least every cell holding a formula. */
export interface CellSource {
  get(key: number): CellInput | undefined;
  keys(): Iterable<number>;
}

export interface CalcSheet {
  name: string;
  /**
   * False for a sheet whose cells the host did not load (a user's sheet a refresh leaves
   * alone): a formula reading it gets no cached value.
   */
  known: boolean;
  cells: CellSource;
}

export interface CalcTable {
  name: string;
  sheet: string;
  /** The header row, 0-based (the first body row when the table has no header row). */
  row: number;
  col: number;
  headers: string[];
  bodyRows: number;
  headerRow: boolean;
  totalsRow: boolean;
}

export interface CalcName {
  name: string;
  /** The sheet a sheet-scoped name belongs to; absent for workbook-level names. */
  scope?: string;
  /** What it refers to, without "=" ("Settings!$B$7", "1", "tblGoals[Goal ID]"). */
  formula: string;
}

export interface CalcBook {
  sheets: CalcSheet[];
  tables: CalcTable[];
  names: CalcName[];
}
