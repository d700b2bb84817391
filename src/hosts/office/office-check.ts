/** The plan check in Excel: read the tables, run the model's rules, mark the cells at fault. */
import { checkPlan, summarise } from "../../model/check/check-plan";
import { clearMarks, markCells } from "./marks";
import type { CheckReport, Progress } from "./planner-service";
import { readPlanTables } from "./read-plan-tables";
import { RequestBudget } from "./request-budget";
import type { ExcelRun } from "./office-planner";

export async function runCheck(run: ExcelRun, marksSupported: boolean, onProgress: (p: Progress) => void): Promise<CheckReport> {
  return run(async (ctx) => {
    onProgress({ label: "Reading the plan's tables", fraction: 0.1 });
    const { data, syncs } = await readPlanTables(ctx);
    onProgress({ label: "Checking", fraction: 0.5 });
    const findings = checkPlan(data);
    let marked = 0;
    if (marksSupported) {
      onProgress({ label: "Marking the cells at fault", fraction: 0.7 });
      await clearMarks(ctx);
      const budget = new RequestBudget(() => ctx.sync());
      marked = await markCells(ctx, findings.map((f) => f.cell).filter((c): c is string => Boolean(c)), budget);
      if (budget.pending) await budget.flush();
    }
    onProgress({ label: "Done", fraction: 1 });
    return { findings, summary: summarise(data, findings), readSyncs: syncs, marked };
  });
}
