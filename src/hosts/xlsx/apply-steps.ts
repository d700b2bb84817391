/**
 * Applies the model's set-up steps to an exceljs workbook. Only the cells a step names are
 * written; everything else in the file is left as read.
 */
import type { Workbook, Worksheet } from "exceljs";
import { cellAddress, parseRange, rangeAddress } from "../../model/address";
import { toFileFormula } from "../../model/formulas";
import { rowValue, type TableSnapshot, type WorkbookSnapshot } from "../../model/layout/snapshot";
import type { SetupStep } from "../../model/layout/steps";
import type { ColumnSpec, NameSpec, TableRow, TableSpec, TextCell } from "../../model/spec/types";
import { argb, styleCell } from "./styles";
import { findTableModel, setTableBox, type TableModel } from "./tables";
import { applyConditionalFormats, applyValidation } from "./decorations";
import { applyColumnLooks, fitRowHeights } from "./column-looks";
import { applySheetLooks } from "./sheet-looks";
import { FONT_NAME, looksOf, wrappedRowHeight } from "../../model/spec/looks";
import { collectCharts, resolveChart, type ResolvedChart, type SheetCharts } from "./charts/resolve"; // charts

/** Names exceljs cannot hold (constants); written into the package afterwards. */
export interface ApplyResult {
  constantNames: NameSpec[];
  /** Names pointed anew: the file's old definitions of them are not kept. */
  replacedNames: string[];
  /** Calculated column formulas per table, for the package's table parts. */
  calculatedColumns: Map<string, Map<string, string>>;
  /** Charts to write into the package (exceljs writes none), ranges resolved where the tables stand. */
  charts: SheetCharts[];
}

export function applySteps(wb: Workbook, steps: SetupStep[], snapshot: WorkbookSnapshot): ApplyResult {
  const positions = new Map(snapshot.tables.map((t) => [t.name.toLowerCase(), { ...t }]));
  const result: ApplyResult = { constantNames: [], replacedNames: [], calculatedColumns: new Map(), charts: [] };
  const pos = (name: string): TableSnapshot => {
    const p = positions.get(name.toLowerCase());
    if (!p) throw new Error(`Table ${name} is not in the workbook.`);
    return p;
  };
  const sheetOf = (name: string): Worksheet => wb.getWorksheet(pos(name).sheet)!;
  const headerIndex = (t: TableSnapshot, header: string) => t.headers.findIndex((h) => h.trim().toLowerCase() === header.trim().toLowerCase());
  const remember = (table: TableSpec, formulaColumns: ColumnSpec[]) => {
    const map = result.calculatedColumns.get(table.name) ?? new Map<string, string>();
    for (const c of formulaColumns) if (c.formula) map.set(c.header, toFileFormula(c.formula));
    result.calculatedColumns.set(table.name, map);
  };

  for (const step of steps) {
    switch (step.kind) {
      case "addSheet": {
        const ws = wb.addWorksheet(step.sheet.name);
        applySheetLooks(ws, looksOf(step.sheet));
        writeCells(ws, step.sheet.cells);
        for (const [c, w] of Object.entries(step.sheet.columnWidths ?? {})) ws.getColumn(Number(c) + 1).width = w;
        break;
      }
      case "writeCells": {
        const ws = wb.getWorksheet(step.sheet)!;
        writeCells(ws, step.cells);
        applySheetLooks(ws, step.looks);
        break;
      }
      case "sheetFormulas":
        writeCells(wb.getWorksheet(step.sheet)!, step.cells);
        break;
      case "addTable": {
        const ws = wb.getWorksheet(step.sheet)!;
        positions.set(step.table.name.toLowerCase(), addTable(ws, step.row, step.col, step.table, step.rows));
        break;
      }
      case "addColumns": {
        const t = pos(step.table);
        const ws = sheetOf(step.table);
        const { model } = findTableModel(wb, t.name)!;
        step.columns.forEach((c, i) => {
          const col = t.col + t.headers.length + i;
          ws.getCell(t.row + 1, col + 1).value = c.header;
          ws.getColumn(col + 1).width = c.width;
          model.columns.push({ name: c.header, filterButton: true });
        });
        // addColumns only reaches tables people fill (a derived table is rebuilt whole).
        applyColumnLooks(ws, { derived: false }, t.row, t.rowCount, step.columns.map((column, i) => ({ column, col: t.col + t.headers.length + i })));
        t.headers = [...t.headers, ...step.columns.map((c) => c.header)];
        setTableBox(model, t.row, t.col, t.rowCount, t.headers.length);
        break;
      }
      case "columnFormulas": {
        const t = pos(step.table);
        const ws = sheetOf(step.table);
        for (const c of step.columns) {
          const ci = headerIndex(t, c.header);
          if (ci < 0 || !c.formula) continue;
          const formula = toFileFormula(c.formula);
          for (let r = 0; r < t.rowCount; r++) ws.getCell(t.row + 2 + r, t.col + ci + 1).value = { formula } as never;
        }
        remember({ name: t.name } as TableSpec, step.columns);
        break;
      }
      case "formatColumns": {
        const t = pos(step.table);
        const ws = sheetOf(step.table);
        for (const c of step.columns) {
          const ci = headerIndex(t, c.header);
          if (ci < 0) continue;
          for (let r = 0; r < t.rowCount; r++) ws.getCell(t.row + 2 + r, t.col + ci + 1).numFmt = c.numberFormat;
          if (c.formula) remember({ name: t.name } as TableSpec, [c]);
        }
        break;
      }
      case "validateColumns":
      case "conditionalFormats": {
        const t = pos(step.table);
        const ws = sheetOf(step.table);
        for (const c of step.columns) {
          const ci = headerIndex(t, c.header);
          if (ci < 0) continue;
          const address = rangeAddress(t.row + 1, t.col + ci, t.rowCount, 1);
          if (step.kind === "validateColumns") applyValidation(ws, address, c);
          else applyConditionalFormats(ws, address, c);
        }
        break;
      }
      case "replaceTable": {
        const t = pos(step.table.name);
        const ws = sheetOf(step.table.name);
        const firstRow = step.table.totalsAbove ? -1 : 0;
        for (let r = firstRow; r <= t.rowCount; r++) for (let c = 0; c < t.headers.length; c++) ws.getCell(t.row + 1 + r, t.col + 1 + c).value = null;
        ws.removeTable(findTableModel(wb, t.name)!.model.name);
        const placed = addTable(ws, t.row, t.col, step.table, step.rows);
        positions.set(step.table.name.toLowerCase(), placed);
        writeFormulas(ws, placed, step.table.columns);
        for (let r = 0; r < placed.rowCount; r++) {
          step.table.columns.forEach((c, ci) => (ws.getCell(placed.row + 2 + r, placed.col + ci + 1).numFmt = c.numberFormat));
        }
        remember(step.table, step.table.columns);
        break;
      }
      case "addName": {
        if (step.name.refersTo.includes("!")) wb.definedNames.add(step.name.refersTo.slice(1), step.name.name);
        else result.constantNames.push(step.name);
        break;
      }
      case "setName": {
        const lower = step.name.name.toLowerCase();
        wb.definedNames.model = wb.definedNames.model.filter((n) => n.name.toLowerCase() !== lower);
        result.replacedNames.push(step.name.name);
        if (step.name.refersTo.includes("!")) wb.definedNames.add(step.name.refersTo.slice(1), step.name.name);
        else result.constantNames.push(step.name);
        break;
      }
      // charts: resolved now, over the tables as the earlier steps left them; written after saving.
      case "charts": {
        const resolved = step.charts
          .map((c) => resolveChart(step.sheet, c, (name) => positions.get(name.toLowerCase())))
          .filter((c): c is ResolvedChart => c !== undefined);
        if (wb.getWorksheet(step.sheet)) collectCharts(result.charts, wb.getWorksheet(step.sheet)!.name, resolved);
        break;
      }
      case "appendRows": {
        const t = pos(step.table);
        const ws = sheetOf(step.table);
        appendRows(ws, t, step.rows);
        t.rowCount += step.rows.length;
        setTableBox(findTableModel(wb, t.name)!.model, t.row, t.col, t.rowCount, t.headers.length);
        break;
      }
      case "writeSettings": {
        const t = pos("tblSettings");
        const ws = sheetOf("tblSettings");
        const vi = headerIndex(t, step.column);
        for (const v of step.values) ws.getCell(t.row + 2 + v.bodyRow, t.col + vi + 1).value = v.value;
        break;
      }
    }
  }
  return result;
}

function writeCells(ws: Worksheet, cells: TextCell[]): void {
  for (const c of cells) {
    const cell = ws.getCell(c.row + 1, c.col + 1);
    cell.value = "formula" in c.content ? ({ formula: toFileFormula(c.content.formula) } as never) : c.content.value;
    styleCell(cell, c.style);
    if (c.wrap || c.span) cell.alignment = { wrapText: true, vertical: "top" };
    if (c.span) {
      if (c.span.cols > 1) ws.mergeCells(c.row + 1, c.col + 1, c.row + 1, c.col + c.span.cols);
      ws.getRow(c.row + 1).height = c.span.height;
    }
    if (c.numberFormat) cell.numFmt = c.numberFormat;
    if (c.conditionalFormats?.length) {
      ws.addConditionalFormatting({
        ref: cellAddress(c.row, c.col),
        rules: c.conditionalFormats.map((cf, i) => ({
          type: "expression",
          priority: i + 1,
          formulae: [toFileFormula(cf.formula)],
          style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(cf.fill) } }, font: { color: { argb: argb(cf.font) } } },
        })) as never,
      });
    }
  }
}

/**
 * New rows below a table's last body row, as Excel makes them: each cell takes the style of the
 * cell above (number format, font, fill, alignment), rows as tall as their wrapped text. Cells
 * the rows leave blank stay empty.
 */
function appendRows(ws: Worksheet, t: TableSnapshot, rows: TableRow[]): void {
  const last = t.row + 1 + t.rowCount; // 1-based: the table's last body row
  rows.forEach((r, i) => {
    const texts: { text: string; width: number }[] = [];
    t.headers.forEach((h, ci) => {
      const above = ws.getCell(last, t.col + ci + 1);
      const cell = ws.getCell(last + 1 + i, t.col + ci + 1);
      cell.style = JSON.parse(JSON.stringify(above.style ?? {})) as typeof cell.style;
      const v = rowValue(r, h);
      if (v !== null && v !== undefined && v !== "") cell.value = v;
      if (typeof v === "string" && cell.alignment?.wrapText) texts.push({ text: v, width: ws.getColumn(t.col + ci + 1).width ?? 8.43 });
    });
    const height = wrappedRowHeight(texts);
    if (height) ws.getRow(last + 1 + i).height = height;
  });
}

function writeFormulas(ws: Worksheet, t: TableSnapshot, columns: ColumnSpec[]): void {
  columns.forEach((c, ci) => {
    if (!c.formula) return;
    const formula = toFileFormula(c.formula);
    for (let r = 0; r < t.rowCount; r++) ws.getCell(t.row + 2 + r, t.col + ci + 1).value = { formula } as never;
  });
}

/** Writes header and typed values (formulas come in their own step) and registers the table. */
function addTable(ws: Worksheet, row: number, col: number, table: TableSpec, rows: TableRow[]): TableSnapshot {
  const bodyRows = Math.max(1, rows.length);
  const headers = table.columns.map((c) => c.header);
  headers.forEach((h, ci) => {
    ws.getCell(row + 1, col + ci + 1).value = h;
    ws.getColumn(col + ci + 1).width = table.columns[ci].width;
  });
  rows.forEach((r, ri) => {
    table.columns.forEach((c, ci) => {
      if (c.formula) return;
      const v = r[c.header];
      if (v !== null && v !== undefined && v !== "") ws.getCell(row + 2 + ri, col + ci + 1).value = v;
    });
  });
  const model: TableModel = {
    name: table.name,
    displayName: table.name,
    headerRow: true,
    totalsRow: false,
    columns: headers.map((name) => ({ name, filterButton: true })),
  };
  setTableBox(model, row, col, bodyRows, headers.length);
  applyColumnLooks(ws, table, row, bodyRows, table.columns.map((column, ci) => ({ column, col: col + ci })));
  fitRowHeights(ws, table, row, rows.length, col);
  if (table.totalsAbove && row > 0) writeTotalsAbove(ws, row - 1, col, table);
  (ws as unknown as { tables: Record<string, unknown> }).tables[table.name] = makeTable(ws, model);
  return { name: table.name, sheet: ws.name, headers, row, col, rowCount: bodyRows };
}

function writeTotalsAbove(ws: Worksheet, row: number, col: number, table: TableSpec): void {
  const totals = table.totalsAbove!;
  const label = ws.getCell(row + 1, col + 1);
  label.value = totals.label;
  label.font = { name: FONT_NAME, bold: true };
  table.columns.forEach((c, ci) => {
    const formula = totals.formulas[c.header];
    if (!formula) return;
    const cell = ws.getCell(row + 1, col + ci + 1);
    cell.value = { formula: toFileFormula(formula) } as never;
    cell.numFmt = c.numberFormat;
    cell.font = { name: FONT_NAME, bold: true };
  });
}

/** An exceljs Table object around our model, without its row-rewriting machinery. */
function makeTable(ws: Worksheet, model: TableModel): unknown {
  const style = { theme: "TableStyleMedium2", showRowStripes: true, showColumnStripes: false, showFirstColumn: false, showLastColumn: false };
  const table = { ...model, style };
  return { worksheet: ws, table, get model() { return table; }, set model(v: TableModel) { Object.assign(table, v); } };
}

export { parseRange };
