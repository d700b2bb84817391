/**
 * The workbook as plain data. Tests read it directly, so it holds names (not object references)
 * for cross-links; renames rewrite them. Everything here survives structuredClone, which the sync
 * machinery relies on to roll a batch back.
 */
import type { ChartState } from "./chart-state";

export type CellValue = number | string | boolean;

export interface CellFormat {
  bold?: boolean;
  italic?: boolean;
  fontColor?: string;
  fontSize?: number;
  fillColor?: string;
  wrapText?: boolean;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  fontName?: string;
}

export interface CellData {
  /** "" when empty or when the cell holds a formula (there is no formula engine). */
  value: CellValue;
  /** Formula text starting with "=", when the cell holds a formula. */
  formula?: string;
  /**
   * The result a real engine last computed for the formula, as a saved file carries it (see
   * the corpus loader). Reads return it until the cell is written; the double computes nothing.
   */
  result?: CellValue;
  numberFormat: string;
  format?: CellFormat;
}

export type SheetVisibility = "Visible" | "Hidden" | "VeryHidden";

/** Plain copy of Excel.DataValidationRule with every Range source turned into a formula string. */
export interface ValidationRuleState {
  list?: { inCellDropDown: boolean; source: string };
  wholeNumber?: { formula1: string | number; formula2?: string | number; operator: string };
  decimal?: { formula1: string | number; formula2?: string | number; operator: string };
  textLength?: { formula1: string | number; formula2?: string | number; operator: string };
  date?: { formula1: string; formula2?: string; operator: string };
  time?: { formula1: string; formula2?: string; operator: string };
  custom?: { formula: string };
}

export interface ValidationState {
  /** Unqualified, e.g. "B2:B40" (the entry lives in its sheet's list). */
  address: string;
  rule: ValidationRuleState;
  prompt: { message: string; showPrompt: boolean; title: string };
  errorAlert: { message: string; showAlert: boolean; style: string; title: string };
  ignoreBlanks: boolean;
}

export type ConditionalFormatType = "Custom" | "CellValue" | "ColorScale" | "ContainsText";

export interface ConditionalFormatState {
  id: string;
  /** Unqualified, e.g. "C2:C40". The list order is the priority: index 0 is priority 0. */
  address: string;
  type: ConditionalFormatType;
  /** Custom: { formula }; CellValue: { formula1, formula2?, operator }; ContainsText: { operator, text }. */
  rule: { formula?: string; formula1?: string; formula2?: string; operator?: string; text?: string };
  criteria?: {
    minimum: { type: string; formula?: string; color?: string };
    midpoint?: { type: string; formula?: string; color?: string };
    maximum: { type: string; formula?: string; color?: string };
  };
  format: { fillColor?: string; fontColor?: string; bold?: boolean; italic?: boolean };
}

export interface SheetState {
  /** Stable across renames, like Worksheet.id. */
  id: string;
  name: string;
  visibility: SheetVisibility;
  tabColor: string;
  protected: boolean;
  frozenRows: number;
  frozenColumns: number;
  /** Sparse: key "B7". Absent means empty and unformatted. */
  cells: Record<string, CellData>;
  /** Points, by zero-based column / row index; absent means the default. */
  columnWidths: Record<number, number>;
  rowHeights: Record<number, number>;
  /** Zero-based indexes of hidden columns (RangeFormat.columnHidden). */
  hiddenColumns: number[];
  /** Outline level (1-8) of grouped columns, by zero-based index (Range.group("ByColumns")). */
  columnOutline: Record<number, number>;
  /** Merged areas, unqualified ("A2:H2"), as Range.merge made them. */
  merged: string[];
  /** Worksheet.pageLayout (ExcelApi 1.9): what Excel would print. */
  pageLayout: PageLayoutState;
  validations: ValidationState[];
  conditionalFormats: ConditionalFormatState[];
  /** Worksheet.charts, in collection order (see chart-state.ts, and chart-model.ts for their rules). */
  charts: ChartState[];
}

/** The print settings the double keeps (see page-layout.ts). */
export interface PageLayoutState {
  orientation: "Portrait" | "Landscape";
  /** Either a scale (10-400) or pages to fit to; 0 pages: as many as the sheet needs. */
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  /** Rows repeated at the top of every page, as Excel writes them ("$6:$6"); null when none. */
  printTitleRows: string | null;
  /** HeaderFooterGroup.defaultForAllPages, in Excel's header and footer codes. */
  headersFooters: { leftHeader: string; centerHeader: string; rightHeader: string; leftFooter: string; centerFooter: string; rightFooter: string };
}

export function defaultPageLayout(): PageLayoutState {
  return {
    orientation: "Portrait",
    zoom: { scale: 100 },
    printTitleRows: null,
    headersFooters: { leftHeader: "", centerHeader: "", rightHeader: "", leftFooter: "", centerFooter: "", rightFooter: "" },
  };
}

export interface TableState {
  id: string;
  name: string;
  sheet: string;
  /** Whole table including the header row, zero-based. There is no totals row. */
  row: number;
  column: number;
  rowCount: number;
  columnCount: number;
  /** TableColumn.id of each column, left to right. */
  columnIds: number[];
  nextColumnId: number;
  style: string;
  showBandedRows: boolean;
  showTotals: boolean;
}

export interface NamedItemState {
  name: string;
  /** Always starts with "=", e.g. "=Lists!$A$2:$A$9". */
  formula: string;
  comment: string;
  visible: boolean;
}

export interface WorkbookState {
  /** Workbook order = Worksheet.position. */
  sheets: SheetState[];
  tables: TableState[];
  names: NamedItemState[];
  activeSheet: string;
  selection: { sheet: string; address: string } | null;
  nextId: number;
}

export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;

export function createWorkbookState(): WorkbookState {
  const state: WorkbookState = { sheets: [], tables: [], names: [], activeSheet: "", selection: null, nextId: 1 };
  addSheetState(state, "Sheet1");
  state.activeSheet = "Sheet1";
  return state;
}

export function newId(state: WorkbookState, prefix: string): string {
  const id = `${prefix}${state.nextId}`;
  state.nextId += 1;
  return id;
}

export function addSheetState(state: WorkbookState, name: string): SheetState {
  const sheet: SheetState = {
    id: `{${newId(state, "sheet-")}}`,
    name,
    visibility: "Visible",
    tabColor: "",
    protected: false,
    frozenRows: 0,
    frozenColumns: 0,
    cells: {},
    columnWidths: {},
    rowHeights: {},
    hiddenColumns: [],
    columnOutline: {},
    merged: [],
    pageLayout: defaultPageLayout(),
    validations: [],
    conditionalFormats: [],
    charts: [],
  };
  state.sheets.push(sheet);
  return sheet;
}

export function findSheetByName(state: WorkbookState, name: string): SheetState | undefined {
  const lower = name.toLowerCase();
  return state.sheets.find((s) => s.name.toLowerCase() === lower);
}

export function findSheetById(state: WorkbookState, id: string): SheetState | undefined {
  return state.sheets.find((s) => s.id === id);
}

export function findTable(state: WorkbookState, name: string): TableState | undefined {
  const lower = name.toLowerCase();
  return state.tables.find((t) => t.name.toLowerCase() === lower);
}

export function findName(state: WorkbookState, name: string): NamedItemState | undefined {
  const lower = name.toLowerCase();
  return state.names.find((n) => n.name.toLowerCase() === lower);
}

/** Replaces the contents of `target` in place so tests holding `double.state` see the rollback. */
export function restoreState(target: WorkbookState, snapshot: WorkbookState): void {
  target.sheets = snapshot.sheets;
  target.tables = snapshot.tables;
  target.names = snapshot.names;
  target.activeSheet = snapshot.activeSheet;
  target.selection = snapshot.selection;
  // Ids stay unique for ever, so a proxy that saw an undone object can never meet a new one.
}
