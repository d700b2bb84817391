/** `mdplan check PATH... [--json] [--report FILE] [--language en|fr|es]`: the plan check for donors' batches. */
import { writeFileSync } from "fs";
import { reportWords } from "../model/i18n/cli-report/words";
import { DEFAULT_LANGUAGE, isLanguage, LANGUAGES } from "../model/i18n/language";
import { parseArgs, UsageError, type OptionSpec } from "./args";
import { checkFile, expandPaths, type FileCheck } from "./check-files";
import { htmlReport } from "./check-html";
import { jsonReport, textReport } from "./check-output";
import type { CommandResult } from "./result";

export const CHECK_OPTIONS: OptionSpec[] = [
  { name: "json", flag: true, help: "print findings as JSON (an object for one file, an array for several)" },
  { name: "report", valueName: "FILE", help: "also write a self-contained HTML report" },
  { name: "language", valueName: "LANG", help: `the findings' and the report's language (${LANGUAGES.join(", ")}); unless given, each workbook's own and English` },
];

export async function runCheck(argv: string[]): Promise<CommandResult> {
  const { positional, options } = parseArgs(argv, CHECK_OPTIONS);
  if (!positional.length) throw new UsageError("check needs at least one PATH (a .xlsx file or a folder of them)");
  const asked = options.language === undefined ? undefined : String(options.language).toLowerCase();
  // One language for a whole batch, for a reader who reads many countries' plans.
  if (asked !== undefined && !isLanguage(asked)) throw new UsageError(`--language must be one of ${LANGUAGES.join(", ")} (got "${String(options.language)}")`);
  const { files, missing } = expandPaths(positional);
  // The report's words: English unless asked, whatever the workbooks speak, so a script reading it gets the same words from any batch.
  const language = asked ?? DEFAULT_LANGUAGE;
  const results: FileCheck[] = missing.map((file) => ({ file, error: reportWords(language).t("error.missing", { file }) }));
  for (const file of files) results.push(await checkFile(file, asked));
  if (!results.length) throw new UsageError(`no .xlsx or .xlsm files in ${positional.join(", ")}`);
  if (typeof options.report === "string") writeFileSync(options.report, htmlReport(results, new Date(), language));
  const unreadable = results.some((r) => "error" in r);
  const failing = results.some((r) => !("error" in r) && r.summary.errors > 0);
  const out = options.json ? [jsonReport(results)] : textReport(results, language);
  return { code: unreadable ? 2 : failing ? 1 : 0, out, report: true };
}
