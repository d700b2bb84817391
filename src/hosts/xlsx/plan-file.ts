/**
 * The .xlsx host: new plan workbooks and set-up re-runs on existing files, through the same
 * model steps the Office host applies.
 */
import ExcelJS from "exceljs";
import { buildWorkbookSpec, type PlanData } from "../../model/workbook";
import { planSetup } from "../../model/layout/plan-setup";
import { EMPTY_SNAPSHOT, snapshotLanguage, type WorkbookSnapshot } from "../../model/layout/snapshot";
import { settingsFromSnapshot } from "../../model/layout/read-settings";
import type { Notice } from "../../model/layout/steps";
import { DEFAULT_SETTINGS, type PlanSettings } from "../../model/settings";
import { TABLE_NAMES } from "../../model/contract";
import { applySteps } from "./apply-steps";
import { applyFixups, constantNameValue, isSheetScoped, rawNameText, type Fixups, type RawName } from "./package-fixups";
import { CONTRACT_VERSION_NAME, LANGUAGE_NAME } from "../../model/settings";
import { LANGUAGES } from "../../model/i18n/language";
import { addCharts, writeChartParts } from "./charts/package-charts";
import { graftPlan, GraftRefusal } from "./graft/graft-plan";
import { removePlanCharts } from "./graft/old-charts";
import { damagedMessage, PlanFileError } from "./plan-file-error";
import { unknownLanguageMessage } from "../../model/layout/language-messages";
import { setupWords } from "../../model/layout/setup-words";
import type { SheetCharts } from "./charts/resolve";
import { openWorkbook } from "./read-workbook";
import { readSnapshot } from "./snapshot";
import { writeCachedResults } from "./cached-results";
import type { NameSpec } from "../../model/spec/types";

export interface FileResult {
  bytes: Uint8Array;
  notices: Notice[];
  steps: number;
  /** Cached results: formulas given a value, those left without, and the time it took (for the bench). */
  cached?: CachedFigures;
}

export interface CachedFigures {
  computed: number;
  notKnown: number;
  ms: number;
}

export function cacheResults(workbook: ExcelJS.Workbook, options: Parameters<typeof writeCachedResults>[1]): CachedFigures {
  const t = performance.now();
  const r = writeCachedResults(workbook, options);
  return { computed: r.computed, notKnown: r.unknown.length, ms: performance.now() - t };
}

/** Names exceljs does not hold, for the evaluator: constants and structured references, the user's own. */
function namesBeside(constants: NameSpec[], kept: RawName[]) {
  return [
    ...constants.map((n) => ({ name: n.name, formula: n.refersTo.replace(/^=/, "") })),
    // A sheet's own names are left out: formulas reading them get no cached value.
    ...kept.filter((n) => !isSheetScoped(n)).map((n) => ({ name: n.name, formula: rawNameText(n) })),
  ];
}

/** The package exceljs writes, with what it cannot express put in; no charts yet. */
async function saveWithoutCharts(workbook: ExcelJS.Workbook, fix: Fixups): Promise<Uint8Array> {
  // Cached results are written where known, but Excel and LibreOffice still recompute everything on opening.
  workbook.calcProperties.fullCalcOnLoad = true;
  return applyFixups(new Uint8Array(await workbook.xlsx.writeBuffer()), fix);
}

export async function save(workbook: ExcelJS.Workbook, fix: Fixups & { charts: SheetCharts[] }): Promise<Uint8Array> {
  // charts: exceljs writes none, so their parts go into the package in a second pass.
  return addCharts(await saveWithoutCharts(workbook, fix), fix.charts);
}

/**
 * The sheets the plan may write: its sheets that are new, empty, or hold one of its tables. A
 * user's own sheet that happens to bear a plan sheet's name (a "lists" sheet) is left alone, as
 * the model leaves it.
 */
function ownedSheets(names: string[], snapshot: WorkbookSnapshot): string[] {
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  const planTables = [...TABLE_NAMES, "tblSettings"];
  const holdingTables = snapshot.tables.filter((t) => planTables.some((n) => same(n, t.name))).map((t) => t.sheet);
  const own = names.filter((name) => {
    const existing = snapshot.sheets.find((s) => same(s.name, name));
    return !existing || existing.used === null || holdingTables.some((s) => same(s, name));
  });
  // A plan table the user moved to a sheet of their own is still the plan's to refresh there.
  return [...own, ...holdingTables.filter((s) => !own.some((o) => same(o, s)))];
}

/** A new plan workbook; `data` fills the tables (the sample plan). */
export async function newPlanWorkbook(settings: PlanSettings, data: PlanData = {}): Promise<FileResult> {
  const spec = buildWorkbookSpec(settings, data);
  // mdplan speaks to its user in the workbook's language, as its check does.
  const plan = planSetup(spec, EMPTY_SNAPSHOT, { words: setupWords(settings.language) });
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "M&D Planner";
  workbook.title = settings.title;
  const applied = applySteps(workbook, plan.steps, EMPTY_SNAPSHOT);
  const cached = cacheResults(workbook, { extraNames: namesBeside(applied.constantNames, []) });
  const bytes = await save(workbook, { ...applied, keepNames: [] });
  return { bytes, notices: plan.notices, steps: plan.steps.length, cached };
}

/**
 * Brings an existing file's layout up to date and rebuilds its derived tables. Settings come
 * from the file itself; nothing a user typed is rewritten.
 */
export async function refreshPlanWorkbook(file: string, bytes: Uint8Array): Promise<FileResult> {
  // The plan's sheets in any language: the file's own is known only once its names are read.
  const planSheets = LANGUAGES.flatMap((language) => buildWorkbookSpec({ ...DEFAULT_SETTINGS, language }).sheets.map((s) => s.name.toLowerCase()));
  const planTables = [...TABLE_NAMES, "tblSettings"].map((t) => t.toLowerCase());
  // exceljs sees whole only the sheets the plan may write: its own, and any holding one of its tables.
  const keepSheet = (sheet: string, tables: string[]) => planSheets.includes(sheet.toLowerCase()) || tables.some((t) => planTables.includes(t.toLowerCase()));
  const unloaded: string[] = [];
  const { workbook, rawNames, columnExtras } = await openWorkbook(file, bytes, {
    keepSheet: (sheet, tables) => keepSheet(sheet, tables) || (unloaded.push(sheet), false),
  });
  const snapshot = {
    ...readSnapshot(workbook, rawNames.map((n) => n.name)),
    contractVersion: constantNameValue(rawNames, CONTRACT_VERSION_NAME),
    language: constantNameValue(rawNames, LANGUAGE_NAME),
  };
  const language = snapshotLanguage(snapshot);
  if (!language) {
    throw new PlanFileError(file, `was not refreshed, and is unchanged: ${unknownLanguageMessage(snapshot.language, setupWords())}.`);
  }
  const settings = { ...settingsFromSnapshot(snapshot).settings, language };
  const spec = buildWorkbookSpec(settings);
  const plan = planSetup(spec, snapshot, { refreshDerived: true, words: setupWords(language) });
  // Nothing to do (a workbook of a newer contract): the file stays byte for byte as it came.
  if (!plan.steps.length) return { bytes, notices: plan.notices, steps: 0 };
  const applied = applySteps(workbook, plan.steps, snapshot);
  const replaced = new Set(applied.replacedNames.map((n) => n.toLowerCase()));
  const keepNames = rawNames.filter((n) => !replaced.has(n.name.toLowerCase()));
  const owned = ownedSheets(spec.sheets.map((s) => s.name), snapshot);
  const cached = cacheResults(workbook, { sheets: owned, unloaded, extraNames: namesBeside(applied.constantNames, keepNames) });
  const planned = await saveWithoutCharts(workbook, { ...applied, keepNames, columnExtras });
  // Only the plan's sheets and names come from exceljs's package; the user's parts stay as they were.
  const specCharts = spec.sheets.flatMap((s) => s.charts ?? []);
  const chartIds = { names: specCharts.map((c) => c.name), titles: specCharts.map((c) => c.title) };
  let grafted;
  try {
    grafted = await graftPlan({ original: bytes, planned, ownedSheets: owned, planNames: [...spec.names.map((n) => n.name), ...applied.replacedNames] });
  } catch (e) {
    if (e instanceof GraftRefusal) throw new PlanFileError(file, `was not refreshed, and is unchanged: ${e.message}.`);
    // A part of the user's that cannot be parsed is the file's fault; a TypeError is ours, and
    // reaches the command line's "unexpected failure, please report it".
    if (e instanceof TypeError) throw e;
    throw new PlanFileError(file, damagedMessage((e as Error).message.split("\n")[0]));
  }
  const typesFile = grafted.zip.file(/^\[Content_Types\]\.xml$/i)[0];
  let types = await typesFile.async("string");
  for (const sheet of grafted.existingOwned) {
    const part = grafted.sheetParts.get(sheet.toLowerCase());
    if (part) types = await removePlanCharts(grafted.zip, part, chartIds, types);
  }
  grafted.zip.file(typesFile.name, types);
  await writeChartParts(grafted.zip, applied.charts, grafted.sheetParts);
  const out = await grafted.zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  return { bytes: out, notices: plan.notices, steps: plan.steps.length, cached };
}
