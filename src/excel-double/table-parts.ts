/** Table columns and rows. A column is tracked by its TableColumn.id, so it survives insertions. */
import type { Api } from "./api-types";
import { readGrid, writeGrid } from "./cells";
import { excelError } from "./errors";
import { CollectionProxy, ProxyBase } from "./proxy";
import { RangeDouble } from "./range";
import type { RangeTarget } from "./range-target";
import { assertUnprotected } from "./sheet-ops";
import type { TableState } from "./state";
import { deleteTableColumn } from "./delete-cells";
import { addTableColumn, addTableRows } from "./table-ops";
import { type TablePart, columnRect, headerNames, normalizeHeaders, tableById, tableSheet } from "./table-model";

declare module "./api-types" {
  interface Doubles {
    TableColumn: [Excel.TableColumn, TableColumnDouble];
    TableColumnCollection: [Excel.TableColumnCollection, TableColumnCollectionDouble];
    TableRow: [Excel.TableRow, TableRowDouble];
    TableRowCollection: [Excel.TableRowCollection, TableRowCollectionDouble];
  }
}

interface ColumnTarget {
  tableId: string;
  columnId: number;
}

interface RowTarget {
  tableId: string;
  /** Zero-based within the data body. */
  index: number;
}

type CellInput = Array<Array<boolean | string | number>> | boolean | string | number;

export class TableColumnCollectionDouble extends CollectionProxy<string, TableColumnDouble>
  implements Api<Excel.TableColumnCollection, "items" | "count" | "add" | "getItem" | "getItemOrNullObject" | "load"> {
  readonly typeName = "TableColumnCollection";
  protected readonly scalarProperties = ["count"];

  get count(): number { return this.read("count"); }

  private table(id: string, location: string): TableState {
    return tableById(this.session.state, id, location);
  }

  protected itemsOf(tableId: string): TableColumnDouble[] {
    return this.table(tableId, "TableColumnCollection.items").columnIds.map(
      (columnId) => new TableColumnDouble(this.session, { kind: "fixed", target: { tableId, columnId } }),
    );
  }

  protected fetch(_property: string, tableId: string): unknown {
    return this.table(tableId, "TableColumnCollection.count").columnCount;
  }

  add(index?: number, values?: CellInput, name?: string): TableColumnDouble {
    const location = "TableColumnCollection.add";
    const args = [index ?? null, values ?? null, name ?? null];
    return new TableColumnDouble(this.session, this.created<ColumnTarget>("add", args, () => {
      const t = this.table(this.target(location), location);
      const at = addTableColumn(this.session.state, t, index, values, name, location);
      return { tableId: t.id, columnId: t.columnIds[at] };
    }));
  }

  private find(tableId: string, key: number | string, location: string): ColumnTarget | null {
    const t = this.table(tableId, location);
    if (typeof key === "number") return t.columnIds.includes(key) ? { tableId, columnId: key } : null;
    const lower = key.toLowerCase();
    const index = headerNames(tableSheet(this.session.state, t), t).findIndex((h) => h.toLowerCase() === lower);
    return index < 0 ? null : { tableId, columnId: t.columnIds[index] };
  }

  getItem(key: number | string): TableColumnDouble {
    const location = "TableColumnCollection.getItem";
    return new TableColumnDouble(this.session, this.created("getItem", [key], () => this.find(this.target(location), key, location)));
  }

  getItemOrNullObject(key: number | string): TableColumnDouble {
    const location = "TableColumnCollection.getItemOrNullObject";
    return new TableColumnDouble(this.session, this.created("getItemOrNullObject", [key], () => this.find(this.target(location), key, location), true));
  }
}

export class TableColumnDouble extends ProxyBase<ColumnTarget>
  implements Api<Excel.TableColumn, "id" | "name" | "index" | "getDataBodyRange" | "getRange" | "getHeaderRowRange" | "delete" | "load" | "isNullObject"> {
  readonly typeName = "TableColumn";
  protected readonly scalarProperties = ["id", "name", "index"];

  private locate(target: ColumnTarget, location: string): { table: TableState; index: number } {
    const table = tableById(this.session.state, target.tableId, location);
    const index = table.columnIds.indexOf(target.columnId);
    if (index < 0) throw excelError("ItemNotFound", "The table column no longer exists.", location);
    return { table, index };
  }

  get id(): number { return this.read("id"); }
  get index(): number { return this.read("index"); }
  get name(): string { return this.read("name"); }
  set name(v: string) {
    this.write("name", v, (target, location) => {
      const { table, index } = this.locate(target, location);
      const sheet = tableSheet(this.session.state, table);
      assertUnprotected(sheet, location);
      if (typeof v !== "string") throw excelError("InvalidArgument", "A column name must be a string.", location);
      writeGrid(sheet, columnRect(table, index, "header"), [[v]], "values", location);
      normalizeHeaders(sheet, table);
    });
  }

  protected fetch(property: string, target: ColumnTarget): unknown {
    const { table, index } = this.locate(target, `TableColumn.${property}`);
    if (property === "id") return target.columnId;
    if (property === "index") return index;
    return headerNames(tableSheet(this.session.state, table), table)[index];
  }

  private part(method: string, part: TablePart): RangeDouble {
    const location = `TableColumn.${method}`;
    return new RangeDouble(this.session, this.created<RangeTarget>(method, [], () => {
      const { table, index } = this.locate(this.target(location), location);
      return { sheetId: tableSheet(this.session.state, table).id, rect: columnRect(table, index, part) };
    }));
  }

  delete(): void {
    this.call("delete", [], (target, location) => {
      const { table, index } = this.locate(target, location);
      deleteTableColumn(this.session.state, table, index, location);
    });
  }

  getRange(): RangeDouble { return this.part("getRange", "all"); }
  getHeaderRowRange(): RangeDouble { return this.part("getHeaderRowRange", "header"); }
  getDataBodyRange(): RangeDouble { return this.part("getDataBodyRange", "body"); }
}

export class TableRowCollectionDouble extends CollectionProxy<string, TableRowDouble>
  implements Api<Excel.TableRowCollection, "items" | "count" | "add" | "load"> {
  readonly typeName = "TableRowCollection";
  protected readonly scalarProperties = ["count"];

  get count(): number { return this.read("count"); }

  protected itemsOf(tableId: string): TableRowDouble[] {
    const t = tableById(this.session.state, tableId, "TableRowCollection.items");
    return Array.from({ length: t.rowCount - 1 }, (_, index) => new TableRowDouble(this.session, { kind: "fixed", target: { tableId, index } }));
  }

  protected fetch(_property: string, tableId: string): unknown {
    return tableById(this.session.state, tableId, "TableRowCollection.count").rowCount - 1;
  }

  add(index?: number, values?: CellInput, alwaysInsert?: boolean): TableRowDouble {
    const location = "TableRowCollection.add";
    const args = [index ?? null, values ?? null, ...(alwaysInsert === undefined ? [] : [alwaysInsert])];
    return new TableRowDouble(this.session, this.created<RowTarget>("add", args, () => {
      const t = tableById(this.session.state, this.target(location), location);
      const { firstRow } = addTableRows(this.session.state, t, index, values, location);
      return { tableId: t.id, index: firstRow };
    }));
  }
}

export class TableRowDouble extends ProxyBase<RowTarget> implements Api<Excel.TableRow, "index" | "values" | "getRange" | "load"> {
  readonly typeName = "TableRow";
  protected readonly scalarProperties = ["index", "values"];

  get index(): number { return this.read("index"); }
  get values(): any[][] { return this.read("values"); } // eslint-disable-line @typescript-eslint/no-explicit-any

  private rect(target: RowTarget, location: string): { table: TableState; rect: RangeTarget["rect"] } {
    const table = tableById(this.session.state, target.tableId, location);
    if (target.index >= table.rowCount - 1) throw excelError("ItemNotFound", "The table row no longer exists.", location);
    return { table, rect: { row: table.row + 1 + target.index, column: table.column, rowCount: 1, columnCount: table.columnCount } };
  }

  protected fetch(property: string, target: RowTarget): unknown {
    const { table, rect } = this.rect(target, `TableRow.${property}`);
    return property === "index" ? target.index : readGrid(tableSheet(this.session.state, table), rect, "values");
  }

  getRange(): RangeDouble {
    const location = "TableRow.getRange";
    return new RangeDouble(this.session, this.created<RangeTarget>("getRange", [], () => {
      const { table, rect } = this.rect(this.target(location), location);
      return { sheetId: tableSheet(this.session.state, table).id, rect };
    }));
  }
}
