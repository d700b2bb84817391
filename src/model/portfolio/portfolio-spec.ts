/**
 * The portfolio workbook as a description, applied by the .xlsx host like a plan: a Summary
 * sheet (totals as formulas, two charts), the Submissions table, then one sheet per stacked table.
 */
import { CONTRACT_VERSION } from "../contract";
import { landscapeWithHeader } from "../spec/looks";
import type { ChartSpec, SheetSpec, TextCell, WorkbookSpec } from "../spec/types";
import type { Portfolio } from "./portfolio";
import { byCountryTable, byObjectiveTable } from "./summary-tables";
import { READ, submissionsTableSpec } from "./submissions";
import { AMOUNT_FORMAT, STACKED_TABLES, stackedTableSpec } from "./tables";

export const SUMMARY_SHEET = "Summary";
export const SUBMISSIONS_SHEET = "Submissions";

/** Charts above the tables, as on a plan's Dashboard: the tables grow downward, so nothing stands below them. */
const CHART_TOP = 3;
const CHART_ROWS = 16;
const TABLE_ROW = CHART_TOP + CHART_ROWS + 2;
const OBJECTIVE_COL = 12;

function charts(): ChartSpec[] {
  const bar = (name: string, title: string, table: string, category: string, value: string, col: number, format: string): ChartSpec => ({
    name,
    title,
    type: "bar",
    categories: { table, column: category },
    series: [{ table, column: value, name: value, color: "#2E75B6" }],
    anchor: { row: CHART_TOP, col, cols: 6, rows: CHART_ROWS },
    dataLabels: { numberFormat: format },
    valueAxis: { numberFormat: format, wholeNumbers: format === "0" },
    whenRows: table,
  });
  return [
    bar("chtBudgetByCountry", "Budget by country", "tblByCountry", "Country", "Budget", 0, AMOUNT_FORMAT),
    bar("chtActionsByObjective", "Actions by GCM objective", "tblByObjective", "GCM objective", "Actions", OBJECTIVE_COL, "0"),
  ];
}

export function buildPortfolioSpec(portfolio: Portfolio): WorkbookSpec {
  const read = portfolio.submissions.filter((s) => s.Status === READ);
  const currencies = [...new Set(read.map((s) => String(s.Currency ?? "")))].filter(Boolean);
  const byCountry = byCountryTable(read.map((s) => String(s.Country ?? "")));
  const byObjective = byObjectiveTable(portfolio.rows.tblAllActions.map((a) => (a["GCM objective"] === null ? "" : String(a["GCM objective"]))));
  const note =
    currencies.length > 1
      ? `Amounts are in each plan's own currency (${currencies.join(", ")}): totals over several countries add them as they are.`
      : `Amounts in ${currencies[0] ?? "the plans' currency"}.`;
  const cells: TextCell[] = [
    { row: 0, col: 0, content: { value: `Portfolio of ${portfolio.submissions.length} submission${portfolio.submissions.length === 1 ? "" : "s"} (${read.length} read)` }, style: "title" },
    { row: 1, col: 0, content: { value: note } },
  ];
  const summary: SheetSpec = {
    name: SUMMARY_SHEET,
    tabColor: "#1F4E79",
    freezeRows: 1,
    cells,
    tables: [
      { table: byCountry.table, rows: byCountry.rows, row: TABLE_ROW, col: 0 },
      { table: byObjective.table, rows: byObjective.rows, row: TABLE_ROW, col: OBJECTIVE_COL },
    ],
    columnWidths: { [OBJECTIVE_COL - 1]: 2 },
    charts: charts(),
    print: landscapeWithHeader(undefined),
  };
  const tableSheet = (name: string, placed: SheetSpec["tables"][number], tabColor: string): SheetSpec => ({
    name,
    tabColor,
    freezeRows: 1,
    cells: [],
    tables: [placed],
    print: landscapeWithHeader(0),
  });
  const sheets = [
    summary,
    tableSheet(SUBMISSIONS_SHEET, { table: submissionsTableSpec(), rows: portfolio.submissions, row: 0, col: 0 }, "#2E75B6"),
    ...STACKED_TABLES.map((t) => tableSheet(t.sheet, { table: stackedTableSpec(t), rows: portfolio.rows[t.name], row: 0, col: 0 }, "#9DC3E6")),
  ];
  return { contractVersion: CONTRACT_VERSION, sheets, names: [] };
}
