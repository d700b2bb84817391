/**
 * The dashboard's breakdowns: what is under way per priority goal (budget, and how its
 * indicators are doing) and per lead agency. Rows follow the goals and leads present; figures
 * are formulas over tblDashboard and tblIndicators.
 */
import { isOngoingStatus } from "../contract";
import { col, rowOf } from "../formulas";
import { GAP_COLOURS, moneyFormat } from "../spec/columns";
import type { ColumnSpec, TableRow, TableSpec } from "../spec/types";
import { distinctTexts } from "./distinct";

const dash = (h: string) => col("tblDashboard", h);
const notActivity = `${dash("Source")},"<>Activity"`;

export function dashboardByGoalTable(currency: string, goals: TableRow[]): { table: TableSpec; rows: TableRow[] } {
  const g = rowOf("tblDashboardByGoal");
  const id = g("Goal ID");
  const f = (header: string, body: string, numberFormat: string, width = 12, kind: ColumnSpec["kind"] = "number"): ColumnSpec => ({ header, kind, width, numberFormat, formula: `=IF(${id}="","",${body})` });
  const ind = (h: string) => col("tblIndicators", h);
  return {
    table: {
      name: "tblDashboardByGoal",
      caption: "By priority goal",
      derived: true,
      columns: [
        { header: "Goal ID", kind: "id", width: 8, numberFormat: "@" },
        f("Objective", `IFERROR(INDEX(${col("tblGoals", "Objective")},MATCH(${id},${col("tblGoals", "Goal ID")},0))&"","")`, "General", 28),
        // Money: the refresh reads the plan's currency from the first money column's format.
        f("Budget under way", `SUMIFS(${dash("Budget")},${dash("Goal ID")},${id},${notActivity})`, moneyFormat(currency), 18, "money"),
        f("Items under way", `COUNTIFS(${dash("Goal ID")},${id})`, "0", 9),
        f("Indicator progress", `IFERROR(AVERAGEIFS(${ind("Progress")},${ind("Goal ID")},${id}),"")`, "0%", 10),
        { ...f("Indicators off track", `COUNTIFS(${ind("Goal ID")},${id},${ind("Status")},"Off track")`, "0", 10), conditionalFormats: GAP_COLOURS },
      ],
    },
    rows: distinctTexts(goals.map((r) => r["Goal ID"] ?? null)).map((goal) => ({ "Goal ID": goal })),
  };
}

export interface LeadSources {
  actions: TableRow[];
  workplan: TableRow[];
  otherProjects: TableRow[];
}

const ongoing = (r: TableRow): boolean => isOngoingStatus(r["Status"]);

export function dashboardByLeadTable(currency: string, src: LeadSources): { table: TableSpec; rows: TableRow[] } {
  const l = rowOf("tblDashboardByLead");
  const lead = l("Lead");
  const leads = distinctTexts([
    ...src.actions.filter(ongoing).map((r) => r["Lead agency"] ?? null),
    ...src.workplan.filter(ongoing).map((r) => r["Responsible"] ?? null),
    ...src.otherProjects.filter(ongoing).map((r) => r["Implementer"] ?? null),
  ]);
  return {
    table: {
      name: "tblDashboardByLead",
      caption: "By lead agency",
      derived: true,
      columns: [
        { header: "Lead", kind: "text", width: 24, numberFormat: "@" },
        { header: "Items under way", kind: "integer", width: 9, numberFormat: "0", formula: `=IF(${lead}="","",COUNTIFS(${dash("Lead")},${lead}))` },
        // Each item's budget counted once, for the agency that manages it (tblDashboard's Budget led).
        { header: "Budget under way", kind: "money", width: 18, numberFormat: moneyFormat(currency), formula: `=IF(${lead}="","",SUMIFS(${dash("Budget led")},${dash("Lead")},${lead}))` },
      ],
    },
    rows: leads.map((x) => ({ Lead: x })),
  };
}
