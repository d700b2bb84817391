/** `mdplan refresh FILE`: brings a file's layout up to date and rebuilds the matrix and dashboard. */
import { readFileSync, statSync } from "fs";
import { refreshPlanWorkbook } from "../hosts/xlsx/plan-file";
import { MAX_FILE_BYTES, PlanFileError, tooLargeMessage } from "../hosts/xlsx/read-workbook";
import { parseArgs, UsageError, type OptionSpec } from "./args";
import { writeFileAtomic } from "./write-file";
import type { CommandResult } from "./result";

export const REFRESH_OPTIONS: OptionSpec[] = [
  { name: "output", valueName: "FILE", help: "write the result here instead of replacing FILE" },
];

export async function runRefresh(argv: string[]): Promise<CommandResult> {
  const { positional, options } = parseArgs(argv, REFRESH_OPTIONS);
  if (positional.length !== 1) throw new UsageError("refresh needs one FILE, e.g. mdplan refresh plan.xlsx");
  const file = positional[0];
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new PlanFileError(file, "does not exist or cannot be read. Check the path.");
  }
  if (size > MAX_FILE_BYTES) throw new PlanFileError(file, tooLargeMessage(size));
  const result = await refreshPlanWorkbook(file, readFileSync(file));
  const target = (options.output as string | undefined) ?? file;
  writeFileAtomic(target, result.bytes);
  const lines = [`Refreshed ${file}${target !== file ? ` into ${target}` : ""}.`];
  for (const n of result.notices) lines.push(`${n.level}: ${n.sheet ? `[${n.sheet}] ` : ""}${n.message}`);
  const failed = result.notices.some((n) => n.level === "error");
  return { code: failed ? 1 : 0, out: lines };
}
