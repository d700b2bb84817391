/**
 * The pane's only contact with the workbook: runs PlannerService calls one at a time and turns
 * each outcome into a reducer action. Nothing here throws: every failure becomes state.error.
 */
import { useCallback, useEffect, useReducer } from "react";
import { useOneAtATime } from "./useOneAtATime";
import type { PlannerService, SetupRequest } from "../../service/planner-service";
import type { SettingKey } from "../../model/settings";
import { useWords } from "../words";
import { describeFailure, initialPaneState, paneReducer, REBUILD_TABLES, type Operation, type PaneAction, type PaneState, type RebuildTarget } from "./pane-state";

export interface Planner {
  state: PaneState;
  refresh(): Promise<void>;
  setUp(request: SetupRequest): Promise<void>;
  /** Rebuilds derived tables from the rows typed: the capacity matrix and funding summaries, or the dashboard. */
  rebuild(target: RebuildTarget): Promise<void>;
  editField(key: SettingKey, text: string): void;
  dismissError(): void;
  openSettings(): void;
  /** Closes the form, putting back the settings the workbook holds. */
  closeSettings(): void;
}

const failedPane = (message: string): PaneAction => ({ type: "failed", message });

export function usePlanner(service: PlannerService): Planner {
  const [state, dispatch] = useReducer(paneReducer, undefined, initialPaneState);
  const t = useWords();
  // The pane's language is set once, at start-up: the words, and so this, stay the same.
  const describe = useCallback((e: unknown) => describeFailure(e, t), [t]);
  const run = useOneAtATime<PaneAction>(dispatch, failedPane, describe);
  const perform = useCallback((operation: Operation, work: () => Promise<PaneAction>) => run({ type: "started", operation }, work), [run]);

  const refresh = useCallback(
    () => perform({ kind: "read" }, async () => ({ type: "statusLoaded", status: await service.readStatus() })),
    [perform, service],
  );

  const setUp = useCallback(
    (request: SetupRequest) =>
      perform({ kind: "setup", stages: request.stages }, async () => {
        const report = await service.setUp(request, (progress) => dispatch({ type: "progressed", progress }));
        return { type: "setupFinished", report };
      }),
    [perform, service],
  );

  const rebuild = useCallback(
    (target: RebuildTarget) =>
      perform({ kind: "rebuild", target }, async () => {
        const report = await service.refresh([...REBUILD_TABLES[target]], (progress) => dispatch({ type: "progressed", progress }));
        return { type: "rebuilt", report };
      }),
    [perform, service],
  );

  const editField = useCallback((key: SettingKey, text: string) => dispatch({ type: "fieldChanged", key, text }), []);
  const dismissError = useCallback(() => dispatch({ type: "errorDismissed" }), []);
  const openSettings = useCallback(() => dispatch({ type: "settingsOpened" }), []);
  const closeSettings = useCallback(() => dispatch({ type: "settingsClosed" }), []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  return { state, refresh, setUp, rebuild, editField, dismissError, openSettings, closeSettings };
}
