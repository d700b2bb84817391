/** The dashboard sheet: headline figures in named cells beside tblDashboard. */
import { col } from "../formulas";
import { sheetPrefix, cellAddress } from "../address";
import { dashboardTable } from "../derived/dashboard";
import { moneyFormat } from "../spec/columns";
import { HEADER_ROW } from "../spec/sheet-layout";
import type { NameSpec, SheetSpec, TableRow, TextCell } from "../spec/types";
import type { PlanSettings } from "../settings";

export const DASHBOARD_SHEET = "Dashboard";
const TABLE_COL = 3;

interface Kpi {
  name: string;
  label: string;
  formula: string;
  numberFormat: string;
}

function kpis(currency: string): Kpi[] {
  const dash = (h: string) => col("tblDashboard", h);
  const status = (s: string) => `=COUNTIF(${col("tblIndicators", "Status")},"${s}")`;
  return [
    { name: "kpiOngoing", label: "Items under way", formula: `=COUNTA(${dash("ID")})`, numberFormat: "0" },
    { name: "kpiBudget", label: "Budget under way", formula: `=SUMIFS(${dash("Budget")},${dash("Source")},"Action")+SUMIFS(${dash("Budget")},${dash("Source")},"Other project")`, numberFormat: moneyFormat(currency) },
    { name: "kpiFundingGap", label: "Funding gap", formula: `=SUM(${dash("Funding gap")})`, numberFormat: moneyFormat(currency) },
    { name: "kpiOnTrack", label: "Indicators on track", formula: status("On track"), numberFormat: "0" },
    { name: "kpiAtRisk", label: "Indicators at risk", formula: status("At risk"), numberFormat: "0" },
    { name: "kpiOffTrack", label: "Indicators off track", formula: status("Off track"), numberFormat: "0" },
    { name: "kpiNoData", label: "Indicators without data", formula: status("No data"), numberFormat: "0" },
  ];
}

export function dashboardSheet(settings: PlanSettings, rows: TableRow[]): { sheet: SheetSpec; names: NameSpec[] } {
  const { table, rows: dashRows } = dashboardTable(settings.currency, rows);
  const cells: TextCell[] = [
    { row: 0, col: 0, content: { value: "Dashboard · everything under way" }, style: "title" },
    { row: 1, col: 0, content: { value: "What it is for: one screen of every ongoing action, activity and other M&D project, with the headline figures donors ask for." }, style: "guidance" },
    { row: 2, col: 0, content: { value: "What to fill in: nothing. Figures follow the stage sheets; press Refresh dashboard (or run mdplan refresh) after adding or finishing items." }, style: "guidance" },
    { row: 3, col: 0, content: { value: "What good looks like: every item has a lead, dates, a budget and progress; few indicators off track or without data." }, style: "guidance" },
    { row: HEADER_ROW - 1, col: 0, content: { value: "Headline figures" }, style: "caption" },
    { row: HEADER_ROW - 1, col: TABLE_COL, content: { value: table.caption }, style: "caption" },
  ];
  const names: NameSpec[] = [];
  kpis(settings.currency).forEach((k, i) => {
    const row = HEADER_ROW + i;
    cells.push({ row, col: 0, content: { value: k.label }, style: "label" });
    cells.push({ row, col: 1, content: { formula: k.formula }, style: "kpi", numberFormat: k.numberFormat });
    names.push({ name: k.name, refersTo: `=${sheetPrefix(DASHBOARD_SHEET)}${cellAddress(row, 1, true)}`, comment: k.label });
  });
  const sheet: SheetSpec = {
    name: DASHBOARD_SHEET,
    tabColor: "#203864",
    freezeRows: HEADER_ROW + 1,
    cells,
    tables: [{ table, row: HEADER_ROW, col: TABLE_COL, rows: dashRows }],
    columnWidths: { 0: 24, 1: 16, 2: 2 },
  };
  return { sheet, names };
}
