/**
 * `mdplan export FILE --iati OUT.xml [--json OUT.json]`: the plan as an IATI 2.03 activity file.
 * Nothing is written unless the whole export can be: a missing setting is named with the cell or
 * row to fill, and the files are written through temporary files.
 */
import { resolve } from "path";
import { readPlanFromPackage } from "../hosts/xlsx/package/read-plan";
import { PlanFileError } from "../hosts/xlsx/plan-file-error";
import { readInputFile } from "./read-input";
import { buildIatiActivities, iatiJson, iatiSettingsProblems, iatiXml } from "../model/iati";
import { parseArgs, UsageError, type OptionSpec } from "./args";
import { writeFileAtomic } from "./write-file";
import type { CommandResult } from "./result";

export const EXPORT_OPTIONS: OptionSpec[] = [
  { name: "iati", valueName: "OUT.xml", help: "write the plan's actions as an IATI 2.03 activity file (required)" },
  { name: "json", valueName: "OUT.json", help: "also write the same content as JSON" },
];

export async function runExport(argv: string[], now = new Date()): Promise<CommandResult> {
  const { positional, options } = parseArgs(argv, EXPORT_OPTIONS);
  if (positional.length !== 1) throw new UsageError("export needs one FILE, e.g. mdplan export plan.xlsx --iati plan.xml");
  const out = options.iati;
  if (typeof out !== "string") throw new UsageError("export needs --iati OUT.xml, the IATI file to write");
  const json = options.json as string | undefined;
  const file = positional[0];
  // One mistyped argument must not replace the planner's workbook, or one output the other.
  // Windows and macOS name files without regard to case, by default.
  const fold = (p: string) => (process.platform === "win32" || process.platform === "darwin" ? resolve(p).toLowerCase() : resolve(p));
  const same = (a: string, b: string) => fold(a) === fold(b);
  if (same(out, file) || (json !== undefined && same(json, file))) throw new UsageError(`the output would replace ${file}: name another file for --iati and --json`);
  if (json !== undefined && same(json, out)) throw new UsageError("--iati and --json name the same file: give each its own");
  const bytes = readInputFile(file);
  const plan = await readPlanFromPackage(file, bytes);
  if (!plan.tables.tblActions) throw new PlanFileError(file, "holds no Plan of Action (table tblActions), so there is nothing to export. Run mdplan refresh on it to set the plan up, then fill in its actions.");
  const problems = iatiSettingsProblems(plan);
  if (problems.length) {
    const lines = [`mdplan: ${file}: not exported, nothing written. IATI needs ${problems.length === 1 ? "this setting" : "these settings"} in the Settings sheet:`];
    for (const p of problems) lines.push(`  ${p.where}  ${p.message}`);
    return { code: 1, out: lines };
  }
  const activities = buildIatiActivities(plan, { now });
  writeFileAtomic(out, Buffer.from(iatiXml(activities), "utf8"));
  if (json !== undefined) writeFileAtomic(json, Buffer.from(iatiJson(activities), "utf8"));
  const count = activities.activities.length;
  return { code: 0, out: [`Wrote ${out}${json !== undefined ? ` and ${json}` : ""}: ${count} IATI ${count === 1 ? "activity" : "activities"}, one per action of ${file}.`] };
}
