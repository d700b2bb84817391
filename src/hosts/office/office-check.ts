/** The plan check in Excel: read the tables, run the model's rules, mark the cells at fault. */
import { checkPlan, summarise } from "../../model/check/check-plan";
import type { EventSwitch } from "./events";
import { clearMarks, markableCells, markCells, splitByProtection } from "./marks";
import type { CheckReport, Progress } from "../../service/planner-service";
import { readPlanTables } from "./read-plan-tables";
import { RequestBudget } from "./request-budget";
import type { ExcelRun } from "./excel-run";
import type { SetupWords } from "../../model/layout/setup-words";

/**
 * Earlier marks are cleared and new ones made with the add-in's events off; they come back on
 * with the last sync that writes (the deletion when there is nothing to mark).
 */
export async function runCheck(run: ExcelRun, marksSupported: boolean, events: EventSwitch, onProgress: (p: Progress) => void, budgetBytes: number, { t }: SetupWords): Promise<CheckReport> {
  return run((ctx) =>
    events.around(ctx, async (pause) => {
      onProgress({ label: t("progress.readTables"), fraction: 0.1 });
      const { data, syncs } = await readPlanTables(ctx);
      onProgress({ label: t("progress.checking"), fraction: 0.5 });
      const findings = checkPlan(data, undefined, "pane");
      let marked = 0;
      let unmarkedSheets: string[] = [];
      if (marksSupported) {
        onProgress({ label: t("progress.marking"), fraction: 0.7 });
        const cells = markableCells(findings.map((f) => f.cell).filter((c): c is string => Boolean(c)));
        // Whether anything will be marked is known only once protection is read; a deletion that
        // turns out to be the last write leaves events for the final sync below to restore.
        const cleared = await clearMarks(ctx, pause, cells.length === 0, budgetBytes);
        const { markable, skippedSheets } = splitByProtection(cells, cleared.protectedSheets);
        unmarkedSheets = skippedSheets;
        const budget = new RequestBudget(() => ctx.sync(), budgetBytes);
        marked = await markCells(ctx, markable, budget, pause);
        if (budget.pending || pause.paused) await pause.lastSync(() => budget.flush());
      }
      onProgress({ label: t("progress.done"), fraction: 1 });
      return { findings, summary: summarise(data, findings), readSyncs: syncs, marked, unmarkedSheets };
    }),
  );
}
