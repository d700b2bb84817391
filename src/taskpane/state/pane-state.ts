/**
 * Everything the pane shows, as one value, and the only way it changes: a pure reducer. The hook
 * (usePlanner.ts) performs the service calls and reports their outcome here as actions.
 */
import type { Progress, SetupReport, WorkbookStatus } from "../../service/planner-service";
import { PlannerError } from "../../service/planner-service";
import type { StageState } from "../../model/layout/steps";
import { REBUILD_ACTIONS, tablesRebuiltBy, WORKBOOK_PART, type RebuildTarget } from "../../model/registry";
import type { Language } from "../../model/i18n/language";
import { DEFAULT_SETTINGS, type SettingKey } from "../../model/settings";
import type { PaneWords } from "../words";
import { draftFrom, draftProblems, type DraftProblems, type SettingsDraft } from "./settings-draft";

/** The pane's rebuild buttons, as the model's registry has them (model/registry.ts). */
export type { RebuildTarget };

/** What each rebuild asks the service for: the derived tables the registry gives that button. */
export const REBUILD_TABLES: Readonly<Record<RebuildTarget, readonly string[]>> = { capacity: tablesRebuiltBy("capacity"), dashboard: tablesRebuiltBy("dashboard") };

export type Operation = { kind: "read" } | { kind: "setup"; stages?: number[] } | { kind: "rebuild"; target: RebuildTarget };

export interface PaneState {
  /** What the workbook held at the last read, set-up or rebuild; undefined until the first read ends. */
  status?: WorkbookStatus;
  draft: SettingsDraft;
  /** Fields the user has typed in: only those (and non-empty ones) show their problem yet. */
  touched: SettingKey[];
  busy?: { operation: Operation; progress?: Progress };
  /** The last set-up's or rebuild's outcome, with the operation that produced it. */
  result?: { operation: Operation; report: SetupReport };
  error?: string;
  /** The operation that failed, so its message shows beside the button that started it. */
  errorAt?: Operation;
  /** The settings form opened or closed by the user; undefined follows the workbook (open until it holds settings). */
  settingsOpen?: boolean;
}

export type PaneAction =
  | { type: "started"; operation: Operation }
  | { type: "progressed"; progress: Progress }
  | { type: "statusLoaded"; status: WorkbookStatus }
  | { type: "setupFinished"; report: SetupReport }
  | { type: "rebuilt"; report: SetupReport }
  | { type: "failed"; message: string }
  | { type: "fieldChanged"; key: SettingKey; text: string }
  | { type: "errorDismissed" }
  | { type: "settingsOpened" }
  | { type: "settingsClosed" };

export function initialPaneState(): PaneState {
  return { draft: draftFrom(DEFAULT_SETTINGS), touched: [] };
}

export function paneReducer(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case "started":
      // Old results and errors would read as the outcome of the new operation.
      if (state.busy) return state;
      return { ...state, busy: { operation: action.operation }, result: undefined, error: undefined, errorAt: undefined };
    case "progressed":
      return state.busy ? { ...state, busy: { ...state.busy, progress: action.progress } } : state;
    case "statusLoaded":
      return { ...withStatus(state, action.status), busy: undefined };
    case "rebuilt":
      // A rebuild changes no setting: like a refresh, it keeps what the user is typing.
      return {
        ...withStatus(state, action.report.status),
        busy: undefined,
        result: state.busy ? { operation: state.busy.operation, report: action.report } : undefined,
      };
    case "setupFinished": {
      const saved = action.report.status.settings;
      return {
        ...state,
        busy: undefined,
        status: action.report.status,
        result: state.busy ? { operation: state.busy.operation, report: action.report } : undefined,
        draft: saved ? draftFrom(saved) : state.draft,
        touched: saved ? [] : state.touched,
        // Saved: the form gives the first screen back to what comes next.
        settingsOpen: saved ? false : state.settingsOpen,
      };
    }
    case "failed":
      return { ...state, busy: undefined, error: action.message, errorAt: state.busy?.operation };
    case "fieldChanged":
      return {
        ...state,
        draft: { ...state.draft, [action.key]: action.text },
        touched: state.touched.includes(action.key) ? state.touched : [...state.touched, action.key],
      };
    case "errorDismissed":
      return { ...state, error: undefined, errorAt: undefined };
    case "settingsOpened":
      return { ...state, settingsOpen: true };
    case "settingsClosed": {
      // Closing without setting up puts back what the workbook holds.
      const saved = state.status?.settings;
      return { ...state, settingsOpen: false, draft: saved ? draftFrom(saved) : state.draft, touched: saved ? [] : state.touched };
    }
  }
}

/** The form shows until the workbook holds settings, then only when the user opens it. */
export function settingsShown(state: Pick<PaneState, "status" | "settingsOpen">): boolean {
  return state.settingsOpen ?? !state.status?.settings;
}

/** The workbook as read, with the form following its settings unless the user is typing. */
function withStatus(state: PaneState, status: WorkbookStatus): PaneState {
  // A refresh must not throw away what the user is typing.
  const keep = state.touched.length > 0 || !status.settings;
  return { ...state, status, draft: keep ? state.draft : draftFrom(status.settings!) };
}

/** Problems of the fields that should show theirs now. */
export function visibleProblems(state: PaneState, language?: Language): DraftProblems {
  const all = draftProblems(state.draft, language);
  const shown: DraftProblems = {};
  for (const key of Object.keys(all) as SettingKey[]) {
    if (state.touched.includes(key) || state.draft[key].trim() !== "") shown[key] = all[key];
  }
  return shown;
}

export function canSetUp(state: PaneState): boolean {
  return !state.busy && Object.keys(draftProblems(state.draft)).length === 0;
}

/** The part of the workbook that must be set up before a rebuild: a stage, or the settings, lists and dashboard. */
function partOf(status: WorkbookStatus, target: RebuildTarget): StageState | undefined {
  const part = REBUILD_ACTIONS[target].part;
  return part === WORKBOOK_PART.number ? status.workbook : status.stages.find((s) => s.number === part);
}

/** Whether the tables to rebuild are there to rebuild (Ready or Needs update), busy or not. */
export function rebuildAvailable(status: WorkbookStatus | undefined, target: RebuildTarget): boolean {
  const part = status && partOf(status, target);
  return part?.status === "ready" || part?.status === "needs update";
}

export function canRebuild(state: PaneState, target: RebuildTarget): boolean {
  return !state.busy && rebuildAvailable(state.status, target);
}

/** What the progress bar says until the service reports its first step. */
export function busyText(operation: Operation, t: PaneWords): string {
  switch (operation.kind) {
    case "read":
      return t("busy.read");
    case "setup":
      return t("busy.setup");
    case "rebuild":
      return t(operation.target === "capacity" ? "busy.capacity" : "busy.dashboard");
  }
}

/**
 * Any failure in words: a PlannerError is already phrased for the user (ErrorBar says the one the
 * pane itself raises, a chunk that did not load, in the pane's language); anything else keeps its
 * message inside the pane's sentence.
 */
export function describeFailure(e: unknown, t: PaneWords): string {
  if (e instanceof PlannerError) return e.message;
  return t("error.unexpected", { what: e instanceof Error ? e.message || e.name : String(e) });
}
