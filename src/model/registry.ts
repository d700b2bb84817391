/**
 * The plan's parts, said once: each handbook stage (its number, name, sheets and tab colour), the
 * workbook's own parts, the pane's two rebuild actions (the button's text, the part that must be
 * set up first) and each derived table (what it is built from, which action rebuilds it).
 *
 * The stage files, the derived-table builders, the check's messages, the pane (its stage list,
 * its rebuild buttons and what they ask for) and the guidance on the sheets all read from here,
 * so a number, a sheet name or a button's text cannot drift between them. Plain data: no Office,
 * no React, and no import of the stage or derived modules (they import this).
 */

export interface PartSheet {
  readonly name: string;
  readonly tabColor: string;
}

export interface PlanPart<Role extends string = string> {
  /** 1 to 6 for the handbook's stages, 0 for the workbook's own parts (settings, lists, dashboard). */
  readonly number: number;
  readonly key: string;
  /** Short name, as the pane's stage cards and the check's groups show it. */
  readonly name: string;
  /** Its sheets by role, in tab order. */
  readonly sheets: Readonly<Record<Role, PartSheet>>;
}

export interface StageEntry<Role extends string = string> extends PlanPart<Role> {
  /** Every sheet of a stage wears the stage's colour. */
  readonly tabColor: string;
  /** The title line of one of its sheets: "Stage 4 · " and `what`. */
  title(what: string): string;
}

/** A stage whose sheet names are its number and a label ("4 Capacity matrix"). */
function stage<Key extends string, Role extends string>(number: number, key: Key, name: string, tabColor: string, labels: Record<Role, string>): StageEntry<Role> & { readonly key: Key } {
  const sheets = Object.fromEntries(Object.entries<string>(labels).map(([role, label]) => [role, { name: `${number} ${label}`, tabColor }])) as Record<Role, PartSheet>;
  return { number, key, name, tabColor, sheets, title: (what) => `Stage ${number} · ${what}` };
}

export const ASSESSMENT_STAGE = stage(1, "assessment", "Assessment", "#1F6F8B", { main: "Assessment", sources: "Data sources" });
export const PRIORITIES_STAGE = stage(2, "priorities", "Priorities", "#2E8B57", { main: "Priorities" });
export const PLAN_OF_ACTION_STAGE = stage(3, "poa", "Plan of Action", "#C0504D", { main: "Plan of Action" });
export const CAPACITY_STAGE = stage(4, "capacity", "Capacity and resources", "#8064A2", {
  main: "Capacity & resources",
  matrix: "Capacity matrix",
  funding: "Funding summary",
});
export const IMPLEMENTATION_STAGE = stage(5, "implementation", "Implementation", "#F79646", { main: "Implementation", risks: "Risks" });
export const MONITORING_STAGE = stage(6, "me", "Monitoring and evaluation", "#4BACC6", { main: "M&E", values: "Indicator values", iptt: "IPTT" });

/**
 * The six stages in handbook order (and tab order). A stage is registered here and its builder in
 * stages/builders.ts, keyed by its key: the compiler refuses a stage without a builder.
 */
export const STAGES = [ASSESSMENT_STAGE, PRIORITIES_STAGE, PLAN_OF_ACTION_STAGE, CAPACITY_STAGE, IMPLEMENTATION_STAGE, MONITORING_STAGE] as const satisfies readonly StageEntry[];

export type StageKey = (typeof STAGES)[number]["key"];

/** Settings, dashboard and lists: what every stage leans on. Each sheet has a colour of its own. */
export const WORKBOOK_PART: PlanPart<"settings" | "dashboard" | "lists"> = {
  number: 0,
  key: "workbook",
  name: "Settings, lists and dashboard",
  sheets: {
    settings: { name: "Settings", tabColor: "#404040" },
    dashboard: { name: "Dashboard", tabColor: "#203864" },
    lists: { name: "Lists", tabColor: "#7F7F7F" },
  },
};

/** Every part in the order the pane lists them: the stages, then the workbook's own parts. */
export const PART_ORDER: readonly number[] = [...STAGES.map((s) => s.number), WORKBOOK_PART.number];

export function stageEntry(number: number): StageEntry | undefined {
  return STAGES.find((s: StageEntry) => s.number === number);
}

/** A part's sheet names, in tab order. */
export function sheetNamesOf(part: PlanPart): string[] {
  return Object.values<PartSheet>(part.sheets).map((s) => s.name);
}

/** The pane's rebuild buttons. */
export type RebuildTarget = "capacity" | "dashboard";

export interface RebuildAction {
  readonly target: RebuildTarget;
  /** The button's text; the sheets' guidance quotes it. */
  readonly label: string;
  /** The part whose card carries the button and which must be set up before it can rebuild (0: the dashboard card, the workbook's own parts). */
  readonly part: number;
}

export const REBUILD_ACTIONS: Readonly<Record<RebuildTarget, RebuildAction>> = {
  capacity: { target: "capacity", label: "Build capacity matrix", part: CAPACITY_STAGE.number },
  dashboard: { target: "dashboard", label: "Refresh dashboard", part: WORKBOOK_PART.number },
};

export const REBUILD_TARGETS = Object.keys(REBUILD_ACTIONS) as RebuildTarget[];

export interface DerivedEntry {
  readonly name: string;
  /** The tables whose rows it is built from (a host reads them before rebuilding). */
  readonly sources: readonly string[];
  /** The pane action that rebuilds it (`mdplan refresh` rebuilds every one). */
  readonly rebuiltBy: RebuildTarget;
}

const ACTIVITIES = ["tblActions", "tblWorkplan", "tblOtherProjects"] as const;

/**
 * Every derived table. The capacity button rebuilds what stage 4 shows (its matrix and funding
 * summaries); the dashboard button rebuilds the dashboard with its breakdowns, and the IPTT
 * sheet's two tables too: like the dashboard they are views of progress to date, read when
 * reporting rather than while planning capacity, their rows follow the indicators as the
 * dashboard's follow the items under way, and the IPTT sheet has always told users to press
 * Refresh dashboard. Stage 6 has no button of its own, and one more button would be one more
 * thing to forget.
 */
export const DERIVED = [
  { name: "tblCapacityMatrix", sources: ["tblCapacity"], rebuiltBy: "capacity" },
  { name: "tblFundingByGoal", sources: ["tblGoals"], rebuiltBy: "capacity" },
  { name: "tblFundingByPartner", sources: ["tblFunding"], rebuiltBy: "capacity" },
  { name: "tblDashboard", sources: ACTIVITIES, rebuiltBy: "dashboard" },
  { name: "tblDashboardByGoal", sources: ["tblGoals"], rebuiltBy: "dashboard" },
  { name: "tblDashboardByLead", sources: ACTIVITIES, rebuiltBy: "dashboard" },
  { name: "tblIPTT", sources: ["tblIndicators"], rebuiltBy: "dashboard" },
  { name: "tblIndicatorsBySex", sources: ["tblIndicators"], rebuiltBy: "dashboard" },
] as const satisfies readonly DerivedEntry[];

export type DerivedName = (typeof DERIVED)[number]["name"];

/** The derived tables an action rebuilds, in registry order. */
export function tablesRebuiltBy(target: RebuildTarget): string[] {
  return DERIVED.filter((d: DerivedEntry) => d.rebuiltBy === target).map((d) => d.name);
}

/** The action that rebuilds a derived table, if it is one. */
export function rebuildActionFor(table: string): RebuildAction | undefined {
  const entry: DerivedEntry | undefined = DERIVED.find((d) => d.name.toLowerCase() === table.toLowerCase());
  return entry && REBUILD_ACTIONS[entry.rebuiltBy];
}

/** How guidance and messages name an action: the button in the add-in, or the command line. */
export function rebuildHint(table: string): string {
  const action = rebuildActionFor(table);
  return action ? `press ${action.label} in the add-in (or run mdplan refresh)` : "run mdplan refresh";
}
