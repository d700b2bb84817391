/**
 * Loads the plan's outline (plan-outline.ts: table captions and places, stage guidance) in a chunk
 * of its own, once, and keeps it for the words functions, which run while rendering and so cannot
 * wait. withOutline() makes every service call wait for it: nothing read from the workbook
 * reaches the pane before the words to say it in (no code name shown for a moment).
 */
import { PlannerError, type PlannerService } from "../../service/planner-service";
import { CHUNK_FAILED } from "../lazy-office-planner";
import type { PlanOutline } from "./plan-outline";
import type { WorkbookStatus } from "../../service/planner-service";
import { DEFAULT_LANGUAGE, type Language } from "../../model/i18n/language";

let loaded: PlanOutline | undefined;
let loading: Promise<PlanOutline> | undefined;
/** The language of the workbook last read: its captions and sheet names are the ones to quote. */
let workbookLanguage: Language = DEFAULT_LANGUAGE;

export function placesLanguage(): Language {
  return workbookLanguage;
}

/** Notes the workbook's language from a status the service answered with. */
function noted<T>(answer: T, status: WorkbookStatus | undefined): T {
  workbookLanguage = status?.settings?.language ?? DEFAULT_LANGUAGE;
  return answer;
}

/** The outline once loaded; undefined before (words then fall back to code names). */
export function outline(): PlanOutline | undefined {
  return loaded;
}

export function loadOutline(): Promise<PlanOutline> {
  return (loading ??= import(/* webpackChunkName: "plan-outline" */ "./plan-outline").then(
    (m) => (loaded = m.planOutline()),
    (e: unknown) => {
      loading = undefined; // the next call tries again
      console.error("M&D Planner: the plan's outline did not load", e);
      throw new PlannerError(CHUNK_FAILED, "ChunkLoadFailed", e);
    },
  ));
}

/** The same service, each call answering only once the outline is there (loaded beside the call, not before it). */
export function withOutline(service: PlannerService): PlannerService {
  const after = <T>(call: Promise<T>): Promise<T> => Promise.all([call, loadOutline()]).then(([answer]) => answer);
  return {
    readStatus: () => after(service.readStatus()).then((status) => noted(status, status)),
    setUp: (request, onProgress) => after(service.setUp(request, onProgress)).then((report) => noted(report, report.status)),
    refresh: (tables, onProgress) => after(service.refresh(tables, onProgress)).then((report) => noted(report, report.status)),
    addIndicators: (items) => after(service.addIndicators(items)),
    check: (onProgress) => after(service.check(onProgress)),
    clearMarks: () => after(service.clearMarks()),
    select: (address) => after(service.select(address)),
  };
}
