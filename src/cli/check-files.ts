/** Runs the plan check over files and folders of .xlsx submissions, one result per file. */
import { readdirSync, readFileSync, statSync } from "fs";
import { join } from "path";
import { checkPlan, findingsLanguage, summarise, type PlanSummary } from "../model/check/check-plan";
import { reportWords } from "../model/i18n/cli-report/words";
import type { Language } from "../model/i18n/language";
import type { Finding } from "../model/check/plan-tables";
import { PlanFileError, refuseIfTooLarge } from "../hosts/xlsx/plan-file-error";
import { readPlanFromPackage } from "../hosts/xlsx/package/read-plan";

/** language: the findings' (the workbook's own unless one was asked for). */
export type FileCheck = { file: string; findings: Finding[]; summary: PlanSummary; language: Language } | { file: string; error: string };

/** Files named, and the .xlsx and .xlsm files inside folders named (not recursive; Excel's ~$ lock files skipped). */
export function expandPaths(paths: string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  for (const p of paths) {
    let isDir = false;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      missing.push(p);
      continue;
    }
    if (!isDir) files.push(p);
    else
      readdirSync(p)
        .filter((f) => /\.xls[xm]$/i.test(f) && !f.startsWith("~$"))
        .sort()
        .forEach((f) => files.push(join(p, f)));
  }
  return { files, missing };
}

/** The check of one workbook's bytes; a file that cannot be read throws its PlanFileError. */
export async function checkBytes(file: string, bytes: Uint8Array, asked?: Language): Promise<{ findings: Finding[]; summary: PlanSummary; language: Language }> {
  const data = await readPlanFromPackage(file, bytes);
  const language = findingsLanguage(data, asked);
  const findings = checkPlan(data, language);
  return { findings, summary: summarise(data, findings), language };
}

/**
 * The check of one file, its findings in the language asked or else the workbook's own. Why a file
 * was not checked is said in the language asked, else English, as the report around it is.
 */
export async function checkFile(file: string, language?: Language): Promise<FileCheck> {
  try {
    refuseIfTooLarge(file, statSync(file).size);
    return { file, ...(await checkBytes(file, readFileSync(file), language)) };
  } catch (e) {
    if (e instanceof PlanFileError) return { file, error: e.message };
    const t = reportWords(language).t;
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return { file, error: t("error.missing", { file }) };
    return { file, error: t("error.unexpected", { file, reason: (e as Error).message }) };
  }
}
