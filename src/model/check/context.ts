/**
 * The plan as the rules see it: tables found by name ignoring case, columns found through the
 * header as written (users move, insert and retype columns), blank rows left out. A rule asks
 * for a table or a column and gets undefined when it is missing, so it skips instead of crashing.
 */
import { TABLE_NAMES, type TableName } from "../contract";
import type { PlanSettings } from "../settings";
import { idKey, isBlank, normHeader, textOf } from "./cells";
import type { Finding, PlanTables, ReadCell, ReadRow, ReadTable, Severity } from "./plan-tables";
import { tableInfo, type TableInfo } from "./schema";
import { checkWords, type CheckWords } from "./words";

export class CheckRow {
  constructor(
    readonly table: CheckTable,
    readonly read: ReadRow,
  ) {}

  /** The cell under a contract header, wherever the column stands; undefined if absent. */
  cell(header: string): ReadCell | undefined {
    const written = this.table.headerOf(header);
    return written === undefined ? undefined : this.read.cells[written];
  }

  text(header: string): string {
    return textOf(this.cell(header));
  }

  /** The row's own ID as written (trimmed), "" when blank or when the table has none. */
  get id(): string {
    const col = this.table.info.idColumn;
    const c = col ? this.cell(col) : undefined;
    return c && c.kind !== "error" ? textOf(c) : "";
  }

  /** 1-based position in the table body, as people count rows. */
  get number(): number {
    return this.read.index + 1;
  }

  /** How messages name the row: "Action A1", or ""Funding sources" row 3" where there is no ID. */
  get label(): string {
    const { info, words } = this.table;
    const noun = info.noun ? words.t(`noun.${info.noun}`) : info.name;
    const number = String(this.number);
    if (this.id) return words.t("row.id", { noun, id: this.id });
    const table = words.table(info.name);
    if (info.idColumn) return words.t("row.noId", { noun, number, table });
    const first = textOf(this.cell(info.keyColumns[0]));
    return first ? words.t("row.first", { table, number, first: words.value(first) }) : words.t("row.plain", { table, number });
  }
}

export class CheckTable {
  private readonly headers = new Map<string, string>();
  /** Lookups by the header as asked, so normalising happens once per column, not per cell. */
  private readonly resolved = new Map<string, string | undefined>();
  readonly rows: CheckRow[];

  constructor(
    readonly info: TableInfo,
    readonly read: ReadTable,
    readonly words: CheckWords,
  ) {
    // First match wins, like Excel's structured references on a duplicated header.
    for (const h of read.headers) if (!this.headers.has(normHeader(h))) this.headers.set(normHeader(h), h);
    const computed = new Set(info.columns.filter((c) => c.formula).map((c) => normHeader(c.header)));
    // A row is blank when nothing a person types is filled in; formulas may still show "" or 0.
    const typed = read.headers.filter((h) => !computed.has(normHeader(h)));
    this.rows = read.rows.filter((r) => typed.some((h) => !isBlank(r.cells[h]))).map((r) => new CheckRow(this, r));
  }

  /** The header as written in the workbook for a contract header, matched ignoring case and spaces. */
  headerOf(header: string): string | undefined {
    if (!this.resolved.has(header)) this.resolved.set(header, this.headers.get(normHeader(header)));
    return this.resolved.get(header);
  }

  has(...headers: string[]): boolean {
    return headers.every((h) => this.headerOf(h) !== undefined);
  }

  /** Left-to-right position of a column in the sheet, for sorting findings. */
  position(header: string): number {
    const written = this.headerOf(header);
    return written === undefined ? -1 : this.read.headers.indexOf(written);
  }
}

/** A finding before sorting: carries the row and column positions it sorts by. */
export interface Draft extends Finding {
  order: number;
  row: number;
  col: number;
}

export interface Where {
  table: TableName | "tblSettings";
  row?: CheckRow;
  column?: string;
  /** The cell at fault when it is not a row of a contract table (a setting's Value cell). */
  cell?: string;
}

export class CheckContext {
  private readonly tables = new Map<TableName, CheckTable | undefined>();
  readonly drafts: Draft[] = [];

  constructor(
    readonly data: PlanTables,
    private readonly severities: ReadonlyMap<string, Severity>,
    readonly words: CheckWords = checkWords("en"),
  ) {
    for (const name of TABLE_NAMES) {
      const read = findRead(data, name);
      this.tables.set(name, read ? new CheckTable(tableInfo(name), read, words) : undefined);
    }
  }

  /** The message in the check's language. */
  get t(): CheckWords["t"] {
    return this.words.t;
  }

  get settings(): PlanSettings {
    return this.data.settings;
  }

  /** The table if the workbook has it and it has every given column; otherwise undefined. */
  table(name: TableName, ...columns: string[]): CheckTable | undefined {
    const t = this.tables.get(name);
    return t && t.has(...columns) ? t : undefined;
  }

  /** Rows by ID (case ignored) in a table's column; undefined when table or column is missing. */
  index(name: TableName, column: string): Map<string, CheckRow> | undefined {
    const t = this.table(name, column);
    if (!t) return undefined;
    const map = new Map<string, CheckRow>();
    for (const row of t.rows) {
      const c = row.cell(column);
      const key = c && c.kind !== "error" ? idKey(textOf(c)) : "";
      if (key && !map.has(key)) map.set(key, row);
    }
    return map;
  }

  report(rule: string, where: Where, message: string): void {
    const severity = this.severities.get(rule);
    if (!severity) throw new Error(`Unregistered check rule: ${rule}`);
    const t = where.table === "tblSettings" ? undefined : this.tables.get(where.table);
    const info = where.table === "tblSettings" ? undefined : tableInfo(where.table);
    const cell = where.cell ?? (where.row && where.column ? where.row.cell(where.column)?.address : undefined);
    const draft: Draft = {
      rule,
      severity,
      stage: info?.stage ?? 0,
      table: where.table,
      message,
      order: info?.order ?? -1,
      row: where.row ? where.row.read.index : -1,
      col: t && where.column ? t.position(where.column) : -1,
    };
    const id = where.row?.id;
    if (id) draft.id = id;
    if (where.column) draft.column = where.column;
    // Without a column, point at the row's first cell; without a row, at the table's header.
    const rowStart = where.row ? where.row.read.cells[where.row.table.read.headers[0]]?.address : undefined;
    const address = cell ?? rowStart ?? t?.read.address;
    if (address) draft.cell = address;
    this.drafts.push(draft);
  }
}

/** Tables are keyed by contract name; a host that keeps the user's spelling is matched too. */
function findRead(data: PlanTables, name: TableName): ReadTable | undefined {
  const lower = name.toLowerCase();
  if (data.tables[name]) return data.tables[name];
  for (const [key, t] of Object.entries(data.tables)) {
    if (t && (key.toLowerCase() === lower || t.name.toLowerCase() === lower)) return t;
  }
  return undefined;
}
