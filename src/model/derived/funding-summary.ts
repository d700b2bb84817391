/**
 * Resource mobilisation at a glance: per priority goal (budget, committed domestic and external
 * funding, funding gap) and per partner (pledged, committed, disbursed), totals above each.
 * Rows come from the goals and partners present; every figure is a formula.
 */
import { col, lookup, rowOf, str, textCount } from "../formulas";
import { moneyFormat } from "../spec/columns";
import type { ColumnSpec, SheetSpec, TableRow, TableSpec } from "../spec/types";
import { distinctTexts } from "./distinct";
import { CAPACITY_STAGE } from "../registry";
import type { SheetWords } from "../i18n/sheets";
import { guidanceOf, guidanceRows, rebuildWords } from "../spec/sheet-layout";

export const FUNDING_SUMMARY_SHEET = CAPACITY_STAGE.sheets.funding.name;
const HEADER_ROW = 6;
/** "99,999,999,999 KES" in bold 11 pt (the totals above each table) never shows as ###. */
const MONEY_WIDTH = 20;

/** A sum that shows a marker instead of a wrong total when a summed cell holds text. */
function guardedSum(sumCol: string, criteria: string[], marker: string): string {
  const pairs: [string, string][] = [];
  for (let i = 0; i < criteria.length; i += 2) pairs.push([criteria[i], criteria[i + 1]]);
  return `IF(${textCount(sumCol, pairs)}>0,${str(marker)},SUMIFS(${sumCol},${criteria.join(",")}))`;
}

const totalOf = (table: string, header: string) => `=IF(${textCount(col(table, header))}>0,"Check rows",SUM(${col(table, header)}))`;

export function fundingByGoalTable(currency: string, goalRows: TableRow[]): { table: TableSpec; rows: TableRow[] } {
  const g = rowOf("tblFundingByGoal");
  const money = moneyFormat(currency);
  const actionsOfGoal = [col("tblActions", "Goal ID"), g("Goal ID")];
  const fundingOfGoal = (kind: string) => [col("tblFunding", "Goal ID"), g("Goal ID"), col("tblFunding", "Kind"), str(kind)];
  // Wide enough for hundreds of billions in a local currency with its code, in the bold totals.
  const figure = (header: string, body: string): ColumnSpec => ({ header, kind: "money", width: MONEY_WIDTH, numberFormat: money, formula: `=IF(${g("Goal ID")}="","",${body})` });
  const budget = guardedSum(col("tblActions", "Budget"), actionsOfGoal, "Check budgets");
  const columns: ColumnSpec[] = [
    { header: "Goal ID", kind: "id", width: 9, numberFormat: "@" },
    // The goal's name: a code alone says nothing to a reader of the summary.
    { header: "Goal", kind: "text", width: 30, numberFormat: "General", formula: `=IF(${g("Goal ID")}="","",${lookup("tblGoals", "Goal ID", "Objective", g("Goal ID"))})` },
    figure("Budget", budget),
    figure("Committed domestic", guardedSum(col("tblFunding", "Committed"), fundingOfGoal("Domestic"), "Check funding")),
    figure("Committed external", guardedSum(col("tblFunding", "Committed"), fundingOfGoal("External"), "Check funding")),
    figure("Funding gap", guardedSum(col("tblActions", "Funding gap"), actionsOfGoal, "Check funding")),
  ];
  const formulas = Object.fromEntries(columns.filter((c) => c.kind === "money").map((c) => [c.header, totalOf("tblFundingByGoal", c.header)]));
  const ids = distinctTexts(goalRows.map((r) => r["Goal ID"] ?? null));
  return {
    table: { name: "tblFundingByGoal", caption: "Funding by priority goal", derived: true, columns, totalsAbove: { label: "All goals", formulas } },
    rows: ids.map((id) => ({ "Goal ID": id })),
  };
}

export function fundingByPartnerTable(currency: string, fundingRows: TableRow[]): { table: TableSpec; rows: TableRow[] } {
  const p = rowOf("tblFundingByPartner");
  const money = moneyFormat(currency);
  const figure = (header: string): ColumnSpec => ({
    header,
    kind: "money",
    width: MONEY_WIDTH,
    numberFormat: money,
    formula: `=IF(${p("Partner")}="","",${guardedSum(col("tblFunding", header), [col("tblFunding", "Partner"), p("Partner")], "Check funding")})`,
  });
  const columns: ColumnSpec[] = [{ header: "Partner", kind: "text", width: 24, numberFormat: "@" }, figure("Pledged"), figure("Committed"), figure("Disbursed")];
  const formulas = Object.fromEntries(columns.slice(1).map((c) => [c.header, totalOf("tblFundingByPartner", c.header)]));
  const partners = distinctTexts(fundingRows.map((r) => r["Partner"] ?? null));
  return {
    table: { name: "tblFundingByPartner", caption: "Funding by partner", derived: true, columns, totalsAbove: { label: "All partners", formulas } },
    rows: partners.map((partner) => ({ Partner: partner })),
  };
}

export function fundingSummarySheet(currency: string, goals: TableRow[], funding: TableRow[], words: SheetWords): SheetSpec {
  const guidance = guidanceOf(words, "stage.4.funding", { rebuild: rebuildWords(words, "tblFundingByGoal") });
  const byGoal = fundingByGoalTable(currency, goals);
  const byPartner = fundingByPartnerTable(currency, funding);
  const partnerCol = byGoal.table.columns.length + 1;
  return {
    name: FUNDING_SUMMARY_SHEET,
    stage: CAPACITY_STAGE.number,
    tabColor: CAPACITY_STAGE.sheets.funding.tabColor,
    freezeRows: HEADER_ROW + 1,
    cells: [
      { row: 0, col: 0, content: { value: CAPACITY_STAGE.title("Funding summary") }, style: "title" },
      ...guidanceRows(words, guidance),
      { row: 4, col: 0, content: { value: byGoal.table.caption }, style: "caption" },
      { row: 4, col: partnerCol, content: { value: byPartner.table.caption }, style: "caption" },
    ],
    tables: [
      { table: byGoal.table, row: HEADER_ROW, col: 0, rows: byGoal.rows },
      { table: byPartner.table, row: HEADER_ROW, col: partnerCol, rows: byPartner.rows },
    ],
  };
}
