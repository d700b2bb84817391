/**
 * The "Check" tab as one value, and the only way it changes: a pure reducer. The hook
 * (useCheck.ts) calls the service and reports the outcome here. What the tab shows of it
 * (check-view.ts) loads with the tab.
 */
import { PlannerError, type CheckReport, type Progress } from "../../service/planner-service";
import type { Severity } from "../../model/check/plan-tables";

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
  error?: CheckFailure;
  stage: StageFilter;
  severity: SeverityFilter;
}

/**
 * Why the last operation failed, kept as what happened rather than as words: the words are the
 * tab's, in the pane's language, and load with the tab (check-view.ts), not with this reducer.
 */
export type CheckFailure =
  /** The service's own message (a PlannerError), already phrased for the user. */
  | { kind: "service"; message: string }
  /** Anything else: its message, said inside the tab's "Something went wrong" sentence. */
  | { kind: "unexpected"; what: string };

export type CheckAction =
  | { type: "started"; operation: CheckOperation }
  | { type: "progressed"; progress: Progress }
  | { type: "checked"; report: CheckReport }
  | { type: "marksCleared"; count: number }
  | { type: "cellSelected"; address: string }
  | { type: "failed"; failure: CheckFailure }
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
      return { ...state, busy: undefined, error: action.failure };
    case "stageFiltered":
      return { ...state, stage: action.stage };
    case "severityFiltered":
      return { ...state, severity: action.severity };
    case "errorDismissed":
      return { ...state, error: undefined };
  }
}

/** What an unexpected failure says of itself: its message, else its name, else the thrown value. */
export function unexpectedCheckDetail(e: unknown): string {
  return e instanceof Error ? e.message || e.name : String(e);
}

/** Any failure as what happened: a PlannerError is already phrased for the user; anything else keeps its message. */
export function describeCheckFailure(e: unknown): CheckFailure {
  if (e instanceof PlannerError) return { kind: "service", message: e.message };
  return { kind: "unexpected", what: unexpectedCheckDetail(e) };
}
