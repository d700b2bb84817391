/**
 * The dashboard sheet: headline figures in named cells, status breakdowns and the activities
 * ending soon (column A-B); beside the headline figures, on the first screen and the first
 * printed page, two charts; below the charts, the list of everything under way (tblDashboard)
 * and its breakdowns by goal and by lead agency.
 */
import { ONGOING_STATUSES, VALUE_LISTS } from "../contract";
import { col, str } from "../formulas";
import { sheetPrefix, cellAddress } from "../address";
import { dashboardTable } from "../derived/dashboard";
import { dashboardByGoalTable, dashboardByLeadTable } from "../derived/dashboard-breakdowns";
import { moneyFormat, STATUS_COLOURS } from "../spec/columns";
import type { ChartSpec, NameSpec, SheetSpec, TableRow, TextCell } from "../spec/types";
import type { PlanSettings } from "../settings";
import { WORKBOOK_PART } from "../registry";
import { sheetWords } from "../i18n/sheets";
import { guidanceOf, guidanceRows, HEADER_ROW, rebuildWords } from "../spec/sheet-layout";

export const DASHBOARD_SHEET = WORKBOOK_PART.sheets.dashboard.name;
const TABLE_COL = 3;
/** The charts stand in rows 4-19 above the tables, beside the headline figures. */
const CHART_TOP = HEADER_ROW - 1;
const CHART_ROWS = 16;
/** The tables' header row, below the charts: tables grow downward, so nothing stands below them. */
export const DASHBOARD_TABLE_ROW = CHART_TOP + CHART_ROWS + 2;
/**
 * Column B holds money figures up to hundreds of billions in a local currency with its code
 * ("99,999,999,999 KES" in bold 14 pt), which must never show as ###.
 */
export const FIGURE_WIDTH = 26;

/**
 * Bar colours of the indicator statuses: the hues of the Status column (STATUS_COLOURS), strong
 * enough to read as bars on white (the column's pale fills would not).
 */
const STATUS_BAR_COLOURS: Record<string, string> = { "On track": "#70AD47", "At risk": "#FFC000", "Off track": "#C00000", "No data": "#A6A6A6" };

/** Red when a count of problems is above 0, as the Status column shows Off track. */
function redAbove0(row: number, col: number): TextCell["conditionalFormats"] {
  const offTrack = STATUS_COLOURS.find((c) => c.kind === "equals" && c.text === "Off track");
  if (offTrack?.kind !== "equals") return undefined;
  return [{ formula: `=${cellAddress(row, col, true)}>0`, fill: offTrack.fill, font: offTrack.font }];
}

interface Figure {
  label: string;
  formula: string;
  numberFormat: string;
  name?: string;
  /** Shown red when above 0 (a count of problems). */
  alarm?: boolean;
}

function kpis(currency: string): Figure[] {
  const dash = (h: string) => col("tblDashboard", h);
  const status = (s: string) => `=COUNTIF(${col("tblIndicators", "Status")},"${s}")`;
  return [
    { name: "kpiOngoing", label: "Items under way", formula: `=COUNTA(${dash("ID")})`, numberFormat: "0" },
    { name: "kpiBudget", label: "Budget under way", formula: `=SUMIFS(${dash("Budget")},${dash("Source")},"Action")+SUMIFS(${dash("Budget")},${dash("Source")},"Other project")`, numberFormat: moneyFormat(currency) },
    { name: "kpiFundingGap", label: "Funding gap", formula: `=SUM(${dash("Funding gap")})`, numberFormat: moneyFormat(currency) },
    { name: "kpiOnTrack", label: "Indicators on track", formula: status("On track"), numberFormat: "0" },
    { name: "kpiAtRisk", label: "Indicators at risk", formula: status("At risk"), numberFormat: "0" },
    { name: "kpiOffTrack", label: "Indicators off track", formula: status("Off track"), numberFormat: "0", alarm: true },
    { name: "kpiNoData", label: "Indicators without data", formula: status("No data"), numberFormat: "0" },
  ];
}

/** A captioned block of label/figure rows in columns A-B from `top`. */
function block(cells: TextCell[], top: number, caption: string, figures: Figure[]): number {
  cells.push({ row: top, col: 0, content: { value: caption }, style: "caption" });
  figures.forEach((f, i) => {
    cells.push({ row: top + 1 + i, col: 0, content: { value: f.label }, style: "label" });
    const cell: TextCell = { row: top + 1 + i, col: 1, content: { formula: f.formula }, style: "kpi", numberFormat: f.numberFormat };
    if (f.alarm) cell.conditionalFormats = redAbove0(top + 1 + i, 1);
    cells.push(cell);
  });
  return top + figures.length + 2;
}

const STATUS_BLOCK_TOP = HEADER_ROW + 8;

export function dashboardSheet(settings: PlanSettings, rows: TableRow[]): { sheet: SheetSpec; names: NameSpec[] } {
  const money = moneyFormat(settings.currency);
  const { table, rows: dashRows } = dashboardTable(settings.currency, rows);
  const byGoal = dashboardByGoalTable(settings.currency, []);
  const byLead = dashboardByLeadTable(settings.currency, { actions: [], workplan: [], otherProjects: [] });
  const goalCol = TABLE_COL + table.columns.length + 1;
  const leadCol = goalCol + byGoal.table.columns.length + 1;
  const words = sheetWords(settings.language);
  const guidance = guidanceOf(words, "dashboard", { rebuild: rebuildWords(words, "tblDashboard") });
  const cells: TextCell[] = [
    { row: 0, col: 0, content: { value: "Dashboard · everything under way" }, style: "title" },
    ...guidanceRows(words, guidance),
    { row: DASHBOARD_TABLE_ROW - 1, col: TABLE_COL, content: { value: table.caption }, style: "caption" },
    { row: DASHBOARD_TABLE_ROW - 1, col: goalCol, content: { value: byGoal.table.caption }, style: "caption" },
    { row: DASHBOARD_TABLE_ROW - 1, col: leadCol, content: { value: byLead.table.caption }, style: "caption" },
  ];
  const names: NameSpec[] = [];
  const headline = kpis(settings.currency);
  block(cells, HEADER_ROW - 1, "Headline figures", headline);
  headline.forEach((k, i) => names.push({ name: k.name!, refersTo: `=${sheetPrefix(DASHBOARD_SHEET)}${cellAddress(HEADER_ROW + i, 1, true)}`, comment: k.label }));

  const statusRefs: Figure[] = ["kpiOnTrack", "kpiAtRisk", "kpiOffTrack", "kpiNoData"].map((n, i) => ({
    label: VALUE_LISTS.lstIndicatorStatus[i],
    formula: `=${n}`,
    numberFormat: "0",
    alarm: n === "kpiOffTrack",
  }));
  let next = block(cells, STATUS_BLOCK_TOP, "Indicators by status", statusRefs);
  next = block(
    cells,
    next,
    "Actions by status",
    VALUE_LISTS.lstStatus.map((s) => ({ label: s, formula: `=COUNTIF(${col("tblActions", "Status")},${str(s)})`, numberFormat: "0" })),
  );
  next = block(
    cells,
    next,
    "Committed funding by kind",
    VALUE_LISTS.lstFundingKind.map((k) => ({ label: k, formula: `=SUMIFS(${col("tblFunding", "Committed")},${col("tblFunding", "Kind")},${str(k)})`, numberFormat: money })),
  );
  const end = col("tblWorkplan", "End");
  const open = `(${ONGOING_STATUSES.map((s) => `(${col("tblWorkplan", "Status")}=${str(s)})`).join("+")})`;
  block(cells, next, "Activities ending within 90 days", [
    { label: "Not yet completed", formula: `=SUMPRODUCT(ISNUMBER(${end})*(${end}>=TODAY())*(${end}<=TODAY()+90)*${open})`, numberFormat: "0" },
  ]);

  // Side by side above the tables, over the first columns of tblDashboard (Source to Goal ID,
  // then Lead to Progress: its hidden helper column stays outside, or the chart would shrink).
  const charts: ChartSpec[] = [
    {
      name: "chtBudgetByGoal",
      title: "Budget under way by priority goal",
      type: "bar",
      // The goals' names: a bare "G1" says nothing to a reader of the printed page.
      categories: { table: "tblDashboardByGoal", column: "Objective" },
      series: [{ table: "tblDashboardByGoal", column: "Budget under way", name: "Budget under way", color: "#2E75B6" }],
      anchor: { row: CHART_TOP, col: TABLE_COL + 4, cols: 6, rows: CHART_ROWS },
      dataLabels: { numberFormat: money },
      valueAxis: { numberFormat: "#,##0" },
      whenRows: "tblDashboardByGoal",
    },
    {
      name: "chtIndicatorsByStatus",
      title: "Indicators by status",
      type: "column",
      categories: { row: STATUS_BLOCK_TOP + 1, col: 0, rows: 4 },
      series: [
        {
          row: STATUS_BLOCK_TOP + 1,
          col: 1,
          rows: 4,
          name: "Indicators",
          color: STATUS_BAR_COLOURS["On track"],
          pointColors: VALUE_LISTS.lstIndicatorStatus.map((s) => STATUS_BAR_COLOURS[s]),
        },
      ],
      anchor: { row: CHART_TOP, col: TABLE_COL, cols: 4, rows: CHART_ROWS },
      dataLabels: { numberFormat: "0" },
      valueAxis: { numberFormat: "0", wholeNumbers: true },
      whenRows: "tblIndicators",
    },
  ];
  const sheet: SheetSpec = {
    name: DASHBOARD_SHEET,
    tabColor: WORKBOOK_PART.sheets.dashboard.tabColor,
    // The tables start below the charts: freezing down to their headers would fill the screen.
    freezeRows: 1,
    cells,
    tables: [
      { table, row: DASHBOARD_TABLE_ROW, col: TABLE_COL, rows: dashRows },
      { table: byGoal.table, row: DASHBOARD_TABLE_ROW, col: goalCol, rows: byGoal.rows },
      { table: byLead.table, row: DASHBOARD_TABLE_ROW, col: leadCol, rows: byLead.rows },
    ],
    columnWidths: { 0: 26, 1: FIGURE_WIDTH, 2: 2 },
    charts,
  };
  return { sheet, names };
}
