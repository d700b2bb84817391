/**
 * The Office planner (set-up, refresh, the plan check, adding indicators: most of the model) in a
 * chunk of its own, office-planner.js, fetched by the first call on the service, which the pane
 * makes as soon as it has rendered (reading the workbook's status). The pane's first screen is
 * drawn without waiting for it. Same signature as hosts/office/office-planner's createOfficePlanner.
 */
import type { ExcelRun } from "../hosts/office/excel-run";
import type { OfficePlannerOptions } from "../hosts/office/office-planner";
import { PlannerError, type PlannerService } from "../service/planner-service";

/**
 * The error's message, in English for developers and the logs: the pane says it in its own
 * language where it shows it (ErrorBar.tsx, by this very text; the pane's "error.chunk").
 */
export const CHUNK_FAILED =
  "Part of M&D Planner did not load: the connection may have dropped. Check it, then close and reopen the add-in, or try the same action again.";

export function createOfficePlanner(run: ExcelRun, isSetSupported: (name: string, version: string) => boolean, options?: OfficePlannerOptions): PlannerService {
  let loading: Promise<PlannerService> | undefined;
  const planner = (): Promise<PlannerService> =>
    (loading ??= import(/* webpackChunkName: "office-planner" */ "../hosts/office/office-planner").then(
      (m) => m.createOfficePlanner(run, isSetSupported, options),
      (e: unknown) => {
        loading = undefined; // a later action tries again
        // The user reads plain words; a developer needs what failed (a network error or a bug).
        console.error("M&D Planner: the Office planner did not load", e);
        throw new PlannerError(CHUNK_FAILED, "ChunkLoadFailed", e);
      },
    ));
  return {
    readStatus: () => planner().then((p) => p.readStatus()),
    setUp: (request, onProgress) => planner().then((p) => p.setUp(request, onProgress)),
    refresh: (tables, onProgress) => planner().then((p) => p.refresh(tables, onProgress)),
    addIndicators: (items) => planner().then((p) => p.addIndicators(items)),
    check: (onProgress) => planner().then((p) => p.check(onProgress)),
    clearMarks: () => planner().then((p) => p.clearMarks()),
    select: (address) => planner().then((p) => p.select(address)),
  };
}
