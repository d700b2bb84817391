/** One submission read for combining: its tables, or why it could not be read. */
import { readFileSync, statSync } from "fs";
import type { PlanTables } from "../model/check/plan-tables";
import { PlanFileError, refuseIfTooLarge } from "../hosts/xlsx/plan-file-error";
import { readPlanFromPackage } from "../hosts/xlsx/package/read-plan";

export type ReadSubmission = { file: string; data: PlanTables } | { file: string; reason: string };

/** The reason without the file name PlanFileError begins with: the Submissions table has it in File. */
function reasonOf(file: string, message: string): string {
  return message.startsWith(`${file}: `) ? message.slice(file.length + 2) : message;
}

/** The bytes are dropped once read: only the tables come back, so files are never held together. */
export async function readSubmission(file: string): Promise<ReadSubmission> {
  try {
    refuseIfTooLarge(file, statSync(file).size);
    return { file, data: await readPlanFromPackage(file, readFileSync(file)) };
  } catch (e) {
    if (e instanceof PlanFileError) return { file, reason: reasonOf(file, e.message) };
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return { file, reason: "does not exist. Check the path." };
    return { file, reason: `could not be read (${(e as Error).message.split("\n")[0]}).` };
  }
}
