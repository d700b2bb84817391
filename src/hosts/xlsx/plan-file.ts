/**
 * The .xlsx host: new plan workbooks and set-up re-runs on existing files, through the same
 * model steps the Office host applies.
 */
import ExcelJS from "exceljs";
import { buildWorkbookSpec, type PlanData } from "../../model/workbook";
import { planSetup } from "../../model/layout/plan-setup";
import { EMPTY_SNAPSHOT } from "../../model/layout/snapshot";
import { settingsFromSnapshot } from "../../model/layout/read-settings";
import type { Notice } from "../../model/layout/steps";
import type { PlanSettings } from "../../model/settings";
import { applySteps } from "./apply-steps";
import { applyFixups, constantNameValue, type Fixups } from "./package-fixups";
import { CONTRACT_VERSION_NAME } from "../../model/settings";
import { addCharts } from "./charts/package-charts";
import type { SheetCharts } from "./charts/resolve";
import { openWorkbook } from "./read-workbook";
import { readSnapshot } from "./snapshot";

export interface FileResult {
  bytes: Uint8Array;
  notices: Notice[];
  steps: number;
}

async function save(workbook: ExcelJS.Workbook, fix: Fixups & { charts: SheetCharts[] }): Promise<Uint8Array> {
  // Files from exceljs carry no computed values: make Excel compute everything on opening.
  workbook.calcProperties.fullCalcOnLoad = true;
  const raw = new Uint8Array(await workbook.xlsx.writeBuffer());
  // charts: exceljs writes none, so their parts go into the package in a second pass.
  return addCharts(await applyFixups(raw, fix), fix.charts);
}

/** A new plan workbook; `data` fills the tables (the sample plan). */
export async function newPlanWorkbook(settings: PlanSettings, data: PlanData = {}): Promise<FileResult> {
  const spec = buildWorkbookSpec(settings, data);
  const plan = planSetup(spec, EMPTY_SNAPSHOT);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "M&D Planner";
  workbook.title = settings.title;
  const applied = applySteps(workbook, plan.steps, EMPTY_SNAPSHOT);
  const bytes = await save(workbook, { ...applied, keepNames: [] });
  return { bytes, notices: plan.notices, steps: plan.steps.length };
}

/**
 * Brings an existing file's layout up to date and rebuilds its derived tables. Settings come
 * from the file itself; nothing a user typed is rewritten.
 */
export async function refreshPlanWorkbook(file: string, bytes: Uint8Array): Promise<FileResult> {
  const { workbook, rawNames, columnExtras } = await openWorkbook(file, bytes);
  const snapshot = { ...readSnapshot(workbook, rawNames.map((n) => n.name)), contractVersion: constantNameValue(rawNames, CONTRACT_VERSION_NAME) };
  const { settings } = settingsFromSnapshot(snapshot);
  const spec = buildWorkbookSpec(settings);
  const plan = planSetup(spec, snapshot, { refreshDerived: true });
  // Nothing to do (a workbook of a newer contract): the file stays byte for byte as it came.
  if (!plan.steps.length) return { bytes, notices: plan.notices, steps: 0 };
  const applied = applySteps(workbook, plan.steps, snapshot);
  const replaced = new Set(applied.replacedNames.map((n) => n.toLowerCase()));
  const out = await save(workbook, { ...applied, keepNames: rawNames.filter((n) => !replaced.has(n.name.toLowerCase())), columnExtras });
  return { bytes: out, notices: plan.notices, steps: plan.steps.length };
}
