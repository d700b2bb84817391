/**
 * Applies the model's set-up steps to the open workbook. Everything is queued into as few
 * requests as the 5 MB budget allows; the caller syncs once at the end.
 */
import { box } from "./range-box";
import { rangeAddress } from "../../model/address";
import type { Capabilities } from "../../model/layout/capabilities";
import { rowValue, type TableSnapshot, type WorkbookSnapshot } from "../../model/layout/snapshot";
import type { SetupStep } from "../../model/layout/steps";
import type { ColumnSpec, NameSpec, TableRow, TableSpec, TextCell } from "../../model/spec/types";
import { asTypedValue, widthPoints } from "./cell-text";
import { applyConditionalFormats, applyValidation } from "./decorate-range";
import { RequestBudget, gridCalls, rowBlocks } from "./request-budget";
import { applyColumnLooks, applySheetLooks, columnLooksCalls, sheetLooksCalls, type PlacedColumn } from "./looks";
import { FONT_NAME, looksOf } from "../../model/spec/looks";
import { drawCharts, placeCharts } from "./charts"; // charts

const TEXT_STYLES: Record<NonNullable<TextCell["style"]>, { bold?: boolean; italic?: boolean; size: number; color?: string }> = {
  title: { bold: true, size: 16, color: "#203864" },
  guidance: { italic: true, size: 10, color: "#404040" },
  caption: { bold: true, size: 12, color: "#1F4E79" },
  label: { size: 11 },
  kpi: { bold: true, size: 14 },
};

/**
 * names.add turns a structured reference into the fixed range it covers today (Excel 1904 on,
 * OfficeDev/office-js issue 740), so an ID list would stop growing with its table;
 * addFormulaLocal (ExcelApi 1.4, like add) keeps it. A bare `=tbl[Column]` reads the same in
 * every locale, so the local form is safe for it.
 */
function addName(wb: Excel.Workbook, name: NameSpec): void {
  if (/^=[\p{L}_\\][\p{L}\p{N}_.\\]*\[[^\]]*\]$/u.test(name.refersTo)) wb.names.addFormulaLocal(name.name, name.refersTo, name.comment);
  else wb.names.add(name.name, name.refersTo, name.comment);
}

/** API calls writeCells makes for these cells (see request-budget.ts). */
function cellCalls(cells: TextCell[]): number {
  return cells.reduce(
    (n, c) => n + 4 + (c.numberFormat ? 1 : 0) + (c.style ? 7 : 0) + (c.wrap || c.span ? 4 : 0) + (c.span ? 5 : 0) + 10 * (c.conditionalFormats?.length ?? 0),
    0,
  );
}

export class OfficeStepWriter {
  private readonly positions: Map<string, TableSnapshot>;
  /** charts: sheets that were there before this run (only those can already hold charts). */
  private readonly sheetsAtStart: Set<string>;

  constructor(
    private readonly ctx: Excel.RequestContext,
    snapshot: WorkbookSnapshot,
    private readonly caps: Capabilities,
    readonly budget: RequestBudget,
  ) {
    this.positions = new Map(snapshot.tables.map((t) => [t.name.toLowerCase(), { ...t }]));
    this.sheetsAtStart = new Set(snapshot.sheets.map((s) => s.name.toLowerCase())); // charts
  }

  private pos(name: string): TableSnapshot {
    const p = this.positions.get(name.toLowerCase());
    if (!p) throw new Error(`Table ${name} is not in the workbook.`);
    return p;
  }

  private header(t: TableSnapshot, header: string): string | undefined {
    return t.headers.find((h) => h.trim().toLowerCase() === header.trim().toLowerCase());
  }

  private columnBody(table: string, header: string): Excel.Range | undefined {
    const t = this.pos(table);
    const actual = this.header(t, header);
    if (!actual) return undefined;
    const ci = t.headers.indexOf(actual);
    return this.ctx.workbook.worksheets.getItem(t.sheet).getRange(box(t.row + 1, t.col + ci, t.rowCount, 1));
  }

  async apply(step: SetupStep): Promise<void> {
    const wb = this.ctx.workbook;
    switch (step.kind) {
      case "addSheet": {
        const looks = looksOf(step.sheet);
        await this.budget.spend([step.sheet.cells, looks], 2 + sheetLooksCalls(looks, this.caps) + cellCalls(step.sheet.cells) + 3 * Object.keys(step.sheet.columnWidths ?? {}).length);
        const ws = wb.worksheets.add(step.sheet.name);
        applySheetLooks(ws, looks, this.caps);
        this.writeCells(ws, step.sheet.cells);
        for (const [c, w] of Object.entries(step.sheet.columnWidths ?? {})) ws.getRange(box(0, Number(c), 1, 1)).format.columnWidth = widthPoints(w);
        return;
      }
      case "writeCells": {
        await this.budget.spend([step.cells, step.looks], 2 + sheetLooksCalls(step.looks, this.caps) + cellCalls(step.cells));
        const ws = wb.worksheets.getItem(step.sheet);
        this.writeCells(ws, step.cells);
        applySheetLooks(ws, step.looks, this.caps);
        return;
      }
      case "sheetFormulas":
        await this.budget.spend(step.cells, 2 + cellCalls(step.cells));
        this.writeCells(wb.worksheets.getItem(step.sheet), step.cells);
        return;
      case "addTable":
        return this.addTable(step.sheet, step.row, step.col, step.table, step.rows);
      case "addColumns": {
        const t = this.pos(step.table);
        const table = wb.tables.getItem(t.name);
        const ws = wb.worksheets.getItem(t.sheet);
        for (const c of step.columns) {
          await this.budget.spend(c.header, 8);
          table.columns.add(null as unknown as number, undefined, c.header);
          ws.getRange(box(0, t.col + t.headers.length, 1, 1)).format.columnWidth = widthPoints(c.width);
          t.headers = [...t.headers, c.header];
        }
        // Marked as the .xlsx host marks them; the header row of an older table keeps its height.
        // addColumns only reaches tables people fill (a derived table is rebuilt whole).
        const spec = { derived: false };
        const placed: PlacedColumn[] = step.columns.map((column, i) => ({ column, col: t.col + t.headers.length - step.columns.length + i }));
        await this.budget.spend(undefined, columnLooksCalls(spec, placed));
        applyColumnLooks(ws, spec, t.row, t.rowCount, placed, this.caps, false);
        return;
      }
      case "columnFormulas":
        for (const c of step.columns) {
          const range = this.columnBody(step.table, c.header);
          if (!range || !c.formula) continue;
          // Every row of a column in one go (written row by row, Excel's calculated-column AutoCorrect
          // can overwrite them), split only where one request would pass the 5 MB limit.
          const rows = Array.from({ length: this.pos(step.table).rowCount }, () => [c.formula as string]);
          for (const block of rowBlocks(rows, this.budget.blockBytes)) {
            await this.budget.spend(block.rows, 5 + gridCalls(block.rows));
            const part = block.start === 0 && block.rows.length === rows.length ? range : range.getRow(block.start).getResizedRange(block.rows.length - 1, 0);
            part.formulas = block.rows;
          }
        }
        return;
      case "formatColumns":
        for (const c of step.columns) {
          const range = this.columnBody(step.table, c.header);
          if (!range) continue;
          await this.budget.spend(c.numberFormat, 4);
          range.numberFormat = c.numberFormat as unknown as string[][];
        }
        return;
      case "validateColumns":
        for (const c of step.columns) {
          const range = this.columnBody(step.table, c.header);
          if (!range) continue;
          await this.budget.spend(c.validation, 8);
          applyValidation(range, c);
        }
        return;
      case "conditionalFormats":
        for (const c of step.columns) {
          const range = this.columnBody(step.table, c.header);
          if (!range) continue;
          await this.budget.spend(c.conditionalFormats, 5 + 9 * (c.conditionalFormats?.length ?? 0));
          applyConditionalFormats(range, c);
        }
        return;
      case "replaceTable":
        await this.refillTable(step.table, step.rows);
        await this.apply({ kind: "formatColumns", table: step.table.name, columns: step.table.columns });
        return;
      case "addName":
        await this.budget.spend(step.name, 3);
        addName(wb, step.name);
        return;
      // NamedItem.formula can be set only from ExcelApi 1.7: delete and add works from 1.4.
      case "setName":
        await this.budget.spend(step.name, 6);
        wb.names.getItem(step.name.name).delete();
        addName(wb, step.name);
        return;
      // charts: over the tables where they stand now; a chart of the same name is replaced.
      case "charts": {
        const placed = placeCharts(step.sheet, step.charts, (name) => this.positions.get(name.toLowerCase()));
        const ws = wb.worksheets.getItem(step.sheet);
        // ExcelApi 1.7 is the set freezePanes stands for (see Capabilities).
        return drawCharts(ws, placed, { budget: this.budget, newSheet: !this.sheetsAtStart.has(step.sheet.toLowerCase()), api17: this.caps.freezePanes, api18: this.caps.dataValidation });
      }
      // Excel's rows.add: the new rows take the columns' formats, validation and calculated formulas
      // as any new table row does. The model plans it only where nothing stands below the table.
      case "appendRows": {
        const t = this.pos(step.table);
        const values = step.rows.map((r) => t.headers.map((h) => asTypedValue(rowValue(r, h))));
        await this.budget.spend(values, 4 + gridCalls(values));
        wb.tables.getItem(t.name).rows.add(null as unknown as number, values);
        t.rowCount += values.length;
        return;
      }
      case "writeSettings": {
        const range = this.columnBody("tblSettings", step.column);
        if (!range) return;
        for (const v of step.values) {
          await this.budget.spend(v, 4);
          range.getCell(v.bodyRow, 0).values = [[asTypedValue(v.value)]];
        }
        return;
      }
    }
  }

  private writeCells(ws: Excel.Worksheet, cells: TextCell[]): void {
    for (const c of cells) {
      const range = ws.getRange(box(c.row, c.col, 1, 1));
      // The format first: Excel parses a value as typed input by the cell's format, so "8.10"
      // stays the text "8.10" in a text ("@") cell and becomes the number 8.1 in a General one.
      if (c.numberFormat) range.numberFormat = [[c.numberFormat]];
      if ("formula" in c.content) range.formulas = [[c.content.formula]];
      else range.values = [[asTypedValue(c.content.value)]];
      const style = c.style ? TEXT_STYLES[c.style] : undefined;
      if (style) {
        range.format.font.name = FONT_NAME;
        range.format.font.size = style.size;
        if (style.bold) range.format.font.bold = true;
        if (style.italic) range.format.font.italic = true;
        if (style.color) range.format.font.color = style.color;
      }
      // Long text on several lines, read from the top; a paragraph (guidance) merged across the
      // columns it spans, in a row as tall as its lines (Excel's rows stop at 409 points).
      if (c.wrap || c.span) {
        range.format.wrapText = true;
        range.format.verticalAlignment = "Top";
      }
      if (c.span) {
        if (c.span.cols > 1) ws.getRange(box(c.row, c.col, 1, c.span.cols)).merge(false);
        range.format.rowHeight = c.span.height;
      }
      if (this.caps.conditionalFormats) {
        for (const cf of c.conditionalFormats ?? []) {
          const f = range.conditionalFormats.add("Custom");
          f.custom.rule.formula = cf.formula;
          f.custom.format.fill.color = cf.fill;
          f.custom.format.font.color = cf.font;
        }
      }
    }
  }

  /** The totals row above a derived table: a label, then one formula per column named. */
  private writeTotalsAbove(ws: Excel.Worksheet, row: number, col: number, table: TableSpec): void {
    const totals = table.totalsAbove!;
    const label = ws.getRange(box(row, col, 1, 1));
    label.values = [[asTypedValue(totals.label)]];
    label.format.font.name = FONT_NAME;
    label.format.font.bold = true;
    table.columns.forEach((c, i) => {
      const formula = totals.formulas[c.header];
      if (!formula) return;
      const cell = ws.getRange(box(row, col + i, 1, 1));
      cell.formulas = [[formula]];
      cell.numberFormat = [[c.numberFormat]];
      cell.format.font.name = FONT_NAME;
      cell.format.font.bold = true;
    });
  }

  /**
   * A derived table rebuilt in place: the same table object, resized (columns added or taken off
   * its right end, body rows added or deleted at its bottom) and rewritten. Deleting and adding
   * it again would turn every formula that reads it (the Dashboard's headline figures, a
   * planner's own) into #REF!, as Excel does with references to a deleted table.
   */
  private async refillTable(table: TableSpec, rows: TableRow[]): Promise<void> {
    const t = this.pos(table.name);
    const ws = this.ctx.workbook.worksheets.getItem(t.sheet);
    const excelTable = this.ctx.workbook.tables.getItem(t.name);
    const headers = table.columns.map((c) => c.header);
    const oldWidth = t.headers.length;
    for (let i = oldWidth - 1; i >= headers.length; i--) {
      await this.budget.spend(t.headers[i], 3);
      excelTable.columns.getItem(t.headers[i]).delete();
    }
    for (let i = oldWidth; i < headers.length; i++) {
      await this.budget.spend(headers[i], 3);
      excelTable.columns.add(null as unknown as number, undefined, `Column ${i + 1}`);
    }
    // Headers written over the old ones rename the columns; formulas follow a renamed column.
    await this.budget.spend(headers, 3);
    ws.getRange(box(t.row, t.col, 1, headers.length)).values = [headers];
    const wanted = Math.max(1, rows.length);
    if (wanted < t.rowCount) {
      await this.budget.spend(undefined, 5);
      ws.getRange(box(t.row + 1 + wanted, t.col, t.rowCount - wanted, headers.length)).delete("Up");
    } else if (wanted > t.rowCount) {
      const blank = Array.from({ length: wanted - t.rowCount }, () => headers.map(() => ""));
      for (const block of rowBlocks(blank, this.budget.blockBytes)) {
        await this.budget.spend(block.rows, 4);
        excelTable.rows.add(null as unknown as number, block.rows);
      }
    }
    await this.textColumnsFirst(ws, t.row + 1, t.col, wanted, table);
    // Typed cells and formulas in one write: asTypedValue keeps text that looks like a formula as text.
    const body = (rows.length ? rows : [{}]).map((r) => table.columns.map((c: ColumnSpec) => (c.formula ?? asTypedValue(r[c.header]))));
    for (const block of rowBlocks(body, this.budget.blockBytes)) {
      await this.budget.spend(block.rows, 3 + gridCalls(block.rows));
      ws.getRange(box(t.row + 1 + block.start, t.col, block.rows.length, headers.length)).formulas = block.rows as unknown as string[][];
    }
    if (table.totalsAbove && t.row > 0) {
      await this.budget.spend(table.totalsAbove, 7 + 8 * headers.length);
      // Only the old totals (ours) are cleared: cells above a new column are not.
      ws.getRange(box(t.row - 1, t.col, 1, oldWidth)).clear("Contents");
      this.writeTotalsAbove(ws, t.row - 1, t.col, table);
    }
    await this.budget.spend(undefined, 4 * headers.length);
    table.columns.forEach((c, i) => (ws.getRange(box(0, t.col + i, 1, 1)).format.columnWidth = widthPoints(c.width)));
    const placed: PlacedColumn[] = table.columns.map((column, i) => ({ column, col: t.col + i }));
    await this.budget.spend(undefined, columnLooksCalls(table, placed));
    applyColumnLooks(ws, table, t.row, wanted, placed, this.caps, true);
    this.positions.set(table.name.toLowerCase(), { ...t, headers, rowCount: wanted });
  }

  /**
   * Text columns get their "@" format before their values: Excel parses a value by the cell's
   * format, and would turn codes such as the SDG target "8.10" into the number 8.1.
   */
  private async textColumnsFirst(ws: Excel.Worksheet, row: number, col: number, rows: number, table: TableSpec): Promise<void> {
    for (const [i, c] of table.columns.entries()) {
      if (c.numberFormat !== "@" || c.formula) continue;
      await this.budget.spend(c.numberFormat, 3);
      ws.getRange(box(row, col + i, rows, 1)).numberFormat = "@" as unknown as string[][];
    }
  }

  /** Header and typed values go in as one block per 2 MB; the table is made over them. */
  private async addTable(sheet: string, row: number, col: number, table: TableSpec, rows: TableRow[]): Promise<void> {
    const ws = this.ctx.workbook.worksheets.getItem(sheet);
    const headers = table.columns.map((c) => c.header);
    const body = (rows.length ? rows : [{}]).map((r) => table.columns.map((c: ColumnSpec) => (c.formula ? null : asTypedValue(r[c.header]))));
    const all: (string | number | boolean | null)[][] = [headers, ...body];
    await this.textColumnsFirst(ws, row + 1, col, body.length, table);
    for (const block of rowBlocks(all, this.budget.blockBytes)) {
      await this.budget.spend(block.rows, 3 + gridCalls(block.rows));
      ws.getRange(box(row + block.start, col, block.rows.length, headers.length)).values = block.rows as unknown as string[][];
    }
    const placed: PlacedColumn[] = table.columns.map((column, i) => ({ column, col: col + i }));
    await this.budget.spend(table.name, 5 + 4 * headers.length + (table.totalsAbove ? 6 + 8 * headers.length : 0) + columnLooksCalls(table, placed));
    const created = ws.tables.add(rangeAddress(row, col, body.length + 1, headers.length), true);
    created.name = table.name;
    created.style = "TableStyleMedium2";
    table.columns.forEach((c, i) => (ws.getRange(box(0, col + i, 1, 1)).format.columnWidth = widthPoints(c.width)));
    applyColumnLooks(ws, table, row, body.length, placed, this.caps, true);
    if (table.totalsAbove && row > 0) this.writeTotalsAbove(ws, row - 1, col, table);
    this.positions.set(table.name.toLowerCase(), { name: table.name, sheet, headers, row, col, rowCount: body.length });
  }
}
