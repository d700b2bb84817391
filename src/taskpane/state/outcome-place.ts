/**
 * Where each operation's outcome shows: beside the button that started it, so the answer appears
 * where the user is looking (a pane can be 2,000 px tall, and the top of it out of sight).
 */
import type { SetupReport } from "../../service/planner-service";
import type { Operation, PaneState, RebuildTarget } from "./pane-state";

/** "settings": Set up workbook; "stages": Refresh status (and the first read); a stage's own set-up; a rebuild button. */
export type Place = "settings" | "stages" | `stage-${number}` | RebuildTarget;

export function placeOf(operation: Operation): Place {
  switch (operation.kind) {
    case "read":
      return "stages";
    case "setup":
      return operation.stages?.length === 1 ? `stage-${operation.stages[0]}` : "settings";
    case "rebuild":
      return operation.target;
  }
}

export function stagePlace(stage: number): Place {
  return `stage-${stage}`;
}

/** What one place shows now: the work under way, its result or its failure. */
export interface PlaceActivity {
  busy?: PaneState["busy"];
  result?: { operation: Operation; report: SetupReport };
  error?: string;
}

export function activityAt(state: Pick<PaneState, "busy" | "result" | "error" | "errorAt">, place: Place): PlaceActivity {
  const here = (operation: Operation | undefined) => operation !== undefined && placeOf(operation) === place;
  return {
    busy: here(state.busy?.operation) ? state.busy : undefined,
    result: here(state.result?.operation) ? state.result : undefined,
    // An error with no operation (none should) shows with the stages, where Refresh status is.
    error: state.error && (state.errorAt ? here(state.errorAt) : place === "stages") ? state.error : undefined,
  };
}
