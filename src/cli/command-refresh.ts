/** `mdplan refresh FILE`: brings a file's layout up to date and rebuilds the matrix and dashboard. */
import { existsSync } from "fs";
import { basename, dirname, join } from "path";
import { refreshPlanWorkbook } from "../hosts/xlsx/plan-file";
import { PlanFileError } from "../hosts/xlsx/plan-file-error";
import { readInputFile } from "./read-input";
import { parseArgs, UsageError, type OptionSpec } from "./args";
import { writeFileAtomic } from "./write-file";
import type { CommandResult } from "./result";

export const REFRESH_OPTIONS: OptionSpec[] = [
  { name: "output", valueName: "FILE", help: "write the result here instead of replacing FILE" },
  { name: "force", flag: true, help: "write even though the workbook seems open in Excel" },
];

/**
 * Excel keeps an owner file `~$name.xlsx` beside a workbook while it is open (Windows and Mac;
 * the first two characters of the name may be replaced). Writing under an open workbook means
 * the user's next save in Excel overwrites the refresh, or the refresh their unsaved work.
 */
export function ownerFileOf(file: string): string | undefined {
  const dir = dirname(file);
  const name = basename(file);
  const candidates = [`~$${name}`, name.length > 2 ? `~$${name.slice(2)}` : undefined].filter((c): c is string => Boolean(c));
  return candidates.map((c) => join(dir, c)).find((c) => existsSync(c));
}

export async function runRefresh(argv: string[]): Promise<CommandResult> {
  const { positional, options } = parseArgs(argv, REFRESH_OPTIONS);
  if (positional.length !== 1) throw new UsageError("refresh needs one FILE, e.g. mdplan refresh plan.xlsx");
  const file = positional[0];
  const bytes = readInputFile(file);
  const target = (options.output as string | undefined) ?? file;
  const owner = ownerFileOf(target);
  if (owner && !options.force) {
    throw new PlanFileError(file, `seems to be open in Excel (${owner} is beside it), so nothing was written. Save and close it in Excel, then run mdplan refresh again; or pass --force if it is not open.`);
  }
  const result = await refreshPlanWorkbook(file, bytes);
  writeFileAtomic(target, result.bytes);
  const lines = [`Refreshed ${file}${target !== file ? ` into ${target}` : ""}.`];
  for (const n of result.notices) lines.push(`${n.level}: ${n.sheet ? `[${n.sheet}] ` : ""}${n.message}`);
  const failed = result.notices.some((n) => n.level === "error");
  return { code: failed ? 1 : 0, out: lines };
}
