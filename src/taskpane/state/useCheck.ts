/**
 * The "Check" tab's contact with the workbook: runs the service's check, clearMarks and select
 * one at a time and turns each outcome into a reducer action. Nothing here throws: every failure
 * becomes state.error, what happened rather than words (the tab says it in its language).
 */
import { useCallback, useReducer } from "react";
import { useOneAtATime } from "./useOneAtATime";
import type { PlannerService } from "../../service/planner-service";
import { checkReducer, describeCheckFailure, initialCheckState, unexpectedCheckDetail, type CheckAction, type CheckOperation, type CheckState, type SeverityFilter, type StageFilter } from "./check-state";

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

// Each operation catches its own failure, so a PlannerError's message stays apart from an unexpected
// one's (useOneAtATime hands over words only); these two meet only what might escape it.
const failedCheck = (what: string): CheckAction => ({ type: "failed", failure: { kind: "unexpected", what } });

function caught(work: () => Promise<CheckAction>): () => Promise<CheckAction> {
  return () => work().catch((e: unknown): CheckAction => ({ type: "failed", failure: describeCheckFailure(e) }));
}

export function useCheck(service: PlannerService): Checker {
  const [state, dispatch] = useReducer(checkReducer, undefined, initialCheckState);
  const run = useOneAtATime<CheckAction>(dispatch, failedCheck, unexpectedCheckDetail);
  const perform = useCallback((operation: CheckOperation, work: () => Promise<CheckAction>) => run({ type: "started", operation }, caught(work)), [run]);

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
