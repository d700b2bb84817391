/**
 * The "Check" tab as one value, and the only way it changes: a pure reducer. The hook
 * (useCheck.ts) calls the service and reports the outcome here. Filtering and grouping of the
 * findings are pure functions of this state too, so they are tested without React or Excel.
 */
import { PlannerError, type CheckReport, type Progress } from "../../hosts/office/planner-service";
import type { Finding, Severity } from "../../model/check/plan-tables";
import { PART_ORDER } from "../../model/registry";

export type CheckOperation = { kind: "check" } | { kind: "clear" } | { kind: "select"; address: string };

/** A stage (1 to 6), 0 for findings about the workbook as a whole, or everything. */
export type StageFilter = "all" | number;
export type SeverityFilter = "all" | Severity;

export interface CheckState {
  busy?: { operation: CheckOperation; progress?: Progress };
  /** The last check's outcome; dropped when a new check starts. */
  report?: CheckReport;
  /** Marks the last "Clear marks" removed, until the next check. */
  cleared?: number;
  /** The cell of the finding last selected in the workbook, to show where the user went. */
  selected?: string;
  error?: string;
  stage: StageFilter;
  severity: SeverityFilter;
}

export type CheckAction =
  | { type: "started"; operation: CheckOperation }
  | { type: "progressed"; progress: Progress }
  | { type: "checked"; report: CheckReport }
  | { type: "marksCleared"; count: number }
  | { type: "cellSelected"; address: string }
  | { type: "failed"; message: string }
  | { type: "stageFiltered"; stage: StageFilter }
  | { type: "severityFiltered"; severity: SeverityFilter }
  | { type: "errorDismissed" };

export function initialCheckState(): CheckState {
  return { stage: "all", severity: "all" };
}

export function checkReducer(state: CheckState, action: CheckAction): CheckState {
  switch (action.type) {
    case "started": {
      if (state.busy) return state;
      const busy = { operation: action.operation };
      // A new check replaces everything the old one said; the other operations act on its findings.
      if (action.operation.kind === "check") return { ...state, busy, report: undefined, cleared: undefined, selected: undefined, error: undefined };
      return { ...state, busy, cleared: action.operation.kind === "clear" ? undefined : state.cleared, error: undefined };
    }
    case "progressed":
      return state.busy ? { ...state, busy: { ...state.busy, progress: action.progress } } : state;
    case "checked":
      return { ...state, busy: undefined, report: action.report };
    case "marksCleared":
      // The findings still stand; only their marks are gone.
      return { ...state, busy: undefined, cleared: action.count, report: state.report && { ...state.report, marked: 0 } };
    case "cellSelected":
      return { ...state, busy: undefined, selected: action.address };
    case "failed":
      return { ...state, busy: undefined, error: action.message };
    case "stageFiltered":
      return { ...state, stage: action.stage };
    case "severityFiltered":
      return { ...state, severity: action.severity };
    case "errorDismissed":
      return { ...state, error: undefined };
  }
}

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];
/** Handbook order, the workbook-wide findings last (the registry's order). */
export const STAGE_ORDER: readonly number[] = PART_ORDER;

const WORDS: Record<Severity, { one: string; many: string; heading: string }> = {
  error: { one: "error", many: "errors", heading: "Errors" },
  warning: { one: "warning", many: "warnings", heading: "Warnings" },
  info: { one: "note", many: "notes", heading: "Notes" },
};

/** "1 error", "3 warnings", "0 notes". */
export function severityCount(severity: Severity, count: number): string {
  return `${count} ${count === 1 ? WORDS[severity].one : WORDS[severity].many}`;
}

export function severityHeading(severity: Severity): string {
  return WORDS[severity].heading;
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

export function countByStage(findings: readonly Finding[]): Map<number, number> {
  const counts = new Map<number, number>(STAGE_ORDER.map((n) => [n, 0]));
  for (const f of findings) counts.set(f.stage, (counts.get(f.stage) ?? 0) + 1);
  return counts;
}

/** A finding with its place in the report, which keys it (findings have no id of their own). */
export interface Indexed {
  finding: Finding;
  index: number;
}

export function visibleFindings(state: Pick<CheckState, "report" | "stage" | "severity">): Indexed[] {
  const findings = state.report?.findings ?? [];
  return findings
    .map((finding, index) => ({ finding, index }))
    .filter(({ finding }) => (state.stage === "all" || finding.stage === state.stage) && (state.severity === "all" || finding.severity === state.severity));
}

export interface FindingGroup {
  severity: Severity;
  /** Every finding of this severity, however many are shown. */
  count: number;
  byStage: { stage: number; items: Indexed[] }[];
}

/**
 * By severity (errors, then warnings, then notes), then by stage (1 to 6, then the workbook); the
 * report's order within. What stops the plan comes first, whichever stage it is in: a stage-3
 * error must not wait below stage-2 warnings. `all` counts each severity when `items` is a slice.
 */
export function groupFindings(items: readonly Indexed[], all: readonly Indexed[] = items): FindingGroup[] {
  // A stage number the pane does not know of still shows, after the known ones.
  const unknown = [...new Set(items.map((i) => i.finding.stage))].filter((s) => !STAGE_ORDER.includes(s)).sort((a, b) => a - b);
  const groups: FindingGroup[] = [];
  for (const severity of SEVERITIES) {
    const mine = items.filter((i) => i.finding.severity === severity);
    const byStage = [...STAGE_ORDER, ...unknown].map((stage) => ({ stage, items: mine.filter((i) => i.finding.stage === stage) })).filter((g) => g.items.length > 0);
    if (byStage.length) groups.push({ severity, count: all.filter((i) => i.finding.severity === severity).length, byStage });
  }
  return groups;
}

/** The findings in the order the list shows them, so "the first 200" are the most serious. */
export function bySeverityFirst(items: readonly Indexed[]): Indexed[] {
  return groupFindings(items).flatMap((g) => g.byStage.flatMap((s) => s.items));
}

/** "Stage 3: Plan of Action", or "Workbook" for findings about the whole workbook. */
export function stageTitle(stage: number, names: ReadonlyMap<number, string>): string {
  if (stage === 0) return "Workbook";
  const name = names.get(stage);
  return name ? `Stage ${stage}: ${name}` : `Stage ${stage}`;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** What was checked, in words: "7 actions and 4 selected goals". */
export function checkedScope(report: Pick<CheckReport, "summary">): string {
  return `${plural(report.summary.actions, "action", "actions")} and ${plural(report.summary.goals, "selected goal", "selected goals")}`;
}

export function clearedText(count: number): string {
  return count === 0 ? "There were no marks to remove." : `Removed ${plural(count, "mark", "marks")} from the workbook.`;
}

/** The select's value for a filter, and back. */
export function stageFilterValue(filter: StageFilter): string {
  return filter === "all" ? "all" : String(filter);
}

export function parseStageFilter(value: string): StageFilter {
  const n = Number(value);
  return value === "all" || !Number.isInteger(n) ? "all" : n;
}

export function parseSeverityFilter(value: string): SeverityFilter {
  return (SEVERITIES as readonly string[]).includes(value) ? (value as Severity) : "all";
}

/** Any failure in words: a PlannerError is already phrased for the user; anything else keeps its message. */
export function describeCheckFailure(e: unknown): string {
  if (e instanceof PlannerError) return e.message;
  const what = e instanceof Error ? e.message || e.name : String(e);
  return `Something went wrong: ${what}. Press Check plan to check the workbook again.`;
}
