/**
 * The portfolio's stacked tables: each contract table a donor compares across submissions, under
 * the contract's English headers, every row prefixed by the submission it came from. Table names
 * and headers are the portfolio's own contract: donors' BI tools and the CSV files key on them.
 */
import { KEY_COLUMNS } from "../contract";
import { DATE_FORMAT, FIGURE_FORMAT } from "../spec/columns";
import type { ColumnSpec, TableSpec } from "../spec/types";
import { STACKED, type StackedTableName } from "./table-names";

/** Figures from plans in several currencies: no currency code, since a column may mix them (Currency says which). */
export const AMOUNT_FORMAT = "#,##0";

export const SUBMISSION_HEADERS = ["File", "Country", "Plan title"] as const;

export type SourceTableName = (typeof STACKED)[StackedTableName]["source"];

export interface StackedTable {
  name: StackedTableName;
  source: SourceTableName;
  sheet: string;
  /** The CSV file's name, without .csv. */
  csv: string;
  /** The contract's key columns of the source table, as the portfolio copies them. */
  keys: readonly string[];
  /** Columns the portfolio adds, worked out when combining. */
  extra: readonly string[];
  /** Every header: the submission's, the key columns, then the additions. */
  headers: readonly string[];
}

export const STACKED_TABLES: readonly StackedTable[] = (Object.keys(STACKED) as StackedTableName[]).map((name) => {
  const s = STACKED[name];
  return { name, source: s.source, sheet: s.sheet, csv: s.csv, keys: KEY_COLUMNS[s.source], extra: s.extra, headers: [...SUBMISSION_HEADERS, ...KEY_COLUMNS[s.source], ...s.extra] };
});

const MONEY = ["Budget", "Committed", "Funding gap", "Pledged", "Disbursed"];
const DATES = ["Start", "End"];
const FIGURES = ["Value", "Baseline", "Target", "Latest value", "Likelihood", "Impact", "Score", "Baseline year", "Target year"];

/** A column by what its header holds: amounts, dates and figures keep their kind, the rest is text. */
export function portfolioColumn(header: string): ColumnSpec {
  if (MONEY.includes(header)) return { header, kind: "money", width: 16, numberFormat: AMOUNT_FORMAT };
  if (DATES.includes(header)) return { header, kind: "date", width: 12, numberFormat: DATE_FORMAT };
  if (header === "Progress") return { header, kind: "percent", width: 10, numberFormat: "0%" };
  if (FIGURES.includes(header)) return { header, kind: "number", width: 12, numberFormat: header.endsWith("year") ? "0" : FIGURE_FORMAT };
  const wide = ["Title", "Objective", "Indicator", "Risk", "Plan title", "Mitigation", "Assumption", "Activity"].includes(header);
  return { header, kind: wide ? "longText" : "text", width: wide ? 32 : header === "File" ? 22 : 14, numberFormat: "@" };
}

export function stackedTableSpec(t: StackedTable): TableSpec {
  return { name: t.name, caption: t.sheet, columns: t.headers.map(portfolioColumn) };
}
