/** mdplan: the command line tool. Exit codes: 0 done, 1 the file could not be processed, 2 usage. */
import { readFileSync } from "fs";
import { join } from "path";
import { formatOptions, UsageError } from "./args";
import { NEW_OPTIONS, runNew } from "./command-new";
import { REFRESH_OPTIONS, runRefresh } from "./command-refresh";
import { CHECK_OPTIONS, runCheck } from "./command-check";
import { EXPORT_OPTIONS, runExport } from "./command-export";
import { COMBINE_OPTIONS, runCombine } from "./command-combine";
import { PlanFileError } from "../hosts/xlsx/plan-file-error";
import type { CommandResult } from "./result";

/** package.json's: the sources (src/cli) and the built tool (lib/cli) both sit two folders below it. */
const VERSION = (JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")) as { version: string }).version;

export const HELP = `mdplan ${VERSION}: M&D Planner workbooks without Excel

Usage:
  mdplan new FILE [options]      write a new plan workbook (.xlsx) with a sheet per stage
  mdplan refresh FILE [options]  bring FILE's layout up to date (missing sheets, tables,
                                 columns, lists, formats) and rebuild the capacity matrix
                                 and the dashboard; nothing typed is changed
  mdplan check PATH... [options] check plan workbooks (files, or folders of .xlsx files):
                                 Plan of Action against the priority goals, IDs, dates,
                                 budgets, references between tables
  mdplan export FILE --iati OUT.xml [--json OUT.json]
                                 write FILE's actions as an IATI 2.03 activity file
                                 (needs the IATI settings in its Settings sheet)
  mdplan combine PATH... --out FILE [--csv DIR]
                                 stack many plan workbooks into one portfolio of tables
                                 (submissions, goals, actions, funding, indicators,
                                 risks...) with totals by country and GCM objective
  mdplan help [COMMAND]          show this help, or a command's options
  mdplan --version               print the version

Examples:
  mdplan new plan.xlsx --country "Name" --title "National Plan" --start 2026 --end 2030 --currency USD
  mdplan new sample.xlsx --sample
  mdplan refresh plan.xlsx
  mdplan check submissions/ --report report.html
  mdplan combine submissions/ --out portfolio.xlsx --csv portfolio-csv/
  mdplan export plan.xlsx --iati plan-iati.xml --json plan-iati.json

Options of new:
${formatOptions(NEW_OPTIONS)}

Options of refresh:
${formatOptions(REFRESH_OPTIONS)}

Options of check:
${formatOptions(CHECK_OPTIONS)}

Options of export:
${formatOptions(EXPORT_OPTIONS)}

Options of combine:
${formatOptions(COMBINE_OPTIONS)}

Exit codes: new and refresh: 0 done, 1 the file could not be read or a problem remains,
2 wrong usage. export: 0 written, 1 not written (the message says why), 2 wrong usage.
check: 0 no file has an error, 1 a file has errors, 2 an input could not be
read (the others are still checked) or wrong usage. combine: 0 written, 2 written but an
input could not be read (the Submissions table says why) or wrong usage, 1 not written.`;

export async function main(argv: string[]): Promise<CommandResult> {
  const [command, ...rest] = argv;
  try {
    if (!command || command === "--help" || command === "-h" || command === "help") return { code: 0, out: [HELP] };
    if (command === "--version") return { code: 0, out: [VERSION] };
    if (rest.includes("--help") || rest.includes("-h")) return { code: 0, out: [HELP] };
    if (command === "new") return await runNew(rest);
    if (command === "refresh") return await runRefresh(rest);
    if (command === "check") return await runCheck(rest);
    if (command === "combine") return await runCombine(rest);
    if (command === "export") return await runExport(rest);
    throw new UsageError(`unknown command "${command}" (commands: new, refresh, check, export, combine, help)`);
  } catch (e) {
    if (e instanceof UsageError) return { code: 2, out: [`mdplan: ${e.message}. See mdplan --help.`] };
    if (e instanceof PlanFileError) return { code: 1, out: [`mdplan: ${e.message}`] };
    return { code: 1, out: [`mdplan: unexpected failure: ${(e as Error).message}. Please report it with the file that caused it.`] };
  }
}
