/**
 * How the plan's sheets look and print (src/model/spec/looks.ts), in Office.js terms: the same
 * meaning as the .xlsx host's sheet-looks.ts and column-looks.ts. Everything is queued; nothing
 * here syncs. Each `...Calls` function says how many API calls the matching `apply...` queues,
 * for the request budget (request-budget.ts).
 *
 * API sets: tab colour and frozen panes 1.7 (Capabilities.freezePanes), visibility 1.1, page
 * layout 1.9 (Capabilities.pageLayout), merge and columnHidden 1.2, font name, fill, wrap and
 * alignment 1.1, row height 1.2, group 1.10 (Capabilities.groupColumns).
 */
import { columnLetters } from "../../model/address";
import type { Capabilities } from "../../model/layout/capabilities";
import type { SheetLooks } from "../../model/layout/steps";
import { FONT_NAME, HEADER_ROW_HEIGHT, footerParts, roleLook, titleRowsRef, wraps } from "../../model/spec/looks";
import type { ColumnSpec, PrintSpec, TableSpec } from "../../model/spec/types";
import { box } from "./range-box";

/** Calls applySheetLooks queues. */
export function sheetLooksCalls(looks: SheetLooks, caps: Capabilities): number {
  return (caps.freezePanes ? 5 : 0) + (looks.hidden ? 2 : 0) + (looks.print && caps.pageLayout ? 14 : 0);
}

/**
 * Tab colour and frozen panes (ExcelApi 1.7), visibility, and the printed page (ExcelApi 1.9):
 * landscape, one page wide and as many tall as needed, header rows repeated, the plan's title,
 * page number and date in the footer. Below 1.9 the page is left as it is (capabilityNotices
 * says so once).
 */
export function applySheetLooks(ws: Excel.Worksheet, looks: SheetLooks, caps: Capabilities): void {
  if (caps.freezePanes) {
    ws.tabColor = looks.tabColor;
    const rows = looks.freezeRows;
    const cols = looks.freezeCols ?? 0;
    // freezeRows and freezeColumns each set the panes anew: rows and columns together are one freezeAt.
    if (rows > 0 && cols > 0) ws.freezePanes.freezeAt(box(0, 0, rows, cols));
    else if (cols > 0) ws.freezePanes.freezeColumns(cols);
    else ws.freezePanes.freezeRows(rows);
  }
  if (looks.hidden) ws.visibility = "Hidden";
  if (looks.print && caps.pageLayout) applyPrint(ws.pageLayout, looks.print);
}

function applyPrint(layout: Excel.PageLayout, print: PrintSpec): void {
  layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
  // One page wide, and 0 pages tall: Excel's "Automatic", as many as the rows need. Left out,
  // the height keeps the sheet's value (1 by default) and a long sheet shrinks onto one page.
  layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  const titles = titleRowsRef(print);
  if (titles) layout.setPrintTitleRows(titles);
  const f = footerParts(print);
  const footer = layout.headersFooters.defaultForAllPages;
  footer.leftFooter = f.left;
  footer.centerFooter = f.center;
  footer.rightFooter = f.right;
}

/** A table's column at its 0-based sheet column. */
export interface PlacedColumn {
  column: ColumnSpec;
  col: number;
}

/** Neighbouring columns that share a key, as one run (one range, one call per property). */
function runs<K>(columns: PlacedColumn[], key: (c: PlacedColumn) => K | undefined): { first: number; count: number; key: K }[] {
  const out: { first: number; count: number; key: K }[] = [];
  for (const c of columns) {
    const k = key(c);
    if (k === undefined) continue;
    const last = out[out.length - 1];
    if (last && last.key === k && last.first + last.count === c.col) last.count += 1;
    else out.push({ first: c.col, count: 1, key: k });
  }
  return out;
}

interface ColumnRuns {
  headers: { first: number; count: number; key: string }[];
  bodyFills: { first: number; count: number; key: string }[];
  wrapped: { first: number; count: number; key: true }[];
  hidden: { first: number; count: number; key: true }[];
}

function columnRuns(table: Pick<TableSpec, "derived">, columns: PlacedColumn[]): ColumnRuns {
  const look = new Map(columns.map((c) => [c, roleLook(table, c.column)]));
  return {
    headers: runs(columns, (c) => `${look.get(c)!.header.fill} ${look.get(c)!.header.font}`),
    bodyFills: runs(columns, (c) => look.get(c)!.bodyFill),
    wrapped: runs(columns, (c) => (wraps(table, c.column) ? (true as const) : undefined)),
    hidden: runs(columns, (c) => (look.get(c)!.hidden ? (true as const) : undefined)),
  };
}

/** Calls applyColumnLooks queues. */
export function columnLooksCalls(table: Pick<TableSpec, "derived">, columns: PlacedColumn[]): number {
  if (!columns.length) return 0;
  const r = columnRuns(table, columns);
  return 12 + 6 * r.headers.length + 4 * r.bodyFills.length + 4 * r.wrapped.length + 4 * r.hidden.length;
}

/**
 * Marks a table's columns by role (roleLook: blue headers where people type, grey where the
 * workbook works a figure out, helper columns hidden), wraps headers and long text. `row` is the
 * header row, `rows` the body rows below it; `columns` stand side by side. The header row is made
 * HEADER_ROW_HEIGHT tall where `headerHeight` (a row the add-in lays out itself: a user's taller
 * row, above columns added to an older table, is left alone). Helper columns are grouped
 * (ExcelApi 1.10) and hidden, so the + above the column letters shows them; hidden alone below
 * 1.10.
 */
export function applyColumnLooks(
  ws: Excel.Worksheet,
  table: Pick<TableSpec, "derived">,
  row: number,
  rows: number,
  columns: PlacedColumn[],
  caps: Capabilities,
  headerHeight: boolean,
): void {
  if (!columns.length) return;
  const r = columnRuns(table, columns);
  const first = Math.min(...columns.map((c) => c.col));
  const header = ws.getRange(box(row, first, 1, columns.length)).format;
  header.wrapText = true;
  header.verticalAlignment = "Top";
  header.font.name = FONT_NAME;
  header.font.size = 11;
  header.font.bold = true;
  if (headerHeight) header.rowHeight = HEADER_ROW_HEIGHT;
  for (const run of r.headers) {
    const [fill, font] = run.key.split(" ");
    const format = ws.getRange(box(row, run.first, 1, run.count)).format;
    format.fill.color = fill;
    format.font.color = font;
  }
  for (const run of r.bodyFills) ws.getRange(box(row + 1, run.first, rows, run.count)).format.fill.color = run.key;
  for (const run of r.wrapped) {
    const format = ws.getRange(box(row + 1, run.first, rows, run.count)).format;
    format.wrapText = true;
    format.verticalAlignment = "Top";
  }
  for (const run of r.hidden) {
    const whole = ws.getRange(`${columnLetters(run.first)}:${columnLetters(run.first + run.count - 1)}`);
    if (caps.groupColumns) whole.group("ByColumns");
    whole.columnHidden = true;
  }
}
