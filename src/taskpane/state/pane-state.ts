/**
 * Everything the pane shows, as one value, and the only way it changes: a pure reducer. The hook
 * (usePlanner.ts) performs the service calls and reports their outcome here as actions.
 */
import type { Progress, SetupReport, WorkbookStatus } from "../../hosts/office/planner-service";
import { PlannerError } from "../../hosts/office/planner-service";
import { DEFAULT_SETTINGS, type SettingKey } from "../../model/settings";
import { draftFrom, draftProblems, type DraftProblems, type SettingsDraft } from "./settings-draft";

export type Operation = { kind: "read" } | { kind: "setup"; stages?: number[] };

export interface PaneState {
  /** What the workbook held at the last read or set-up; undefined until the first read ends. */
  status?: WorkbookStatus;
  draft: SettingsDraft;
  /** Fields the user has typed in: only those (and non-empty ones) show their problem yet. */
  touched: SettingKey[];
  busy?: { operation: Operation; progress?: Progress };
  /** The last set-up's outcome, with the operation that produced it. */
  result?: { operation: Operation; report: SetupReport };
  error?: string;
}

export type PaneAction =
  | { type: "started"; operation: Operation }
  | { type: "progressed"; progress: Progress }
  | { type: "statusLoaded"; status: WorkbookStatus }
  | { type: "setupFinished"; report: SetupReport }
  | { type: "failed"; message: string }
  | { type: "fieldChanged"; key: SettingKey; text: string }
  | { type: "errorDismissed" };

export function initialPaneState(): PaneState {
  return { draft: draftFrom(DEFAULT_SETTINGS), touched: [] };
}

export function paneReducer(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case "started":
      // Old results and errors would read as the outcome of the new operation.
      if (state.busy) return state;
      return { ...state, busy: { operation: action.operation }, result: undefined, error: undefined };
    case "progressed":
      return state.busy ? { ...state, busy: { ...state.busy, progress: action.progress } } : state;
    case "statusLoaded": {
      // A refresh must not throw away what the user is typing.
      const keep = state.touched.length > 0 || !action.status.settings;
      return {
        ...state,
        busy: undefined,
        status: action.status,
        draft: keep ? state.draft : draftFrom(action.status.settings!),
      };
    }
    case "setupFinished": {
      const saved = action.report.status.settings;
      return {
        ...state,
        busy: undefined,
        status: action.report.status,
        result: state.busy ? { operation: state.busy.operation, report: action.report } : undefined,
        draft: saved ? draftFrom(saved) : state.draft,
        touched: saved ? [] : state.touched,
      };
    }
    case "failed":
      return { ...state, busy: undefined, error: action.message };
    case "fieldChanged":
      return {
        ...state,
        draft: { ...state.draft, [action.key]: action.text },
        touched: state.touched.includes(action.key) ? state.touched : [...state.touched, action.key],
      };
    case "errorDismissed":
      return { ...state, error: undefined };
  }
}

/** Problems of the fields that should show theirs now. */
export function visibleProblems(state: PaneState): DraftProblems {
  const all = draftProblems(state.draft);
  const shown: DraftProblems = {};
  for (const key of Object.keys(all) as SettingKey[]) {
    if (state.touched.includes(key) || state.draft[key].trim() !== "") shown[key] = all[key];
  }
  return shown;
}

export function canSetUp(state: PaneState): boolean {
  return !state.busy && Object.keys(draftProblems(state.draft)).length === 0;
}

/** Any failure in words: a PlannerError is already phrased for the user; anything else keeps its message. */
export function describeFailure(e: unknown): string {
  if (e instanceof PlannerError) return e.message;
  if (e instanceof Error) return `Something went wrong: ${e.message || e.name}. Press Refresh status to see what the workbook holds now.`;
  return `Something went wrong: ${String(e)}. Press Refresh status to see what the workbook holds now.`;
}
