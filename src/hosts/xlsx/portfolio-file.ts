/**
 * The portfolio workbook (mdplan combine), written through the plan's own path: set-up steps on
 * an empty workbook, cached results, then charts, so its tables, formats, formulas and charts are
 * written as a plan's are.
 */
import ExcelJS from "exceljs";
import { EMPTY_SNAPSHOT } from "../../model/layout/snapshot";
import { planSetup } from "../../model/layout/plan-setup";
import type { WorkbookSpec } from "../../model/spec/types";
import { applySteps } from "./apply-steps";
import { cacheResults, save, type FileResult } from "./plan-file";

export async function newPortfolioWorkbook(spec: WorkbookSpec, title: string): Promise<FileResult> {
  const plan = planSetup(spec, EMPTY_SNAPSHOT);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "M&D Planner";
  workbook.title = title;
  const applied = applySteps(workbook, plan.steps, EMPTY_SNAPSHOT);
  const cached = cacheResults(workbook, {});
  const bytes = await save(workbook, { ...applied, keepNames: [] });
  return { bytes, notices: plan.notices, steps: plan.steps.length, cached };
}
