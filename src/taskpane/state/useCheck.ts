/**
 * The "Check" tab's contact with the workbook: runs the service's check, clearMarks and select
 * one at a time and turns each outcome into a reducer action. Nothing here throws: every failure
 * becomes state.error, in the service's words.
 */
import { useCallback, useReducer, useRef } from "react";
import type { PlannerService } from "../../hosts/office/planner-service";
import { checkReducer, describeCheckFailure, initialCheckState, type CheckAction, type CheckOperation, type CheckState, type SeverityFilter, type StageFilter } from "./check-state";

export interface Checker {
  state: CheckState;
  check(): Promise<void>;
  clearMarks(): Promise<void>;
  /** Goes to a finding's cell in the workbook. */
  select(address: string): Promise<void>;
  filterStage(stage: StageFilter): void;
  filterSeverity(severity: SeverityFilter): void;
  dismissError(): void;
}

export function useCheck(service: PlannerService): Checker {
  const [state, dispatch] = useReducer(checkReducer, undefined, initialCheckState);
  // A ref, not state: two clicks in the same tick both see the old state, but the same ref.
  const busy = useRef(false);

  const perform = useCallback(async (operation: CheckOperation, work: () => Promise<CheckAction>) => {
    if (busy.current) return;
    busy.current = true;
    dispatch({ type: "started", operation });
    try {
      dispatch(await work());
    } catch (e) {
      dispatch({ type: "failed", message: describeCheckFailure(e) });
    } finally {
      busy.current = false;
    }
  }, []);

  const check = useCallback(
    () =>
      perform({ kind: "check" }, async () => ({
        type: "checked",
        report: await service.check((progress) => dispatch({ type: "progressed", progress })),
      })),
    [perform, service],
  );

  const clearMarks = useCallback(() => perform({ kind: "clear" }, async () => ({ type: "marksCleared", count: await service.clearMarks() })), [perform, service]);

  const select = useCallback(
    (address: string) =>
      perform({ kind: "select", address }, async () => {
        await service.select(address);
        return { type: "cellSelected", address };
      }),
    [perform, service],
  );

  const filterStage = useCallback((stage: StageFilter) => dispatch({ type: "stageFiltered", stage }), []);
  const filterSeverity = useCallback((severity: SeverityFilter) => dispatch({ type: "severityFiltered", severity }), []);
  const dismissError = useCallback(() => dispatch({ type: "errorDismissed" }), []);

  return { state, check, clearMarks, select, filterStage, filterSeverity, dismissError };
}
