/**
 * Runs one workbook operation at a time for a pane hook: a second call while one runs does
 * nothing, the start is dispatched, the outcome (or the failure, in words) is dispatched after.
 * A ref, not state: two clicks in the same tick both see the old state, but the same ref. Pass
 * stable functions (a reducer's dispatch, module-level helpers), or callbacks change every render.
 */
import { useCallback, useRef } from "react";

export function useOneAtATime<Action>(
  dispatch: (action: Action) => void,
  failed: (message: string) => Action,
  describe: (e: unknown) => string,
): (started: Action, work: () => Promise<Action>) => Promise<void> {
  const busy = useRef(false);
  return useCallback(
    async (started: Action, work: () => Promise<Action>) => {
      if (busy.current) return;
      busy.current = true;
      dispatch(started);
      try {
        dispatch(await work());
      } catch (e) {
        dispatch(failed(describe(e)));
      } finally {
        busy.current = false;
      }
    },
    [dispatch, failed, describe],
  );
}
