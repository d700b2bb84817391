/**
 * tblDashboard: one row per ongoing action, workplan activity and other project. Rows carry
 * only Source and ID; every other column is one formula that looks the row up by its source,
 * so edits to the stage tables show without a refresh (new or finished items need one).
 */
import { isOngoingStatus, ONGOING_STATUSES } from "../contract";
import { col, lookup, rowOf, str, textLookup } from "../formulas";
import type { ColumnSpec, TableRow, TableSpec } from "../spec/types";
import { DATE_FORMAT, moneyFormat } from "../spec/columns";
import { WORK_STATUS_COLOURS } from "../spec/status-colours";

const d = rowOf("tblDashboard");
const id = d("ID");

/** Picks the formula for the row's source; a row with an unknown source shows blank. */
function bySource(action: string, activity: string, project: string): string {
  return `=IF(${id}="","",IF(${d("Source")}="Action",${action},IF(${d("Source")}="Activity",${activity},IF(${d("Source")}="Other project",${project},""))))`;
}

const act = (h: string) => lookup("tblActions", "Action ID", h, id);
const wp = (h: string) => lookup("tblWorkplan", "Activity ID", h, id);
const other = (h: string) => lookup("tblOtherProjects", "Project ID", h, id);
// Text columns: one INDEX/MATCH each (see textLookup), as every row repeats these formulas.
const actText = (h: string) => textLookup("tblActions", "Action ID", h, id);
const wpText = (h: string) => textLookup("tblWorkplan", "Activity ID", h, id);
const otherText = (h: string) => textLookup("tblOtherProjects", "Project ID", h, id);
const activityAction = `INDEX(${col("tblWorkplan", "Action ID")},MATCH(${id},${col("tblWorkplan", "Activity ID")},0))`;
const activityGoal = textLookup("tblActions", "Action ID", "Goal ID", activityAction);
const actionProgress = `IFERROR(AVERAGEIFS(${col("tblWorkplan", "Percent complete")},${col("tblWorkplan", "Action ID")},${id}),"")`;

/**
 * The part of the row's budget its Lead manages, so that "By lead agency" adds up to what is
 * under way without counting a sum twice: an action's budget less its activities under way that
 * another agency is responsible for; such an activity's budget (and any activity whose action
 * is not under way); nothing for an activity its action's own lead runs (the action holds it);
 * a project's budget.
 */
const wpc = (h: string) => col("tblWorkplan", h);
const delegated = ONGOING_STATUSES.map(
  (s) => `SUMIFS(${wpc("Budget")},${wpc("Action ID")},${id},${wpc("Status")},${str(s)},${wpc("Responsible")},"<>",${wpc("Responsible")},"<>"&${d("Lead")})`,
).join("-");
const activityActionStatus = textLookup("tblActions", "Action ID", "Status", activityAction);
const actionUnderWay = `ISNUMBER(MATCH(${activityActionStatus},{${ONGOING_STATUSES.map(str).join(",")}},0))`;
const leadShare = bySource(
  `MAX(0,N(${d("Budget")})-${delegated})`,
  `IF(AND(${actionUnderWay},${textLookup("tblActions", "Action ID", "Lead agency", activityAction)}=${d("Lead")}),0,N(${d("Budget")}))`,
  `N(${d("Budget")})`,
);

export function dashboardTable(currency: string, rows: TableRow[] = []): { table: TableSpec; rows: TableRow[] } {
  const money = moneyFormat(currency);
  const f = (header: string, formula: string, numberFormat: string, width: number): ColumnSpec => ({ header, kind: "text", width, numberFormat, formula });
  return {
    table: {
      name: "tblDashboard",
      caption: `Everything under way (${ONGOING_STATUSES.join(", ")})`,
      derived: true,
      columns: [
        { header: "Source", kind: "text", width: 13, numberFormat: "@" },
        { header: "ID", kind: "id", width: 8, numberFormat: "@" },
        f("Title", bySource(actText("Title"), wpText("Activity"), otherText("Title")), "General", 34),
        f("Goal ID", bySource(actText("Goal ID"), activityGoal, otherText("Goal ID")), "General", 8),
        f("Lead", bySource(actText("Lead agency"), wpText("Responsible"), otherText("Implementer")), "General", 20),
        f("Start", bySource(act("Start"), wp("Start"), other("Start")), DATE_FORMAT, 11),
        f("End", bySource(act("End"), wp("End"), other("End")), DATE_FORMAT, 11),
        f("Budget", bySource(act("Budget"), wp("Budget"), other("Budget")), money, 18),
        { ...f("Status", bySource(actText("Status"), wpText("Status"), otherText("Status")), "General", 10), conditionalFormats: WORK_STATUS_COLOURS },
        f("Progress", bySource(actionProgress, wp("Percent complete"), str("")), "0%", 9),
        { ...f("Funding gap", bySource(act("Funding gap"), str(""), str("")), money, 18), helper: true },
        { ...f("Budget led", leadShare, money, 18), helper: true },
      ],
    },
    rows,
  };
}

export interface DashboardSources {
  actions: TableRow[];
  workplan: TableRow[];
  otherProjects: TableRow[];
}


/** Which items belong on the dashboard now: the contract's "ongoing activities". */
export function dashboardRows(src: DashboardSources): TableRow[] {
  const pick = (rows: TableRow[], source: string, idHeader: string): TableRow[] =>
    rows
      .filter((r) => String(r[idHeader] ?? "").trim() !== "" && isOngoingStatus(r["Status"]))
      .map((r) => ({ Source: source, ID: String(r[idHeader]).trim() }));
  return [
    ...pick(src.actions, "Action", "Action ID"),
    ...pick(src.workplan, "Activity", "Activity ID"),
    ...pick(src.otherProjects, "Other project", "Project ID"),
  ];
}
