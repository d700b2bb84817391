/**
 * What the check knows about each contract table: its stage, its place in tab order and its
 * columns' kinds. Taken from the workbook description itself, so a column added to a stage
 * (a new date or amount) is checked without touching the rules.
 */
import { KEY_COLUMNS, TABLE_NAMES, type TableName } from "../contract";
import { DEFAULT_SETTINGS } from "../settings";
import type { ColumnSpec } from "../spec/types";
import { buildWorkbookSpec, tablesOf } from "../workbook";

export interface TableInfo {
  name: TableName;
  /** 1 to 6, or 0 for the workbook's own tables (dashboard). */
  stage: number;
  /** Position in the contract's table list, which follows the stages. */
  order: number;
  /** The sheet the add-in puts it on, for messages about a missing table. */
  sheet: string;
  columns: readonly ColumnSpec[];
  keyColumns: readonly string[];
  /** Rebuilt by the add-in (matrix, dashboard): people do not type in them. */
  derived: boolean;
  /** The column holding the row's own ID, if the table has one. */
  idColumn?: string;
  /** What one row is, for messages ("Action A1"); undefined where rows have no ID of their own. */
  noun?: "Goal" | "Action" | "Activity" | "Risk" | "Project" | "Indicator";
  /** The letter the table's IDs start with (contract: G, A, I; the sample: W, R, P). */
  idPrefix?: string;
}

/** Own ID columns: the IDs other tables refer to, unique in their table (contract). */
const ID_COLUMNS: Partial<Record<TableName, { column: string; noun: NonNullable<TableInfo["noun"]>; prefix: string }>> = {
  tblGoals: { column: "Goal ID", noun: "Goal", prefix: "G" },
  tblActions: { column: "Action ID", noun: "Action", prefix: "A" },
  tblWorkplan: { column: "Activity ID", noun: "Activity", prefix: "W" },
  tblRisks: { column: "Risk ID", noun: "Risk", prefix: "R" },
  tblOtherProjects: { column: "Project ID", noun: "Project", prefix: "P" },
  tblIndicators: { column: "Indicator ID", noun: "Indicator", prefix: "I" },
};

type Placed = ReturnType<typeof tablesOf>[number];

let placedCache: Map<string, Placed> | undefined;

/** Every table the add-in lays out (the contract's, tblSettings, the summaries), by code name. */
function placedTables(): Map<string, Placed> {
  placedCache ??= new Map(tablesOf(buildWorkbookSpec(DEFAULT_SETTINGS)).map((t) => [t.placed.table.name, t]));
  return placedCache;
}

/** The caption over a table in an English workbook with the default settings; undefined for a name not laid out. */
export function englishCaption(name: string): string | undefined {
  return placedTables().get(name)?.placed.table.caption;
}

let cache: Map<TableName, TableInfo> | undefined;

export function tableInfos(): Map<TableName, TableInfo> {
  if (cache) return cache;
  const placed = placedTables();
  cache = new Map(
    TABLE_NAMES.map((name, order): [TableName, TableInfo] => {
      const p = placed.get(name);
      return [
        name,
        {
          name,
          stage: p?.sheet.stage ?? 0,
          order,
          sheet: p?.sheet.name ?? "",
          columns: p?.placed.table.columns ?? [],
          keyColumns: KEY_COLUMNS[name],
          derived: p?.placed.table.derived ?? false,
          idColumn: ID_COLUMNS[name]?.column,
          noun: ID_COLUMNS[name]?.noun,
          idPrefix: ID_COLUMNS[name]?.prefix,
        },
      ];
    }),
  );
  return cache;
}

export function tableInfo(name: TableName): TableInfo {
  return tableInfos().get(name) as TableInfo;
}
