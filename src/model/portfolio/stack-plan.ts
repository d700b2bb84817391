/**
 * One submission's rows for the portfolio: its contract tables read in English (whatever the
 * workbook's language), blank rows left out as the check leaves them, each row prefixed by the
 * submission and the actions given their goal's GCM objective.
 */
import { idKey, isBlank, numberOf, textOf } from "../check/cells";
import { CheckContext, type CheckRow } from "../check/context";
import type { PlanTables, ReadCell } from "../check/plan-tables";
import type { CellValue, TableRow } from "../spec/types";
import { STACKED_TABLES, type StackedTable } from "./tables";
import type { StackedTableName } from "./table-names";

export interface SubmissionId {
  file: string;
  country: string;
  title: string;
  currency: string;
}

/** What a cell holds, for a table of values: an error stays as its text ("#N/A"), so it shows where it was. */
export function cellValue(cell: ReadCell | undefined): CellValue {
  if (isBlank(cell)) return null;
  if (cell!.kind === "text") return textOf(cell);
  return cell!.value;
}

/** The submission's rows of each stacked table, already in English terms (`english` is inEnglish's view). */
export function stackPlan(id: SubmissionId, english: PlanTables): Record<StackedTableName, TableRow[]> {
  const ctx = new CheckContext(english, new Map());
  const prefix = { File: id.file, Country: id.country, "Plan title": id.title };
  const objectives = new Map<string, CellValue>();
  for (const goal of ctx.table("tblGoals", "Goal ID")?.rows ?? []) objectives.set(idKey(goal.text("Goal ID")), cellValue(goal.cell("GCM objective")));
  const extra = (t: StackedTable, row: CheckRow): TableRow => {
    const values: TableRow = { Currency: id.currency, "GCM objective": objectives.get(idKey(row.text("Goal ID"))) ?? null };
    return Object.fromEntries(t.extra.map((h) => [h, values[h]]));
  };
  const out = {} as Record<StackedTableName, TableRow[]>;
  for (const t of STACKED_TABLES) {
    out[t.name] = (ctx.table(t.source)?.rows ?? []).map((row) => {
      const cells: TableRow = { ...prefix };
      for (const h of t.keys) cells[h] = cellValue(row.cell(h));
      return { ...cells, ...extra(t, row) };
    });
  }
  return out;
}

/** The sum of a column's number cells over a table's rows, as SUM reads them (text left out). */
export function columnTotal(rows: readonly CheckRow[], header: string): number {
  return rows.reduce((sum, r) => sum + (numberOf(r.cell(header)) ?? 0), 0);
}
