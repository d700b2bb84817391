/**
 * The declarative description of a plan workbook. Hosts (Office.js, .xlsx) apply it; nothing
 * here knows how. Positions are 0-based row/column indexes on the sheet.
 */
import type { IdListName, ListName, TableName } from "../contract";
import type { Language } from "../i18n/language";
import type { PortfolioTableName } from "../portfolio/table-names";

export type CellValue = string | number | boolean | null;

/** A cell either holds a typed value or a formula in Excel's English, comma-separated form. */
export type CellContent = { value: CellValue } | { formula: string };

export type ColumnKind = "id" | "text" | "longText" | "integer" | "number" | "money" | "percent" | "date" | "year" | "rating" | "list";

export type ValidationRule =
  | { type: "list"; source: ListName | IdListName | "lstGcmObjectives" | "lstSdgTargets" }
  | { type: "whole"; min: number; max: number }
  | { type: "decimal"; min: number; max?: number }
  | { type: "date" };

export interface ValidationSpec {
  rule: ValidationRule;
  prompt: string;
  error: string;
  /** "stop" refuses other values; "information" lets the user keep their own. Default stop. */
  style?: "stop" | "information";
}

export type ConditionalFormatSpec =
  | { kind: "equals"; text: string; fill: string; font: string }
  | { kind: "greaterThan"; value: number; fill: string; font: string }
  /**
   * The cell's value against formulas (defined names such as thrOnTrack, without "="): a text
   * result (the "" of a formula with nothing to show) matches no comparison in Excel.
   */
  | { kind: "compare"; operator: "greaterThanOrEqual" | "lessThan" | "between"; formula1: string; formula2?: string; fill: string; font: string }
  | { kind: "colorScale"; minColor: string; maxColor: string };

export interface ColumnSpec {
  header: string;
  kind: ColumnKind;
  /** Width in characters (Excel's column width unit). */
  width: number;
  numberFormat: string;
  /** A calculated column: the same formula on every row, owned by the add-in. */
  formula?: string;
  validation?: ValidationSpec;
  conditionalFormats?: ConditionalFormatSpec[];
  /**
   * A formula's working, which people need not read: hidden, in a collapsed outline group where
   * the host can make one (one click on + shows it). Never one of the contract's key columns.
   */
  helper?: boolean;
}

/** Contract tables plus the workbook's own, outside the contract: the settings and the summaries worked out from contract tables. */
export type OwnTableName = TableName | "tblSettings" | "tblFundingByGoal" | "tblFundingByPartner" | "tblDashboardByGoal" | "tblDashboardByLead" | "tblIPTT" | "tblIndicatorsBySex";

export interface TableSpec {
  /** A plan's tables, or a portfolio's (mdplan combine), which the same hosts write. */
  name: OwnTableName | PortfolioTableName;
  caption: string;
  columns: ColumnSpec[];
  /**
   * Worked out whole from other tables (the capacity matrix, the funding and dashboard summaries,
   * the IPTT; a portfolio's totals) and rebuilt rather than edited, so nothing typed in them would
   * last: they look calculated, and the check passes them by.
   */
  derived?: boolean;
  /**
   * Totals in the row just above the header (nothing may stand below a table): a label over the
   * first column and a formula over each column named here.
   */
  totalsAbove?: { label: string; formulas: Record<string, string> };
}

/** A row of a table keyed by header text, as hosts read and write it. */
export type TableRow = Record<string, CellValue>;

export interface PlacedTable {
  table: TableSpec;
  /** Rows to write when the table is created (sample plans, derived tables). */
  rows?: TableRow[];
  /** Header row and first column. */
  row: number;
  col: number;
}

export interface TextCell {
  row: number;
  col: number;
  content: CellContent;
  style?: "title" | "guidance" | "caption" | "label" | "kpi";
  /** Long text shown whole in its column, on several lines. */
  wrap?: boolean;
  /**
   * A paragraph (guidance): the cell is merged with the `cols` - 1 cells to its right, its text
   * wrapped in a row `height` points tall, so it prints whole within the sheet's width.
   */
  span?: { cols: number; height: number };
  numberFormat?: string;
  /** Formula-driven colours (a heat map): each a formula true for the cell, with its colours. */
  conditionalFormats?: { formula: string; fill: string; font: string }[];
}

/**
 * A chart over its own sheet's cells: categories and one or more value series, each the column of
 * a table on that sheet or fixed cells (ChartRange). Anchored by its top-left cell and size in
 * columns and rows.
 */
export interface ChartSpec {
  /** Unique in the workbook; hosts replace a chart of this name rather than add a second. */
  name: string;
  title: string;
  type: "bar" | "column" | "pie";
  /** Category labels: one column of cells. */
  categories: ChartRange;
  series: (ChartRange & {
    name: string;
    color?: string;
    /** One colour per point, in category order (bars coloured by what they count); `color` for the points beyond. */
    pointColors?: string[];
  })[];
  anchor: { row: number; col: number; cols: number; rows: number };
  /** Each point's value written on it, in this number format ("" or absent: the cells' own). */
  dataLabels?: { numberFormat?: string };
  /** The value axis: its number format, and for counts whole-number steps from 0 (never 0.5). */
  valueAxis?: { numberFormat?: string; wholeNumbers?: boolean };
  /**
   * Drawn only once this table has a row, whatever the chart's ranges: a chart of nothing (a new
   * plan's) shows a bare axis 0-12. Until then set-up leaves it out and a later refresh draws it.
   */
  whenRows?: string;
}

/** A column of a table's body (resolved by the host where the table stands on the chart's sheet), or fixed cells. */
export type ChartRange = { table: string; column: string } | { row: number; col: number; rows: number };

/**
 * How a sheet prints: always one page wide (a donor prints or saves it as PDF), as many pages
 * tall as it needs, its header rows repeated on every page and a footer naming the plan.
 */
export interface PrintSpec {
  orientation: "landscape" | "portrait";
  /** Rows repeated at the top of every page (0-based, inclusive); none when absent. */
  titleRows?: { first: number; last: number };
  /** The plan's title, printed in the footer beside the page number and the date. */
  footerTitle?: string;
  /** The workbook's language, which words the footer's page count (English when absent). */
  language?: Language;
}

export interface SheetSpec {
  name: string;
  /** The sheet's English name (the registry's) where `name` is in another language. */
  key?: string;
  /** 1 to 6 for the handbook's stages; undefined for settings, lists and dashboard. */
  stage?: number;
  tabColor: string;
  freezeRows: number;
  /** Columns kept in view when scrolling right (the ID of a wide table); none when absent. */
  freezeCols?: number;
  /** Sheets people need not see (the lists behind drop-downs) are hidden, not deleted. */
  hidden?: boolean;
  print?: PrintSpec;
  cells: TextCell[];
  tables: PlacedTable[];
  /** Column widths (characters) for columns outside tables. */
  columnWidths?: Record<number, number>;
  charts?: ChartSpec[];
}

export interface NameSpec {
  name: string;
  /** What the name refers to, always with its leading "=" (as Office.js takes it; the .xlsx host strips it). */
  refersTo: string;
  comment: string;
}

export interface WorkbookSpec {
  contractVersion: number;
  sheets: SheetSpec[];
  names: NameSpec[];
}
