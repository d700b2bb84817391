/** The portfolio's tables as CSV files, one per table, named by what they hold. */
import type { Portfolio } from "./portfolio";
import { toCsv } from "./csv";
import { submissionsTableSpec } from "./submissions";
import { STACKED_TABLES, stackedTableSpec } from "./tables";

export function portfolioCsvFiles(portfolio: Portfolio): { file: string; text: string }[] {
  return [
    { file: "submissions.csv", text: toCsv(submissionsTableSpec().columns, portfolio.submissions) },
    ...STACKED_TABLES.map((t) => ({ file: `${t.csv}.csv`, text: toCsv(stackedTableSpec(t).columns, portfolio.rows[t.name]) })),
  ];
}
