/** Excel.TableCollection (workbook- or sheet-scoped) and Excel.Table. */
import type { Api, DoubleOf } from "./api-types";
import { excelError } from "./errors";
import { make } from "./late-doubles";
import { CollectionProxy, ProxyBase, assertSameSession } from "./proxy";
import { RangeDouble } from "./range";
import type { RangeTarget } from "./range-target";
import { assertUnprotected, sheetById } from "./sheet-ops";
import { type TableState, findSheetByName } from "./state";
import { createTable, deleteTable, parseTableAddress } from "./table-ops";
import { type TablePart, partRect, tableById, tableSheet, validateTableName } from "./table-model";
import { TableColumnCollectionDouble, TableRowCollectionDouble } from "./table-parts";

declare module "./api-types" {
  interface Doubles {
    Table: [Excel.Table, TableDouble];
    TableCollection: [Excel.TableCollection, TableCollectionDouble];
  }
}

interface TableScope {
  /** Undefined for workbook.tables. */
  sheetId?: string;
}

export class TableCollectionDouble extends CollectionProxy<TableScope, TableDouble>
  implements Api<Excel.TableCollection, "items" | "count" | "add" | "getItem" | "getItemOrNullObject" | "load"> {
  readonly typeName = "TableCollection";
  protected readonly scalarProperties = ["count"];

  get count(): number { return this.read("count"); }

  private inScope(scope: TableScope): TableState[] {
    const state = this.session.state;
    if (scope.sheetId === undefined) return state.tables;
    const sheet = sheetById(state, scope.sheetId, "TableCollection");
    return state.tables.filter((t) => t.sheet === sheet.name);
  }

  protected itemsOf(scope: TableScope): TableDouble[] {
    return this.inScope(scope).map((t) => new TableDouble(this.session, { kind: "fixed", target: t.id }));
  }

  protected fetch(_property: string, scope: TableScope): unknown {
    return this.inScope(scope).length;
  }

  add(address: RangeDouble | string, hasHeaders: boolean): TableDouble {
    const location = "TableCollection.add";
    assertSameSession(this, address, location);
    const args = [typeof address === "string" ? address : "<Range>", hasHeaders];
    return new TableDouble(this.session, this.created("add", args, () => {
      const state = this.session.state;
      const scope = this.target(location);
      let sheetId: string;
      let rect;
      if (typeof address === "string") {
        const parsed = parseTableAddress(address, location);
        const named = parsed.sheet === undefined ? undefined : findSheetByName(state, parsed.sheet);
        if (parsed.sheet !== undefined && !named) throw excelError("InvalidArgument", `There is no sheet '${parsed.sheet}'.`, location);
        sheetId = named?.id ?? scope.sheetId ?? findSheetByName(state, state.activeSheet)!.id;
        rect = parsed.rect;
      } else {
        const target: RangeTarget = address.target(location);
        sheetId = target.sheetId;
        rect = target.rect;
      }
      if (scope.sheetId !== undefined && scope.sheetId !== sheetId) {
        throw excelError("InvalidArgument", "The range is not on this worksheet.", location);
      }
      return createTable(state, sheetById(state, sheetId, location), rect, hasHeaders === true, location).id;
    }));
  }

  private find(scope: TableScope, key: string): string | null {
    const lower = key.toLowerCase();
    return this.inScope(scope).find((t) => t.name.toLowerCase() === lower || t.id === key)?.id ?? null;
  }

  getItem(key: string): TableDouble {
    return new TableDouble(this.session, this.created("getItem", [key], () => this.find(this.target("TableCollection.getItem"), key)));
  }

  getItemOrNullObject(key: string): TableDouble {
    const location = "TableCollection.getItemOrNullObject";
    return new TableDouble(this.session, this.created("getItemOrNullObject", [key], () => this.find(this.target(location), key), true));
  }
}

const STYLE = /^TableStyle(Light([1-9]|1\d|2[01])|Medium([1-9]|1\d|2[0-8])|Dark([1-9]|1[01]))$/;

type TableMembers =
  | "id" | "name" | "style" | "showBandedRows" | "showTotals" | "worksheet" | "columns" | "rows"
  | "getRange" | "getHeaderRowRange" | "getDataBodyRange" | "delete" | "load" | "isNullObject";

export class TableDouble extends ProxyBase<string> implements Api<Excel.Table, TableMembers> {
  readonly typeName = "Table";
  protected readonly scalarProperties = ["id", "name", "style", "showBandedRows", "showTotals"];
  private columnsProxy?: TableColumnCollectionDouble;
  private rowsProxy?: TableRowCollectionDouble;
  private worksheetProxy?: DoubleOf<"Worksheet">;

  /** The table behind a resolved id, for this proxy and its sub-objects. */
  table(id: string, location: string): TableState {
    return tableById(this.session.state, id, location);
  }

  get id(): string { return this.read("id"); }
  get name(): string { return this.read("name"); }
  set name(v: string) {
    this.write("name", v, (id, location) => {
      const t = this.table(id, location);
      assertUnprotected(tableSheet(this.session.state, t), location);
      t.name = validateTableName(this.session.state, v, location, t);
    });
  }
  get style(): string { return this.read("style"); }
  set style(v: string) {
    this.settle("style", v, typeof v === "string" && STYLE.test(v), (t) => { t.style = v; });
  }
  get showBandedRows(): boolean { return this.read("showBandedRows"); }
  set showBandedRows(v: boolean) { this.settle("showBandedRows", v, typeof v === "boolean", (t) => { t.showBandedRows = v; }); }
  get showTotals(): boolean { return this.read("showTotals"); }
  set showTotals(v: boolean) { this.settle("showTotals", v, typeof v === "boolean", (t) => { t.showTotals = v; }); }

  /** A table setting: refused on a protected sheet or with a value of the wrong kind. */
  private settle(property: string, value: unknown, valid: boolean, assign: (t: TableState) => void): void {
    this.write(property, value, (id, location) => {
      const t = this.table(id, location);
      assertUnprotected(tableSheet(this.session.state, t), location);
      if (!valid) throw excelError("InvalidArgument", `Invalid ${property} '${String(value)}'.`, location);
      assign(t);
    });
  }

  get columns(): TableColumnCollectionDouble {
    return (this.columnsProxy ??= new TableColumnCollectionDouble(this.session, this.derived((id) => id)));
  }
  get rows(): TableRowCollectionDouble {
    return (this.rowsProxy ??= new TableRowCollectionDouble(this.session, this.derived((id) => id)));
  }
  get worksheet(): DoubleOf<"Worksheet"> {
    return (this.worksheetProxy ??= make.worksheet(this.session, this.derived((id) => {
      const state = this.session.state;
      return findSheetByName(state, this.table(id, "Table.worksheet").sheet)!.id;
    })));
  }

  protected override navigation(name: string): ProxyBase<unknown> | undefined {
    switch (name) {
      case "columns": return this.columns;
      case "rows": return this.rows;
      case "worksheet": return this.worksheet;
      default: return undefined;
    }
  }

  protected fetch(property: string, id: string): unknown {
    return this.table(id, `Table.${property}`)[property as "id" | "name" | "style" | "showBandedRows" | "showTotals"];
  }

  private part(method: string, part: TablePart): RangeDouble {
    const location = `Table.${method}`;
    return new RangeDouble(this.session, this.created<RangeTarget>(method, [], () => {
      const t = this.table(this.target(location), location);
      return { sheetId: tableSheet(this.session.state, t).id, rect: partRect(t, part) };
    }));
  }

  getRange(): RangeDouble { return this.part("getRange", "all"); }
  getHeaderRowRange(): RangeDouble { return this.part("getHeaderRowRange", "header"); }
  getDataBodyRange(): RangeDouble { return this.part("getDataBodyRange", "body"); }

  delete(): void {
    this.call("delete", [], (id, location) => deleteTable(this.session.state, this.table(id, location), location));
  }
}
