/**
 * The derived tables: rebuilt from other tables' rows by "Build capacity matrix and summaries",
 * "Refresh dashboard" and `mdplan refresh`. One entry each: which tables it reads, and how it
 * turns their rows into its own rows (and, for the matrix, its columns).
 */
import type { TableRow, TableSpec } from "../spec/types";
import { capacityMatrixTable } from "./capacity-matrix";
import { dashboardRows } from "./dashboard";
import { fundingByGoalTable, fundingByPartnerTable } from "./funding-summary";
import { dashboardByGoalTable, dashboardByLeadTable } from "./dashboard-breakdowns";
import { distinctTexts } from "./distinct";
import { bySexTable } from "./iptt";

const ipttRows = (indicators: TableRow[]): TableRow[] => distinctTexts(indicators.map((i) => i["Indicator ID"] ?? null)).map((x) => ({ "Indicator ID": x }));

export interface DerivedTable {
  name: string;
  sources: string[];
  /** `placed` is the table as the description has it (formats in the plan's currency). */
  build(placed: TableSpec, rowsOf: (table: string) => TableRow[]): { table: TableSpec; rows: TableRow[] };
}

const currencyOf = (placed: TableSpec) => /" ([A-Z]{3})"$/.exec(placed.columns.find((c) => c.kind === "money")?.numberFormat ?? "")?.[1] ?? "USD";

export const DERIVED_TABLES: DerivedTable[] = [
  { name: "tblCapacityMatrix", sources: ["tblCapacity"], build: (_placed, rowsOf) => capacityMatrixTable(rowsOf("tblCapacity")) },
  { name: "tblFundingByGoal", sources: ["tblGoals"], build: (placed, rowsOf) => fundingByGoalTable(currencyOf(placed), rowsOf("tblGoals")) },
  { name: "tblFundingByPartner", sources: ["tblFunding"], build: (placed, rowsOf) => fundingByPartnerTable(currencyOf(placed), rowsOf("tblFunding")) },
  {
    name: "tblDashboard",
    sources: ["tblActions", "tblWorkplan", "tblOtherProjects"],
    build: (placed, rowsOf) => ({ table: placed, rows: dashboardRows({ actions: rowsOf("tblActions"), workplan: rowsOf("tblWorkplan"), otherProjects: rowsOf("tblOtherProjects") }) }),
  },
  { name: "tblDashboardByGoal", sources: ["tblGoals"], build: (placed, rowsOf) => dashboardByGoalTable(currencyOf(placed), rowsOf("tblGoals")) },
  {
    name: "tblDashboardByLead",
    sources: ["tblActions", "tblWorkplan", "tblOtherProjects"],
    build: (placed, rowsOf) => dashboardByLeadTable(currencyOf(placed), { actions: rowsOf("tblActions"), workplan: rowsOf("tblWorkplan"), otherProjects: rowsOf("tblOtherProjects") }),
  },
  // Its columns follow the plan's settings (the description is built with them); rows follow the indicators.
  { name: "tblIPTT", sources: ["tblIndicators"], build: (placed, rowsOf) => ({ table: placed, rows: ipttRows(rowsOf("tblIndicators")) }) },
  { name: "tblIndicatorsBySex", sources: ["tblIndicators"], build: (_placed, rowsOf) => bySexTable(rowsOf("tblIndicators")) },
];

export function derivedTable(name: string): DerivedTable | undefined {
  return DERIVED_TABLES.find((d) => d.name.toLowerCase() === name.toLowerCase());
}

/** Every table a host must read to rebuild the derived ones. */
export const DERIVED_SOURCES = [...new Set(DERIVED_TABLES.flatMap((d) => d.sources))];
