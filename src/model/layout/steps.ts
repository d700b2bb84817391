/** The operations a host performs to bring a workbook in line with the description. */
import type { CellValue, ChartSpec, ColumnSpec, NameSpec, SheetSpec, TableRow, TableSpec, TextCell } from "../spec/types";

/** How a sheet the plan lays out looks as a whole: set when it is laid out, never on a sheet the user has shaped. */
export type SheetLooks = Pick<SheetSpec, "tabColor" | "freezeRows" | "freezeCols" | "hidden" | "print">;

export type SetupStep =
  /** A new sheet with its title, guidance, captions, tab colour, frozen rows and widths. */
  | { kind: "addSheet"; sheet: SheetSpec }
  /** Our text cells on a sheet that existed but was empty, and its looks. */
  | { kind: "writeCells"; sheet: string; cells: TextCell[]; looks: SheetLooks }
  /**
   * A sheet's cells that hold formulas or conditional formats: written after every table and
   * name they may read exists, since Excel refuses a formula naming a table it lacks.
   */
  | { kind: "sheetFormulas"; sheet: string; cells: TextCell[] }
  | { kind: "addTable"; sheet: string; row: number; col: number; table: TableSpec; rows: TableRow[] }
  /** Missing columns appended to the right of an existing table (an older layout). */
  | { kind: "addColumns"; table: string; columns: ColumnSpec[] }
  /** Formulas of calculated columns, for every body row: new tables and new columns only. */
  | { kind: "columnFormulas"; table: string; columns: ColumnSpec[] }
  /** Number formats of existing columns, repaired on every run (formats hold no typed data). */
  | { kind: "formatColumns"; table: string; columns: ColumnSpec[] }
  | { kind: "validateColumns"; table: string; columns: ColumnSpec[] }
  | { kind: "conditionalFormats"; table: string; columns: ColumnSpec[] }
  /** A derived table rebuilt from its sources; nobody types in it. */
  | { kind: "replaceTable"; table: TableSpec; rows: TableRow[] }
  | { kind: "addName"; name: NameSpec }
  /** An existing name pointed anew (the contract version of an upgraded workbook). */
  | { kind: "setName"; name: NameSpec }
  /** Charts of a sheet, (re)drawn over their ranges as they stand now; a chart of the same name is replaced. */
  | { kind: "charts"; sheet: string; charts: ChartSpec[] }
  /**
   * Rows appended at the end of an existing table (the settings an older workbook's tblSettings
   * lacks), each keyed by header as the workbook writes it. Planned only where nothing stands
   * below the table in its columns: Excel's rows.add pushes such cells down. Each host extends the
   * columns' formats to the new rows as for any new table row; the table must have no calculated
   * column (the plan's repair steps that follow cover the new rows).
   */
  | { kind: "appendRows"; table: string; rows: TableRow[] }
  /** Settings the user changed in the pane, by body row of tblSettings. */
  /** `column`: the Value column's header as the workbook writes it (« Valeur » in a French plan). */
  | { kind: "writeSettings"; column: string; values: { bodyRow: number; value: CellValue }[] };

export type NoticeLevel = "error" | "warning" | "info";

export interface Notice {
  level: NoticeLevel;
  message: string;
  sheet?: string;
  table?: string;
}

export type StageStatus = "missing" | "ready" | "needs update" | "blocked";

export interface StageState {
  number: number;
  name: string;
  status: StageStatus;
  /** What is in the way or out of date (blocked sheets, missing columns and names), in words. */
  details: string[];
  /** The sheets set-up would add or complete, each with the captions of the tables it would add there. */
  additions: SheetAdditions[];
}

export interface SheetAdditions {
  sheet: string;
  captions: string[];
}
