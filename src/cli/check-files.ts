/** Runs the plan check over files and folders of .xlsx submissions, one result per file. */
import { readdirSync, readFileSync, statSync } from "fs";
import { join } from "path";
import { checkPlan, summarise, type PlanSummary } from "../model/check/check-plan";
import type { Finding } from "../model/check/plan-tables";
import { MAX_FILE_BYTES, PlanFileError, tooLargeMessage } from "../hosts/xlsx/plan-file-error";
import { readPlanFromPackage } from "../hosts/xlsx/package/read-plan";

export type FileCheck = { file: string; findings: Finding[]; summary: PlanSummary } | { file: string; error: string };

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
export async function checkBytes(file: string, bytes: Uint8Array): Promise<{ findings: Finding[]; summary: PlanSummary }> {
  const data = await readPlanFromPackage(file, bytes);
  const findings = checkPlan(data);
  return { findings, summary: summarise(data, findings) };
}

export async function checkFile(file: string): Promise<FileCheck> {
  try {
    const size = statSync(file).size;
    if (size > MAX_FILE_BYTES) throw new PlanFileError(file, tooLargeMessage(size));
    return { file, ...(await checkBytes(file, readFileSync(file))) };
  } catch (e) {
    if (e instanceof PlanFileError) return { file, error: e.message };
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return { file, error: `${file}: does not exist. Check the path.` };
    return { file, error: `${file}: could not be checked (${(e as Error).message}).` };
  }
}
