/**
 * The workbook contract, version 1 (shared/reference/workbook-contract.md).
 * Donors' tools find tables by these names and columns by these headers, so they are
 * data here, referenced by every stage spec, and never spelled out anywhere else.
 */
export const CONTRACT_VERSION = 1;

export const KEY_COLUMNS = {
  tblContext: ["Topic", "Indicator", "Value", "Unit", "Year", "Sex", "Age group", "Source", "Source type"],
  tblPolicies: ["Instrument", "Type", "Year", "Status", "Relevance to M&D", "Gaps"],
  tblResources: ["Resource", "Kind", "Needed", "Available", "Gap"],
  tblDataSources: ["Source", "Source type", "Custodian", "Frequency", "Latest year", "By sex", "By age"],
  tblGoals: [
    "Goal ID", "Objective", "National development goal", "GCM objective", "SDG target",
    "Stakeholder support", "Feasibility", "Selected",
  ],
  tblActions: [
    "Action ID", "Title", "Goal ID", "National development goal", "Lead agency", "Partners", "Start", "End",
    "Budget", "Funding source", "Indicator IDs", "Endorsed", "Status", "Committed", "Funding gap",
  ],
  tblCapacity: ["Stakeholder", "Capacity area", "Level", "Current", "Required", "Gap", "Response", "Cost", "Action ID"],
  tblCapacityMatrix: ["Stakeholder"],
  tblFunding: ["Source", "Kind", "Partner", "Action ID", "Pledged", "Committed", "Disbursed"],
  tblWorkplan: [
    "Activity ID", "Action ID", "Activity", "Start", "End", "Responsible", "Coordination mechanism", "Budget",
    "Status", "Percent complete",
  ],
  tblRisks: ["Risk ID", "Action ID", "Risk", "Assumption", "Likelihood", "Impact", "Score", "Rating", "Mitigation", "Owner"],
  tblOtherProjects: ["Project ID", "Title", "Implementer", "Funder", "Goal ID", "Start", "End", "Budget", "Status"],
  tblIndicators: [
    "Indicator ID", "Action ID", "Goal ID", "Level", "Indicator", "Code", "Unit", "Direction", "Disaggregation",
    "Source type", "Frequency", "Baseline", "Baseline year", "Target", "Target year", "Latest value", "Progress", "Status",
  ],
  tblIndicatorValues: ["Indicator ID", "Period", "Sex", "Age group", "Value"],
  tblDashboard: ["Source", "ID", "Title", "Goal ID", "Lead", "Start", "End", "Budget", "Status", "Progress"],
} as const;

export type TableName = keyof typeof KEY_COLUMNS;
export const TABLE_NAMES = Object.keys(KEY_COLUMNS) as TableName[];

/** Value sets of the contract; each becomes a named list on the Lists sheet. */
export const VALUE_LISTS = {
  lstYesNo: ["Yes", "No"],
  lstStatus: ["Planned", "Ongoing", "Delayed", "Completed", "Cancelled"],
  lstCapacityLevel: ["Individual", "Organisational", "Systemic"],
  lstResourceKind: ["Human", "Financial"],
  lstFundingKind: ["Domestic", "External"],
  lstSourceType: ["Census", "Household survey", "Labour force survey", "National accounts", "Administrative data", "Other"],
  lstIndicatorLevel: ["Impact", "Outcome", "Output"],
  lstDirection: ["Increase", "Decrease"],
  lstDashboardSource: ["Action", "Activity", "Other project"],
  lstIndicatorStatus: ["On track", "At risk", "Off track", "No data"],
  lstRiskRating: ["Low", "Medium", "High"],
  /** Not a contract value set: the UNDP capacity assessment's functional capacities (practice.md). */
  lstCapacityArea: [
    "Engage stakeholders",
    "Assess a situation and define a vision",
    "Formulate policy and strategy",
    "Budget, manage and implement",
    "Evaluate",
  ],
} as const;

export type ListName = keyof typeof VALUE_LISTS;

/**
 * Statuses that put an action, activity or project on the dashboard: the one list, from which the
 * dashboard's rows, its breakdowns, its formulas, its caption and the check's rule all follow.
 */
export const ONGOING_STATUSES = ["Planned", "Ongoing", "Delayed"] as const;

/** Whether a Status cell (English, as the plan's tables are read) is one of ONGOING_STATUSES, ignoring case and spaces around it. */
export function isOngoingStatus(status: unknown): boolean {
  const text = String(status ?? "").trim().toLowerCase();
  return ONGOING_STATUSES.some((s) => s.toLowerCase() === text);
}

/**
 * Drop-downs fed by another table's IDs, through a defined name on the table column, so new
 * goals, actions or indicators appear in the lists without the add-in (a structured reference
 * straight in a list source is not reliable in Excel).
 */
export const ID_LISTS = {
  lstGoalIds: { table: "tblGoals", column: "Goal ID" },
  lstActionIds: { table: "tblActions", column: "Action ID" },
  lstIndicatorIds: { table: "tblIndicators", column: "Indicator ID" },
} as const;

export type IdListName = keyof typeof ID_LISTS;
