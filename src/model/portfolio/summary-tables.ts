/**
 * The Summary sheet's two tables: totals by country and by GCM objective. Their rows (the
 * countries and objectives present) are known when combining; every figure is a formula over the
 * stacked tables (COUNTIFS and SUMIFS, which Excel 2019 and LibreOffice compute), so a donor who
 * corrects a row in the portfolio sees the totals follow.
 */
import { col, rowOf, str } from "../formulas";
import { distinctTexts } from "../derived/distinct";
import type { ColumnSpec, TableRow, TableSpec } from "../spec/types";
import { READ } from "./submissions";
import { AMOUNT_FORMAT } from "./tables";

const count = (header: string, formula: string): ColumnSpec => ({ header, kind: "integer", width: 11, numberFormat: "0", formula });
const amount = (header: string, formula: string): ColumnSpec => ({ header, kind: "money", width: 16, numberFormat: AMOUNT_FORMAT, formula });

/** The totals row above a table: the sum of each figure column, so "all countries" is one look away. */
function withTotals(table: TableSpec, label: string): TableSpec {
  const figures = table.columns.filter((c) => c.formula);
  return { ...table, totalsAbove: { label, formulas: Object.fromEntries(figures.map((c) => [c.header, `=SUM(${col(table.name, c.header)})`])) } };
}

export function byCountryTable(countries: string[]): { table: TableSpec; rows: TableRow[] } {
  const key = rowOf("tblByCountry")("Country");
  const where = (table: string) => `${col(table, "Country")},${key}`;
  const f = (body: string) => `=IF(${key}="","",${body})`;
  const columns: ColumnSpec[] = [
    { header: "Country", kind: "text", width: 30, numberFormat: "@" },
    count("Plans", f(`COUNTIFS(${where("tblSubmissions")},${col("tblSubmissions", "Status")},${str(READ)})`)),
    count("Errors", f(`SUMIFS(${col("tblSubmissions", "Errors")},${where("tblSubmissions")})`)),
    count("Goals", f(`COUNTIFS(${where("tblAllGoals")},${col("tblAllGoals", "Selected")},"Yes")`)),
    count("Actions", f(`COUNTIFS(${where("tblAllActions")})`)),
    amount("Budget", f(`SUMIFS(${col("tblAllActions", "Budget")},${where("tblAllActions")})`)),
    amount("Committed", f(`SUMIFS(${col("tblAllActions", "Committed")},${where("tblAllActions")})`)),
    amount("Funding gap", f(`SUMIFS(${col("tblAllActions", "Funding gap")},${where("tblAllActions")})`)),
    count("Indicators", f(`COUNTIFS(${where("tblAllIndicators")})`)),
    count("Off track", f(`COUNTIFS(${where("tblAllIndicators")},${col("tblAllIndicators", "Status")},"Off track")`)),
    count("Risks rated high", f(`COUNTIFS(${where("tblAllRisks")},${col("tblAllRisks", "Rating")},"High")`)),
  ];
  const table = withTotals({ name: "tblByCountry", caption: "By country", derived: true, columns }, "All countries");
  return { table, rows: distinctTexts(countries).map((c) => ({ Country: c })) };
}

export function byObjectiveTable(objectives: string[]): { table: TableSpec; rows: TableRow[] } {
  const key = rowOf("tblByObjective")("GCM objective");
  const where = `${col("tblAllActions", "GCM objective")},${key}`;
  const f = (body: string) => `=IF(${key}="","",${body})`;
  const columns: ColumnSpec[] = [
    { header: "GCM objective", kind: "longText", width: 40, numberFormat: "@" },
    count("Actions", f(`COUNTIFS(${where})`)),
    amount("Budget", f(`SUMIFS(${col("tblAllActions", "Budget")},${where})`)),
    amount("Committed", f(`SUMIFS(${col("tblAllActions", "Committed")},${where})`)),
    amount("Funding gap", f(`SUMIFS(${col("tblAllActions", "Funding gap")},${where})`)),
  ];
  const table = withTotals({ name: "tblByObjective", caption: "By GCM objective", derived: true, columns }, "Actions with an objective");
  return { table, rows: distinctTexts(objectives).map((o) => ({ "GCM objective": o })) };
}
