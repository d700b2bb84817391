/**
 * The derived tables: rebuilt from other tables' rows by the pane's rebuild buttons and by
 * `mdplan refresh`. Which tables each reads and which button rebuilds it are in the model's
 * registry (../registry.ts); here, how each turns those rows into its own rows (and, for the
 * matrix, its columns).
 */
import type { TableRow, TableSpec } from "../spec/types";
import { DERIVED, type DerivedEntry, type DerivedName } from "../registry";
import { capacityMatrixTable } from "./capacity-matrix";
import { dashboardRows } from "./dashboard";
import { fundingByGoalTable, fundingByPartnerTable } from "./funding-summary";
import { dashboardByGoalTable, dashboardByLeadTable } from "./dashboard-breakdowns";
import { distinctTexts } from "./distinct";
import { bySexTable } from "./iptt";

const ipttRows = (indicators: TableRow[]): TableRow[] => distinctTexts(indicators.map((i) => i["Indicator ID"] ?? null)).map((x) => ({ "Indicator ID": x }));

/** `placed` is the table as the description has it (formats in the plan's currency). */
type Build = (placed: TableSpec, rowsOf: (table: string) => TableRow[]) => { table: TableSpec; rows: TableRow[] };

export interface DerivedTable extends DerivedEntry {
  sources: string[];
  build: Build;
}

const currencyOf = (placed: TableSpec) => /" ([A-Z]{3})"$/.exec(placed.columns.find((c) => c.kind === "money")?.numberFormat ?? "")?.[1] ?? "USD";

const activities = (rowsOf: (table: string) => TableRow[]) => ({ actions: rowsOf("tblActions"), workplan: rowsOf("tblWorkplan"), otherProjects: rowsOf("tblOtherProjects") });

/** One builder per registry entry: the compiler refuses a missing or unknown one. */
const BUILDERS: Record<DerivedName, Build> = {
  tblCapacityMatrix: (_placed, rowsOf) => capacityMatrixTable(rowsOf("tblCapacity")),
  tblFundingByGoal: (placed, rowsOf) => fundingByGoalTable(currencyOf(placed), rowsOf("tblGoals")),
  tblFundingByPartner: (placed, rowsOf) => fundingByPartnerTable(currencyOf(placed), rowsOf("tblFunding")),
  tblDashboard: (placed, rowsOf) => ({ table: placed, rows: dashboardRows(activities(rowsOf)) }),
  tblDashboardByGoal: (placed, rowsOf) => dashboardByGoalTable(currencyOf(placed), rowsOf("tblGoals")),
  tblDashboardByLead: (placed, rowsOf) => dashboardByLeadTable(currencyOf(placed), activities(rowsOf)),
  // Its columns follow the plan's settings (the description is built with them); rows follow the indicators.
  tblIPTT: (placed, rowsOf) => ({ table: placed, rows: ipttRows(rowsOf("tblIndicators")) }),
  tblIndicatorsBySex: (_placed, rowsOf) => bySexTable(rowsOf("tblIndicators")),
};

/** The registry's entries with their builders, in registry order. */
export const DERIVED_TABLES: DerivedTable[] = DERIVED.map((entry) => ({ ...entry, sources: [...entry.sources], build: BUILDERS[entry.name] }));

export function derivedTable(name: string): DerivedTable | undefined {
  return DERIVED_TABLES.find((d) => d.name.toLowerCase() === name.toLowerCase());
}

/** Every table a host must read to rebuild the derived ones. */
export const DERIVED_SOURCES = [...new Set(DERIVED_TABLES.flatMap((d) => d.sources))];
