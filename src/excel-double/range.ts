/** Excel.Range: a fixed rectangle on a sheet, resolved when the host first meets it. */
import { type Rect, cellCount, formatRect, insideGrid, isWholeColumns, isWholeRows, parseAddress, qualifiedAddress } from "./address";
import type { Api, DoubleOf } from "./api-types";
import { type GridKind, type ReadKind, clearCells, readGrid, writeGrid } from "./cells";
import { deleteCellsUp } from "./delete-cells";
import { excelError } from "./errors";
import { make } from "./late-doubles";
import { assertFormulaResolves } from "./formula-names";
import { assertNotIntoMerged, mergeCells, unmergeCells } from "./merges";
import { columnsHidden, groupColumns, setColumnsHidden } from "./outline";
import { ProxyBase } from "./proxy";
import { RangeFormatDouble } from "./range-format";
import { assertUnprotected, sheetById } from "./sheet-ops";
import type { RangeTarget } from "./range-target";
import type { SheetState } from "./state";
import { afterCellsWritten } from "./table-model";
import { DataValidationDouble } from "./validation";

declare module "./api-types" {
  interface Doubles {
    Range: [Excel.Range, RangeDouble];
  }
}

/** Excel refuses reads of more than five million cells. */
const READ_CELL_LIMIT = 5_000_000;

type RangeMembers =
  | "address" | "addressLocal" | "rowIndex" | "columnIndex" | "rowCount" | "columnCount" | "cellCount"
  | "values" | "formulas" | "numberFormat" | "text" | "valueTypes" | "columnHidden"
  | "worksheet" | "format" | "dataValidation" | "conditionalFormats"
  | "getCell" | "getResizedRange" | "getOffsetRange" | "getRow" | "getColumn" | "getLastRow" | "getBoundingRect"
  | "select" | "clear" | "delete" | "merge" | "unmerge" | "group" | "load" | "isNullObject";

export class RangeDouble extends ProxyBase<RangeTarget> implements Api<Excel.Range, RangeMembers> {
  readonly typeName = "Range";
  protected readonly scalarProperties = [
    "address", "addressLocal", "rowIndex", "columnIndex", "rowCount", "columnCount", "cellCount",
    "values", "formulas", "numberFormat", "text", "valueTypes", "columnHidden",
  ] as const;
  private formatProxy?: RangeFormatDouble;
  private validationProxy?: DataValidationDouble;
  private conditionalFormatsProxy?: DoubleOf<"ConditionalFormatCollection">;
  private worksheetProxy?: DoubleOf<"Worksheet">;

  get address(): string { return this.read("address"); }
  get addressLocal(): string { return this.read("addressLocal"); }
  get rowIndex(): number { return this.read("rowIndex"); }
  get columnIndex(): number { return this.read("columnIndex"); }
  get rowCount(): number { return this.read("rowCount"); }
  get columnCount(): number { return this.read("columnCount"); }
  get cellCount(): number { return this.read("cellCount"); }
  get text(): string[][] { return this.read("text"); }
  get valueTypes(): Excel.RangeValueType[][] { return this.read("valueTypes"); }

  // office.js types these as any[][]; a scalar is accepted too (it fills the range).
  get values(): any[][] { return this.read("values"); } // eslint-disable-line @typescript-eslint/no-explicit-any
  set values(v: any[][]) { this.writeGridProperty("values", v); } // eslint-disable-line @typescript-eslint/no-explicit-any
  get formulas(): any[][] { return this.read("formulas"); } // eslint-disable-line @typescript-eslint/no-explicit-any
  set formulas(v: any[][]) { this.writeGridProperty("formulas", v); } // eslint-disable-line @typescript-eslint/no-explicit-any
  get numberFormat(): any[][] { return this.read("numberFormat"); } // eslint-disable-line @typescript-eslint/no-explicit-any
  set numberFormat(v: any[][]) { this.writeGridProperty("numberFormat", v); } // eslint-disable-line @typescript-eslint/no-explicit-any

  /** Hides or shows every column of the range (outline.ts); ExcelApi 1.2. */
  get columnHidden(): boolean { return this.read("columnHidden"); }
  set columnHidden(v: boolean) {
    this.write("columnHidden", v, (target, location) => {
      const sheet = this.sheetOf(target, location);
      assertUnprotected(sheet, location);
      if (typeof v !== "boolean") throw excelError("InvalidArgument", "Expected true or false.", location);
      setColumnsHidden(sheet, target.rect, v);
    });
  }

  get format(): RangeFormatDouble {
    return (this.formatProxy ??= new RangeFormatDouble(this.session, this.derived((t) => t)));
  }
  get dataValidation(): DataValidationDouble {
    return (this.validationProxy ??= new DataValidationDouble(this.session, this.derived((t) => t)));
  }
  get conditionalFormats(): DoubleOf<"ConditionalFormatCollection"> {
    return (this.conditionalFormatsProxy ??= make.conditionalFormats(this.session, this.derived((t) => t)));
  }
  get worksheet(): DoubleOf<"Worksheet"> {
    return (this.worksheetProxy ??= make.worksheet(this.session, this.derived((t) => t.sheetId)));
  }

  protected override navigation(name: string): ProxyBase<unknown> | undefined {
    switch (name) {
      case "format": return this.format;
      case "dataValidation": return this.dataValidation;
      case "conditionalFormats": return this.conditionalFormats;
      case "worksheet": return this.worksheet;
      default: return undefined;
    }
  }

  /** The sheet of a resolved range, for the operations of its sub-objects. */
  sheetOf(target: RangeTarget, location: string): SheetState {
    return sheetById(this.session.state, target.sheetId, location);
  }

  protected fetch(property: string, target: RangeTarget): unknown {
    const location = `Range.${property}`;
    const sheet = this.sheetOf(target, location);
    const rect = target.rect;
    switch (property) {
      case "address":
      case "addressLocal": return qualifiedAddress(sheet.name, rect);
      case "rowIndex": return rect.row;
      case "columnIndex": return rect.column;
      case "rowCount": return rect.rowCount;
      case "columnCount": return rect.columnCount;
      case "cellCount": return cellCount(rect);
      case "columnHidden": return columnsHidden(sheet, rect);
      default: {
        // Whole columns or rows read back as null rather than a million-row array.
        if (isWholeColumns(rect) || isWholeRows(rect)) return null;
        if (cellCount(rect) > READ_CELL_LIMIT) {
          throw excelError("RangeExceedsLimit", "The range has more cells than a read may return.", location);
        }
        return readGrid(sheet, rect, property as ReadKind);
      }
    }
  }

  private writeGridProperty(kind: GridKind, value: unknown): void {
    this.write(kind, value, (target, location) => {
      const sheet = this.sheetOf(target, location);
      assertUnprotected(sheet, location);
      const state = this.session.state;
      if (kind !== "numberFormat") assertNotIntoMerged(sheet, target.rect, value, location);
      writeGrid(sheet, target.rect, value, kind, location, (f, at) => assertFormulaResolves(state, f, at, false));
      afterCellsWritten(this.session.state, sheet, target.rect);
    });
  }

  private derive(method: string, args: unknown[], shape: (rect: Rect) => Rect): RangeDouble {
    return new RangeDouble(
      this.session,
      this.created(method, args, () => {
        const location = `Range.${method}`;
        const t = this.target(location);
        const rect = shape(t.rect);
        if (!insideGrid(rect)) throw excelError("InvalidArgument", `${method}(${args.join(", ")}) leaves the worksheet.`, location);
        return { sheetId: t.sheetId, rect };
      }),
    );
  }

  private checkIndex(value: number, count: number, what: string, location: string): void {
    if (!Number.isInteger(value) || value < 0 || value >= count) {
      throw excelError("InvalidArgument", `${what} ${value} is outside the range (0..${count - 1}).`, location);
    }
  }

  getCell(row: number, column: number): RangeDouble {
    return this.derive("getCell", [row, column], (r) => ({ row: r.row + row, column: r.column + column, rowCount: 1, columnCount: 1 }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): RangeDouble {
    return this.derive("getResizedRange", [deltaRows, deltaColumns], (r) => ({
      ...r,
      rowCount: r.rowCount + deltaRows,
      columnCount: r.columnCount + deltaColumns,
    }));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): RangeDouble {
    return this.derive("getOffsetRange", [rowOffset, columnOffset], (r) => ({ ...r, row: r.row + rowOffset, column: r.column + columnOffset }));
  }

  getRow(row: number): RangeDouble {
    return this.derive("getRow", [row], (r) => {
      this.checkIndex(row, r.rowCount, "Row", "Range.getRow");
      return { ...r, row: r.row + row, rowCount: 1 };
    });
  }

  getColumn(column: number): RangeDouble {
    return this.derive("getColumn", [column], (r) => {
      this.checkIndex(column, r.columnCount, "Column", "Range.getColumn");
      return { ...r, column: r.column + column, columnCount: 1 };
    });
  }

  getLastRow(): RangeDouble {
    return this.derive("getLastRow", [], (r) => ({ ...r, row: r.row + r.rowCount - 1, rowCount: 1 }));
  }

  getBoundingRect(anotherRange: RangeDouble | string): RangeDouble {
    const location = "Range.getBoundingRect";
    return new RangeDouble(this.session, this.created("getBoundingRect", [typeof anotherRange === "string" ? anotherRange : "<Range>"], () => {
      const a = this.target(location);
      const b: RangeTarget = typeof anotherRange === "string"
        ? { sheetId: a.sheetId, rect: parseAddress(anotherRange)?.rect ?? (() => { throw excelError("InvalidArgument", `'${anotherRange}' is not an address.`, location); })() }
        : anotherRange.target(location);
      if (b.sheetId !== a.sheetId) throw excelError("InvalidArgument", "The ranges are on different worksheets.", location);
      const row = Math.min(a.rect.row, b.rect.row);
      const column = Math.min(a.rect.column, b.rect.column);
      return {
        sheetId: a.sheetId,
        rect: {
          row,
          column,
          rowCount: Math.max(a.rect.row + a.rect.rowCount, b.rect.row + b.rect.rowCount) - row,
          columnCount: Math.max(a.rect.column + a.rect.columnCount, b.rect.column + b.rect.columnCount) - column,
        },
      };
    }));
  }

  /**
   * The check office.js sends before it splits a write of more than 1,500 cells into row
   * blocks (excel-web-16.00.debug.js, Range values setter): the whole array must fit the range.
   * Named as on the wire.
   */
  _ValidateArraySize(rows: number, columns: number): void {
    this.call("_ValidateArraySize", [rows, columns], (target, location) => {
      if (rows !== target.rect.rowCount || columns !== target.rect.columnCount) {
        throw excelError("InvalidArgument", `The array is ${rows}x${columns}; the range ${formatRect(target.rect)} is ${target.rect.rowCount}x${target.rect.columnCount}.`, location);
      }
    });
  }

  /** Merged cells: see merges.ts. */
  merge(across?: boolean): void {
    this.call("merge", across === undefined ? [] : [across], (target, location) => {
      const sheet = this.sheetOf(target, location);
      assertUnprotected(sheet, location);
      if (across !== undefined && typeof across !== "boolean") throw excelError("InvalidArgument", "across must be true or false.", location);
      if (isWholeColumns(target.rect) || isWholeRows(target.rect)) throw excelError("InvalidArgument", "Whole rows or columns cannot be merged here (not modelled).", location);
      mergeCells(this.session.state, sheet, target.rect, across === true, location);
    });
  }

  unmerge(): void {
    this.call("unmerge", [], (target, location) => {
      const sheet = this.sheetOf(target, location);
      assertUnprotected(sheet, location);
      unmergeCells(sheet, target.rect);
    });
  }

  /** Outline groups (ExcelApi 1.10): only columns are modelled (outline.ts). */
  group(groupOption: "ByRows" | "ByColumns"): void {
    this.call("group", [groupOption], (target, location) => {
      const sheet = this.sheetOf(target, location);
      assertUnprotected(sheet, location);
      if (groupOption !== "ByRows" && groupOption !== "ByColumns") throw excelError("InvalidArgument", `Unknown group option '${String(groupOption)}'.`, location);
      if (groupOption === "ByRows") throw new Error("excel-double does not model Range.group(\"ByRows\")");
      groupColumns(sheet, target.rect, location);
    });
  }

  /** Only a shift up is modelled (delete-cells.ts). */
  delete(shift: "Up" | "Left"): void {
    this.call("delete", [shift], (target, location) => {
      if (shift !== "Up") throw new Error(`excel-double does not model Range.delete("${String(shift)}")`);
      deleteCellsUp(this.session.state, this.sheetOf(target, location), target.rect, location);
    });
  }

  select(): void {
    this.call("select", [], (target, location) => {
      const sheet = this.sheetOf(target, location);
      if (sheet.visibility !== "Visible") throw excelError("InvalidOperation", "A range on a hidden sheet cannot be selected.", location);
      this.session.state.activeSheet = sheet.name;
      this.session.state.selection = { sheet: sheet.name, address: formatRect(target.rect) };
    });
  }

  clear(applyTo?: "All" | "Formats" | "Contents" | "Hyperlinks" | "RemoveHyperlinks" | "ResetContents"): void {
    const scope = applyTo ?? "All";
    this.call("clear", applyTo === undefined ? [] : [applyTo], (target, location) => {
      const sheet = this.sheetOf(target, location);
      assertUnprotected(sheet, location);
      if (scope === "Hyperlinks" || scope === "RemoveHyperlinks") return;
      if (scope !== "All" && scope !== "Formats" && scope !== "Contents" && scope !== "ResetContents") {
        throw excelError("InvalidArgument", `Unknown clear type '${String(scope)}'.`, location);
      }
      clearCells(sheet, target.rect, scope === "All" ? "all" : scope === "Formats" ? "formats" : "contents");
      afterCellsWritten(this.session.state, sheet, target.rect);
    });
  }
}
