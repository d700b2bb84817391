/**
 * The Office host behind the task pane: reads the workbook's structure, asks the model what
 * to add, and applies it. Set-up takes at most three syncs (two reads, one write) plus one per
 * 4 MB block of writing, whatever the number of rows. Every batch that writes does so with the
 * add-in's events off (events.ts), at no extra sync.
 */
import { buildWorkbookSpec, stages } from "../../model/workbook";
import { capabilitiesFrom, type Capabilities } from "../../model/layout/capabilities";
import { planSetup, TABLES_TO_READ } from "../../model/layout/plan-setup";
import { settingsFromSnapshot, setupLanguage } from "../../model/layout/read-settings";
import { unknownLanguageMessage } from "../../model/layout/language-messages";
import { LANGUAGES } from "../../model/i18n/language";
import { stageStates, workbookState } from "../../model/layout/stage-status";
import { findTable, type WorkbookSnapshot } from "../../model/layout/snapshot";
import type { SetupStep } from "../../model/layout/steps";
import { DEFAULT_SETTINGS, validateSettings, type PlanSettings } from "../../model/settings";
import type { WorkbookSpec } from "../../model/spec/types";
import { OfficeStepWriter } from "./apply-steps";
import { toPlannerError } from "./errors";
import { PlannerError, type PlannerService, type Progress, type SetupReport, type SetupRequest, type WorkbookStatus } from "./planner-service";
import { readSnapshot } from "./read-snapshot";
import { DERIVED_TABLES } from "../../model/derived/registry";
import { REQUEST_BUDGET_BYTES, RequestBudget } from "./request-budget";
import { runCheck } from "./office-check";
import { clearMarks, selectCell } from "./marks";
import { addIndicators } from "./add-indicators";
import { EventSwitch } from "./events";

const MARKS_UNSUPPORTED =
  "This version of Excel cannot remove the check's marks: they are conditional formats, which it does not offer to add-ins (ExcelApi 1.6). Open the workbook in Excel 2019 or later, or Excel on the web, and press Clear marks there.";

export type ExcelRun = <T>(batch: (ctx: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Sources of derived tables are read only when a derived table must be built. */
function sourcesFor(present: string[], refresh: boolean): string[] {
  const has = (n: string) => present.some((p) => p.toLowerCase() === n.toLowerCase());
  return DERIVED_TABLES.filter((d) => refresh || !has(d.name))
    .flatMap((d) => d.sources)
    .filter((n) => TABLES_TO_READ.includes(n));
}

function statusOf(spec: WorkbookSpec, snapshot: WorkbookSnapshot, settings: PlanSettings, found: boolean): WorkbookStatus {
  return {
    settings: found ? settings : undefined,
    stages: stageStates(spec, stages(settings), snapshot),
    workbook: workbookState(spec, snapshot),
    notices: [],
  };
}

export interface OfficePlannerOptions {
  /** The most one request may carry (default 4 MB, under Excel on the web's 5 MB). */
  requestBudgetBytes?: number;
}

export function createOfficePlanner(run: ExcelRun, isSetSupported: (name: string, version: string) => boolean, options: OfficePlannerOptions = {}): PlannerService {
  const budgetBytes = options.requestBudgetBytes ?? REQUEST_BUDGET_BYTES;
  const caps: Capabilities = capabilitiesFrom(isSetSupported);
  const events = new EventSwitch(caps.pauseEvents);
  // The plan's sheets in every language: which one a workbook speaks is read with them.
  const sheetNames = LANGUAGES.flatMap((language) => buildWorkbookSpec({ ...DEFAULT_SETTINGS, language }).sheets.map((s) => s.name));

  async function readStatus(): Promise<WorkbookStatus> {
    try {
      return await run(async (ctx) => {
        const { snapshot } = await readSnapshot(ctx, { sheetNames, eagerTables: ["tblSettings"], blockTables: () => [] });
        const { settings, found } = settingsFromSnapshot(snapshot);
        return statusOf(buildWorkbookSpec(settings), snapshot, settings, found);
      });
    } catch (e) {
      throw toPlannerError(e);
    }
  }

  async function setUp(request: SetupRequest, onProgress: (p: Progress) => void = () => undefined): Promise<SetupReport> {
    const problems = validateSettings(request.settings);
    if (problems.length) throw new PlannerError(problems.map((p) => p.message).join(" "), "InvalidSettings");
    return apply(onProgress, false, (snapshot) => {
      const language = setupLanguage(snapshot, request.settings.language);
      if (!language) throw new PlannerError(`The workbook was not changed: ${unknownLanguageMessage(snapshot.language)}.`, "InvalidWorkbook");
      const settings = { ...request.settings, language };
      return planSetup(buildWorkbookSpec(settings), snapshot, { stages: request.stages, capabilities: caps, settings });
    });
  }

  /** Settings come from the workbook itself: a refresh changes no setting. */
  async function refresh(tables?: string[], onProgress: (p: Progress) => void = () => undefined): Promise<SetupReport> {
    return apply(onProgress, true, (snapshot) => {
      const { settings } = settingsFromSnapshot(snapshot);
      if (!setupLanguage(snapshot)) throw new PlannerError(`The workbook was not changed: ${unknownLanguageMessage(snapshot.language)}.`, "InvalidWorkbook");
      const plan = planSetup(buildWorkbookSpec(settings), snapshot, { capabilities: caps, refreshDerived: true, refreshTables: tables });
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
          onProgress({ label: "Reading the workbook", fraction: 0.1 });
          const read = await readSnapshot(ctx, { sheetNames, eagerTables: ["tblSettings"], blockTables: (present) => sourcesFor(present, refreshing) });
          syncs += read.syncs;
          const plan = makePlan(read.snapshot);
          const budget = new RequestBudget(() => ctx.sync(), budgetBytes);
          const writer = new OfficeStepWriter(ctx, read.snapshot, caps, budget);
          if (plan.steps.length) pause.pause();
          if (caps.suspendCalculation) ctx.application.suspendApiCalculationUntilNextSync();
          for (const [i, step] of plan.steps.entries()) {
            onProgress({ label: `Writing ${plan.steps.length} changes`, fraction: 0.2 + (0.7 * i) / Math.max(1, plan.steps.length) });
            await writer.apply(step);
          }
          if (budget.pending || pause.paused) await pause.lastSync(() => budget.flush());
          syncs += budget.syncs;
          return { notices: plan.notices, steps: plan.steps.length };
        }),
      );
    } catch (e) {
      throw toPlannerError(e);
    }
    onProgress({ label: "Checking the result", fraction: 0.95 });
    const status = await readStatus();
    onProgress({ label: "Done", fraction: 1 });
    return { ...result, syncs, status };
  }

  /** Every Office call goes through here, so the pane only ever sees PlannerErrors. */
  async function guarded<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (e) {
      throw toPlannerError(e);
    }
  }

  /**
   * One change to the workbook at a time, whoever asks (two panes, a double click that slipped
   * through): a second one is refused with a message rather than run twice over the same cells.
   */
  let running: string | undefined;
  function exclusive<A extends unknown[], T>(what: string, work: (...args: A) => Promise<T>): (...args: A) => Promise<T> {
    return async (...args: A) => {
      if (running) throw new PlannerError(`The add-in is still busy (${running}). Wait for it to finish, then try again.`, "Busy");
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
    setUp: exclusive("setting up the workbook", setUp),
    refresh: exclusive("rebuilding tables", refresh),
    check: exclusive("checking the plan", (onProgress: (p: Progress) => void = () => undefined) => guarded(() => runCheck(run, caps.conditionalFormats, events, onProgress, budgetBytes))),
    clearMarks: exclusive("clearing marks", async () => {
      // Marks are conditional formats (ExcelApi 1.6): an older Excel can neither make nor find them.
      if (!caps.conditionalFormats) throw new PlannerError(MARKS_UNSUPPORTED, "ApiNotFound");
      return guarded(() => run((ctx) => events.around(ctx, (pause) => clearMarks(ctx, pause, true, budgetBytes).then((c) => c.removed))));
    }),
    addIndicators: exclusive("adding indicators", (items: Parameters<PlannerService["addIndicators"]>[0]) => guarded(() => run((ctx) => events.around(ctx, (pause) => addIndicators(ctx, items, pause))))),
    select: (address) => guarded(() => run((ctx) => selectCell(ctx, address))),
  };
}
