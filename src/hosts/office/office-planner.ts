/**
 * The Office host behind the task pane: reads the workbook's structure, asks the model what
 * to add, and applies it. Each sync is a round trip, slow in Excel on the web, so a set-up or a
 * refresh takes few: at most two to read the structure, one per block of the rows a derived
 * table is built from (none when it builds none), one per 4 MB block of writing, and one for
 * each sheet whose charts are redrawn over charts it already holds (charts.ts). Every batch that
 * writes does so with the add-in's events off (events.ts), at no extra sync.
 */
import { buildWorkbookSpec, stages } from "../../model/workbook";
import { capabilitiesFrom, type Capabilities } from "../../model/layout/capabilities";
import { planSetup, TABLES_TO_READ } from "../../model/layout/plan-setup";
import { settingsFromSnapshot, setupLanguage } from "../../model/layout/read-settings";
import { languageRefusal } from "../../model/layout/language-messages";
import { LANGUAGES, type Language } from "../../model/i18n/language";
import { setupWords, type SetupWords } from "../../model/layout/setup-words";
import { stageStates, workbookState } from "../../model/layout/stage-status";
import { findTable, type WorkbookSnapshot } from "../../model/layout/snapshot";
import type { SetupStep } from "../../model/layout/steps";
import { DEFAULT_SETTINGS, validateSettings, type PlanSettings } from "../../model/settings";
import type { WorkbookSpec } from "../../model/spec/types";
import { OfficeStepWriter } from "./apply-steps";
import { toPlannerError } from "./errors";
import { PlannerError, type PlannerService, type Progress, type SetupReport, type SetupRequest, type WorkbookStatus } from "../../service/planner-service";
import { readSnapshot } from "./read-snapshot";
import { DERIVED_TABLES } from "../../model/derived/registry";
import { REQUEST_BUDGET_BYTES, RequestBudget } from "./request-budget";
import { runCheck } from "./office-check";
import type { ExcelRun } from "./excel-run";
import { clearMarks, selectCell } from "./marks";
import { addIndicators } from "./add-indicators";
import { EventSwitch } from "./events";

/** What the add-in is busy with, for the message that refuses a second change meanwhile. */
type Operation = "setup" | "refresh" | "check" | "clear" | "indicators";

/** Sources of derived tables are read only when a derived table must be built. */
function sourcesFor(present: string[], refresh: boolean): string[] {
  const has = (n: string) => present.some((p) => p.toLowerCase() === n.toLowerCase());
  return DERIVED_TABLES.filter((d) => refresh || !has(d.name))
    .flatMap((d) => d.sources)
    .filter((n) => TABLES_TO_READ.includes(n));
}

function statusOf(spec: WorkbookSpec, snapshot: WorkbookSnapshot, settings: PlanSettings, found: boolean, words: SetupWords): WorkbookStatus {
  return {
    settings: found ? settings : undefined,
    stages: stageStates(spec, stages(settings), snapshot, words),
    workbook: workbookState(spec, snapshot, words),
    notices: [],
  };
}

export interface OfficePlannerOptions {
  /** The most one request may carry (default 4 MB, under Excel on the web's 5 MB). */
  requestBudgetBytes?: number;
  /** The pane's language: notices, errors and progress are in it (default English). */
  language?: Language;
}

export function createOfficePlanner(run: ExcelRun, isSetSupported: (name: string, version: string) => boolean, options: OfficePlannerOptions = {}): PlannerService {
  const budgetBytes = options.requestBudgetBytes ?? REQUEST_BUDGET_BYTES;
  const caps: Capabilities = capabilitiesFrom(isSetSupported);
  const events = new EventSwitch(caps.pauseEvents);
  const words = setupWords(options.language, "pane");
  const { t } = words;
  // The plan's sheets in every language: which one a workbook speaks is read with them.
  const sheetNames = LANGUAGES.flatMap((language) => buildWorkbookSpec({ ...DEFAULT_SETTINGS, language }).sheets.map((s) => s.name));

  async function readStatus(): Promise<WorkbookStatus> {
    try {
      return await run(async (ctx) => {
        const { snapshot } = await readSnapshot(ctx, { sheetNames, eagerTables: ["tblSettings"], blockTables: () => [] });
        const { settings, found } = settingsFromSnapshot(snapshot);
        return statusOf(buildWorkbookSpec(settings), snapshot, settings, found, words);
      });
    } catch (e) {
      throw toPlannerError(e, words);
    }
  }

  async function setUp(request: SetupRequest, onProgress: (p: Progress) => void = () => undefined): Promise<SetupReport> {
    const problems = validateSettings(request.settings, t.language);
    if (problems.length) throw new PlannerError(problems.map((p) => p.message).join(" "), "InvalidSettings");
    return apply(onProgress, false, (snapshot) => {
      const language = setupLanguage(snapshot, request.settings.language);
      if (!language) throw new PlannerError(languageRefusal(snapshot.language, words), "InvalidWorkbook");
      const settings = { ...request.settings, language };
      return planSetup(buildWorkbookSpec(settings), snapshot, { stages: request.stages, capabilities: caps, settings, words });
    });
  }

  /** Settings come from the workbook itself: a refresh changes no setting. */
  async function refresh(tables?: string[], onProgress: (p: Progress) => void = () => undefined): Promise<SetupReport> {
    return apply(onProgress, true, (snapshot) => {
      const { settings } = settingsFromSnapshot(snapshot);
      if (!setupLanguage(snapshot)) throw new PlannerError(languageRefusal(snapshot.language, words), "InvalidWorkbook");
      const plan = planSetup(buildWorkbookSpec(settings), snapshot, { capabilities: caps, refreshDerived: true, refreshTables: tables, words });
      // A refresh rebuilds; it does not set up what is missing (that is set-up's job, with the user's settings).
      const rebuilt: string[] = plan.steps.flatMap((r) => (r.kind === "replaceTable" ? [r.table.name] : []));
      const rebuiltSheets = new Set(rebuilt.map((t) => findTable(snapshot, t)?.sheet.toLowerCase()));
      const keep = (s: SetupStep) =>
        s.kind === "replaceTable" ||
        (s.kind === "conditionalFormats" && rebuilt.includes(s.table)) ||
        // Charts are redrawn where a table they may draw from was rebuilt.
        (s.kind === "charts" && rebuiltSheets.has(s.sheet.toLowerCase()));
      return { ...plan, steps: plan.steps.filter(keep) };
    });
  }

  async function apply(onProgress: (p: Progress) => void, refreshing: boolean, makePlan: (snapshot: WorkbookSnapshot) => ReturnType<typeof planSetup>): Promise<SetupReport> {
    let syncs = 0;
    let result: { notices: SetupReport["notices"]; steps: number };
    try {
      result = await run((ctx) =>
        // The events setting is loaded with the first read sync and put back with the last write.
        events.around(ctx, async (pause) => {
          onProgress({ label: t("progress.readWorkbook"), fraction: 0.1 });
          const read = await readSnapshot(ctx, { sheetNames, eagerTables: ["tblSettings"], blockTables: (present) => sourcesFor(present, refreshing) });
          syncs += read.syncs;
          const plan = makePlan(read.snapshot);
          const budget = new RequestBudget(() => ctx.sync(), budgetBytes);
          const writer = new OfficeStepWriter(ctx, read.snapshot, caps, budget);
          if (plan.steps.length) pause.pause();
          if (caps.suspendCalculation) ctx.application.suspendApiCalculationUntilNextSync();
          for (const [i, step] of plan.steps.entries()) {
            onProgress({ label: t("progress.writing", { count: plan.steps.length }), fraction: 0.2 + (0.7 * i) / Math.max(1, plan.steps.length) });
            await writer.apply(step);
          }
          if (budget.pending || pause.paused) await pause.lastSync(() => budget.flush());
          syncs += budget.syncs;
          return { notices: plan.notices, steps: plan.steps.length };
        }),
      );
    } catch (e) {
      throw toPlannerError(e, words);
    }
    onProgress({ label: t("progress.verify"), fraction: 0.95 });
    const status = await readStatus();
    onProgress({ label: t("progress.done"), fraction: 1 });
    return { ...result, syncs, status };
  }

  /** The pane only ever sees PlannerErrors: readStatus and apply translate their own errors, the other calls here. */
  async function guarded<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (e) {
      throw toPlannerError(e, words);
    }
  }

  /**
   * One change to the workbook at a time from this pane (a double click that slipped through, a
   * second button pressed meanwhile): a second one is refused with a message rather than run
   * twice over the same cells. Another pane has a planner of its own, which this one cannot see.
   */
  let running: Operation | undefined;
  function exclusive<A extends unknown[], T>(what: Operation, work: (...args: A) => Promise<T>): (...args: A) => Promise<T> {
    return async (...args: A) => {
      if (running) throw new PlannerError(t("busy", { what: running }), "Busy");
      running = what;
      try {
        return await work(...args);
      } finally {
        running = undefined;
      }
    };
  }

  return {
    readStatus,
    setUp: exclusive("setup", setUp),
    refresh: exclusive("refresh", refresh),
    check: exclusive("check", (onProgress: (p: Progress) => void = () => undefined) => guarded(() => runCheck(run, caps.conditionalFormats, events, onProgress, budgetBytes, words))),
    clearMarks: exclusive("clear", async () => {
      // Marks are conditional formats (ExcelApi 1.6): an older Excel can neither make nor find them.
      if (!caps.conditionalFormats) throw new PlannerError(t("marksUnsupported"), "ApiNotFound");
      return guarded(() => run((ctx) => events.around(ctx, (pause) => clearMarks(ctx, pause, true, budgetBytes).then((c) => c.removed))));
    }),
    addIndicators: exclusive("indicators", (items: Parameters<PlannerService["addIndicators"]>[0]) => guarded(() => run((ctx) => events.around(ctx, (pause) => addIndicators(ctx, items, pause, words))))),
    select: (address) => guarded(() => run((ctx) => selectCell(ctx, address))),
  };
}
