/**
 * The rows a combine keeps, and nothing else: submissions are added one at a time and only their
 * stacked rows stay, so memory grows with the rows, never with the workbooks read.
 */
import type { PlanTables } from "../check/plan-tables";
import { inEnglish, workbookLanguage } from "../check/english-tables";
import type { TableRow } from "../spec/types";
import { stackPlan } from "./stack-plan";
import { submissionRow, unreadableRow } from "./submissions";
import { STACKED_TABLES } from "./tables";
import type { StackedTableName } from "./table-names";

export class Portfolio {
  readonly rows = Object.fromEntries(STACKED_TABLES.map((t) => [t.name, [] as TableRow[]])) as Record<StackedTableName, TableRow[]>;
  readonly submissions: TableRow[] = [];

  addPlan(file: string, data: PlanTables): void {
    const { country, title, currency } = data.settings;
    const id = { file, country, title, currency };
    this.submissions.push(submissionRow(id, data, workbookLanguage(data)));
    const stacked = stackPlan(id, inEnglish(data));
    // push(...rows) would overflow the stack on a plan of 50,000 actions.
    for (const t of STACKED_TABLES) for (const row of stacked[t.name]) this.rows[t.name].push(row);
  }

  addUnreadable(file: string, reason: string): void {
    this.submissions.push(unreadableRow(file, reason));
  }

}
