/** Excel.WorksheetCollection, Worksheet, its freeze panes and its protection (its page layout: page-layout.ts). */
import { MAX_COLUMNS, MAX_ROWS, type Rect, parseAddress, parseCellKey } from "./address";
import type { Api } from "./api-types";
import { excelError } from "./errors";
import { CollectionProxy, ProxyBase } from "./proxy";
import { RangeDouble } from "./range";
import type { RangeTarget } from "./range-target";
import { normalizeColor } from "./range-format";
import { PageLayoutDouble } from "./page-layout";
import { resolveReference } from "./references";
import {
  activateSheet, addSheet, assertUnprotected, deleteSheet, renameSheet, setPosition, setVisibility, sheetById,
} from "./sheet-ops";
import { type SheetState, type SheetVisibility, findSheetById, findSheetByName } from "./state";
import { TableCollectionDouble } from "./table";
import { ChartCollectionDouble } from "./charts";
import { tableRect, tablesOn } from "./table-model";

declare module "./api-types" {
  interface Doubles {
    Worksheet: [Excel.Worksheet, WorksheetDouble];
    WorksheetCollection: [Excel.WorksheetCollection, WorksheetCollectionDouble];
    WorksheetProtection: [Excel.WorksheetProtection, WorksheetProtectionDouble];
    WorksheetFreezePanes: [Excel.WorksheetFreezePanes, WorksheetFreezePanesDouble];
  }
}

type WorkbookTarget = "workbook";

export class WorksheetCollectionDouble extends CollectionProxy<WorkbookTarget, WorksheetDouble>
  implements Api<Excel.WorksheetCollection, "items" | "add" | "getItem" | "getItemOrNullObject" | "getActiveWorksheet" | "load"> {
  readonly typeName = "WorksheetCollection";
  protected readonly scalarProperties = [];

  protected itemsOf(): WorksheetDouble[] {
    return this.session.state.sheets.map((s) => new WorksheetDouble(this.session, { kind: "fixed", target: s.id }));
  }

  protected fetch(): unknown {
    return undefined;
  }

  add(name?: string): WorksheetDouble {
    return new WorksheetDouble(this.session, this.created("add", name === undefined ? [] : [name], () => addSheet(this.session.state, name, "WorksheetCollection.add").id));
  }

  private find(key: string): string | null {
    const state = this.session.state;
    return (findSheetByName(state, key) ?? findSheetById(state, key))?.id ?? null;
  }

  getItem(key: string): WorksheetDouble {
    return new WorksheetDouble(this.session, this.created("getItem", [key], () => this.find(key)));
  }

  getItemOrNullObject(key: string): WorksheetDouble {
    return new WorksheetDouble(this.session, this.created("getItemOrNullObject", [key], () => this.find(key), true));
  }

  getActiveWorksheet(): WorksheetDouble {
    return new WorksheetDouble(this.session, this.created("getActiveWorksheet", [], () => this.find(this.session.state.activeSheet)));
  }
}

type WorksheetMembers =
  | "name" | "visibility" | "position" | "tabColor" | "id" | "tables" | "charts" | "freezePanes" | "protection" | "pageLayout"
  | "getRange" | "getRangeByIndexes" | "getUsedRange" | "getUsedRangeOrNullObject"
  | "activate" | "delete" | "load" | "isNullObject";

export class WorksheetDouble extends ProxyBase<string> implements Api<Excel.Worksheet, WorksheetMembers> {
  readonly typeName = "Worksheet";
  protected readonly scalarProperties = ["id", "name", "position", "visibility", "tabColor"];
  private tablesProxy?: TableCollectionDouble;
  private chartsProxy?: ChartCollectionDouble;
  private freezeProxy?: WorksheetFreezePanesDouble;
  private protectionProxy?: WorksheetProtectionDouble;
  private pageLayoutProxy?: PageLayoutDouble;

  private sheet(id: string, location: string): SheetState {
    return sheetById(this.session.state, id, location);
  }

  get id(): string { return this.read("id"); }
  get name(): string { return this.read("name"); }
  set name(v: string) { this.write("name", v, (id, location) => renameSheet(this.session.state, this.sheet(id, location), v, location)); }
  get position(): number { return this.read("position"); }
  set position(v: number) { this.write("position", v, (id, location) => setPosition(this.session.state, this.sheet(id, location), v, location)); }
  get visibility(): SheetVisibility { return this.read("visibility"); }
  set visibility(v: Excel.SheetVisibility | SheetVisibility) {
    this.write("visibility", v, (id, location) => setVisibility(this.session.state, this.sheet(id, location), v, location));
  }
  get tabColor(): string { return this.read("tabColor"); }
  set tabColor(v: string) {
    this.write("tabColor", v, (id, location) => {
      this.sheet(id, location).tabColor = v === "" ? "" : normalizeColor(v, location);
    });
  }

  get tables(): TableCollectionDouble {
    return (this.tablesProxy ??= new TableCollectionDouble(this.session, this.derived((id) => ({ sheetId: id }))));
  }
  get charts(): ChartCollectionDouble {
    return (this.chartsProxy ??= new ChartCollectionDouble(this.session, this.derived((id) => ({ sheetId: id }))));
  }
  get freezePanes(): WorksheetFreezePanesDouble {
    return (this.freezeProxy ??= new WorksheetFreezePanesDouble(this.session, this.derived((id) => id)));
  }
  get protection(): WorksheetProtectionDouble {
    return (this.protectionProxy ??= new WorksheetProtectionDouble(this.session, this.derived((id) => id)));
  }
  /** ExcelApi 1.9 (page-layout.ts). */
  get pageLayout(): PageLayoutDouble {
    return (this.pageLayoutProxy ??= new PageLayoutDouble(this.session, this.derived((id) => id)));
  }

  protected override navigation(name: string): ProxyBase<unknown> | undefined {
    switch (name) {
      case "tables": return this.tables;
      case "charts": return this.charts;
      case "freezePanes": return this.freezePanes;
      case "protection": return this.protection;
      case "pageLayout": return this.pageLayout;
      default: return undefined;
    }
  }

  protected fetch(property: string, id: string): unknown {
    const sheet = this.sheet(id, `Worksheet.${property}`);
    if (property === "position") return this.session.state.sheets.indexOf(sheet);
    return sheet[property as "id" | "name" | "visibility" | "tabColor"];
  }

  private range(method: string, args: unknown[], rect: (sheet: SheetState, location: string) => Rect | null, nullable = false): RangeDouble {
    const location = `Worksheet.${method}`;
    return new RangeDouble(
      this.session,
      this.created<RangeTarget>(method, args, () => {
        const sheet = this.sheet(this.target(location), location);
        const r = rect(sheet, location);
        return r === null ? null : { sheetId: sheet.id, rect: r };
      }, nullable),
    );
  }

  getRange(address?: string): RangeDouble {
    return this.range("getRange", address === undefined ? [] : [address], (sheet, location) => {
      if (address === undefined || address === "") return { row: 0, column: 0, rowCount: MAX_ROWS, columnCount: MAX_COLUMNS };
      const parsed = parseAddress(address);
      if (parsed) {
        if (parsed.sheet !== undefined && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase()) {
          throw excelError("InvalidArgument", `'${address}' is not on sheet '${sheet.name}'.`, location);
        }
        return parsed.rect;
      }
      // getRange also accepts a defined name that refers to cells on this sheet.
      const named = /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(address) ? resolveReference(this.session.state, address) : null;
      if (named && named.sheet === sheet) return named.rect;
      throw excelError("InvalidArgument", `'${address}' is not a valid address on sheet '${sheet.name}'.`, location);
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): RangeDouble {
    return this.range("getRangeByIndexes", [startRow, startColumn, rowCount, columnCount], (_sheet, location) => {
      const rect = { row: startRow, column: startColumn, rowCount, columnCount };
      const ok = [startRow, startColumn, rowCount, columnCount].every(Number.isInteger) && startRow >= 0 && startColumn >= 0
        && rowCount >= 1 && columnCount >= 1 && startRow + rowCount <= MAX_ROWS && startColumn + columnCount <= MAX_COLUMNS;
      if (!ok) throw excelError("InvalidArgument", "The indexes are outside the worksheet.", location);
      return rect;
    });
  }

  getUsedRange(valuesOnly?: boolean): RangeDouble {
    return this.range("getUsedRange", valuesOnly === undefined ? [] : [valuesOnly], (sheet) =>
      usedRect(sheet, valuesOnly === true, this.tableRects(sheet))
      ?? { row: 0, column: 0, rowCount: 1, columnCount: 1 });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeDouble {
    return this.range("getUsedRangeOrNullObject", valuesOnly === undefined ? [] : [valuesOnly], (sheet) =>
      usedRect(sheet, valuesOnly === true, this.tableRects(sheet)), true);
  }

  private tableRects(sheet: SheetState): Rect[] {
    return tablesOn(this.session.state, sheet.name).map(tableRect);
  }

  activate(): void {
    this.call("activate", [], (id, location) => activateSheet(this.session.state, this.sheet(id, location), location));
  }

  delete(): void {
    this.call("delete", [], (id, location) => deleteSheet(this.session.state, this.sheet(id, location), location));
  }
}

/** Bounding box of what the sheet holds: values only, or also formatted cells and tables. */
function usedRect(sheet: SheetState, valuesOnly: boolean, tables: Rect[]): Rect | null {
  let top = Infinity, left = Infinity, bottom = -1, right = -1;
  const include = (row: number, column: number, lastRow = row, lastColumn = column): void => {
    top = Math.min(top, row); left = Math.min(left, column);
    bottom = Math.max(bottom, lastRow); right = Math.max(right, lastColumn);
  };
  for (const [key, cell] of Object.entries(sheet.cells)) {
    if (valuesOnly && cell.value === "" && cell.formula === undefined) continue;
    const { row, column } = parseCellKey(key);
    include(row, column);
  }
  if (!valuesOnly) for (const t of tables) include(t.row, t.column, t.row + t.rowCount - 1, t.column + t.columnCount - 1);
  return bottom < 0 ? null : { row: top, column: left, rowCount: bottom - top + 1, columnCount: right - left + 1 };
}

/**
 * Frozen panes. Each of freezeRows, freezeColumns and freezeAt sets the panes anew, as Excel's
 * Freeze Top Row and Freeze First Column commands do (⚠ unverified whether freezeColumns keeps
 * rows frozen before: the double unfreezes them, so code that passes freezes rows and columns
 * together with freezeAt). freezeAt takes the top-left pane, which must start at A1 (⚠ stricter).
 */
export class WorksheetFreezePanesDouble extends ProxyBase<string>
  implements Api<Excel.WorksheetFreezePanes, "freezeRows" | "freezeColumns" | "freezeAt" | "getLocationOrNullObject" | "unfreeze"> {
  readonly typeName = "WorksheetFreezePanes";
  protected readonly scalarProperties = [];

  protected fetch(): unknown {
    return undefined;
  }

  private freeze(method: string, args: unknown[], panes: (sheet: SheetState, location: string) => { rows: number; columns: number }): void {
    this.call(method, args, (id, location) => {
      const sheet = sheetById(this.session.state, id, location);
      assertUnprotected(sheet, location);
      const { rows, columns } = panes(sheet, location);
      sheet.frozenRows = rows;
      sheet.frozenColumns = columns;
    });
  }

  freezeRows(count?: number): void {
    const rows = count ?? 1;
    this.freeze("freezeRows", count === undefined ? [] : [count], (_sheet, location) => {
      if (!Number.isInteger(rows) || rows < 0 || rows >= MAX_ROWS) throw excelError("InvalidArgument", `Cannot freeze ${rows} rows.`, location);
      return { rows, columns: 0 };
    });
  }

  freezeColumns(count?: number): void {
    const columns = count ?? 1;
    this.freeze("freezeColumns", count === undefined ? [] : [count], (_sheet, location) => {
      if (!Number.isInteger(columns) || columns < 0 || columns >= MAX_COLUMNS) throw excelError("InvalidArgument", `Cannot freeze ${columns} columns.`, location);
      return { rows: 0, columns };
    });
  }

  freezeAt(frozenRange: RangeDouble | string): void {
    this.freeze("freezeAt", [typeof frozenRange === "string" ? frozenRange : "<Range>"], (sheet, location) => {
      let rect: Rect;
      if (typeof frozenRange === "string") {
        const parsed = parseAddress(frozenRange);
        if (!parsed || (parsed.sheet !== undefined && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase())) {
          throw excelError("InvalidArgument", `'${frozenRange}' is not a range on sheet '${sheet.name}'.`, location);
        }
        rect = parsed.rect;
      } else if (frozenRange instanceof RangeDouble) {
        const target = frozenRange.target(location);
        if (target.sheetId !== sheet.id) throw excelError("InvalidArgument", "The range is on another worksheet.", location);
        rect = target.rect;
      } else {
        throw excelError("InvalidArgument", "freezeAt takes a range or an address.", location);
      }
      if (rect.row !== 0 || rect.column !== 0) throw excelError("InvalidArgument", "The frozen pane starts at A1.", location);
      const rows = rect.rowCount === MAX_ROWS ? 0 : rect.rowCount;
      const columns = rect.columnCount === MAX_COLUMNS ? 0 : rect.columnCount;
      if (rows === 0 && columns === 0) throw excelError("InvalidArgument", "Cannot freeze the whole worksheet.", location);
      return { rows, columns };
    });
  }

  unfreeze(): void {
    this.freeze("unfreeze", [], () => ({ rows: 0, columns: 0 }));
  }

  getLocationOrNullObject(): RangeDouble {
    const location = "WorksheetFreezePanes.getLocationOrNullObject";
    return new RangeDouble(this.session, this.created<RangeTarget>("getLocationOrNullObject", [], () => {
      const sheet = sheetById(this.session.state, this.target(location), location);
      if (sheet.frozenRows === 0 && sheet.frozenColumns === 0) return null;
      return {
        sheetId: sheet.id,
        rect: { row: 0, column: 0, rowCount: sheet.frozenRows || MAX_ROWS, columnCount: sheet.frozenColumns || MAX_COLUMNS },
      };
    }, true));
  }
}

export class WorksheetProtectionDouble extends ProxyBase<string>
  implements Api<Excel.WorksheetProtection, "protected" | "protect" | "unprotect" | "load"> {
  readonly typeName = "WorksheetProtection";
  protected readonly scalarProperties = ["protected"];

  get protected(): boolean { return this.read("protected"); }

  protected fetch(_property: string, id: string): unknown {
    return sheetById(this.session.state, id, "WorksheetProtection.protected").protected;
  }

  protect(options?: Excel.WorksheetProtectionOptions, password?: string): void {
    const args = [options, password].filter((a) => a !== undefined);
    this.call("protect", args, (id, location) => {
      const sheet = sheetById(this.session.state, id, location);
      // Documented to fail on an already protected sheet; current builds say AccessDenied.
      if (sheet.protected) throw excelError("AccessDenied", "The sheet is already protected.", location);
      sheet.protected = true;
    });
  }

  unprotect(password?: string): void {
    this.call("unprotect", password === undefined ? [] : [password], (id, location) => {
      const sheet = sheetById(this.session.state, id, location);
      if (!sheet.protected) throw excelError("InvalidOperation", "The sheet is not protected.", location);
      sheet.protected = false;
    });
  }
}

