/** `mdplan new FILE`: writes a new plan workbook, or the sample plan with --sample. */
import { existsSync } from "fs";
import { DEFAULT_SETTINGS, FREQUENCIES, validateSettings, type Frequency, type PlanSettings } from "../model/settings";
import { sampleData, sampleSettings } from "../model/sample/sample-text";
import { newPlanWorkbook } from "../hosts/xlsx/plan-file";
import { integerOption, parseArgs, UsageError, type OptionSpec } from "./args";
import { writeFileAtomic } from "./write-file";
import { isLanguage, LANGUAGE_NAMES, LANGUAGES } from "../model/i18n/language";
import type { CommandResult } from "./result";

export const NEW_OPTIONS: OptionSpec[] = [
  { name: "country", valueName: "NAME", help: "country whose plan this is (required unless --sample)" },
  { name: "title", valueName: "TEXT", help: "plan title (required unless --sample)" },
  { name: "start", valueName: "YEAR", help: `first year of the plan period (default ${DEFAULT_SETTINGS.startYear})` },
  { name: "end", valueName: "YEAR", help: `last year of the plan period (default ${DEFAULT_SETTINGS.endYear})` },
  { name: "currency", valueName: "CODE", help: `ISO 4217 currency code (default ${DEFAULT_SETTINGS.currency})` },
  { name: "frequency", valueName: "NAME", help: `reporting frequency: ${FREQUENCIES.join(", ")} (default Annual)` },
  { name: "max-goals", valueName: "N", help: `most priority goals allowed (default ${DEFAULT_SETTINGS.maxGoals})` },
  { name: "language", valueName: "CODE", help: `the workbook's language: ${LANGUAGES.join(", ")} (default en); sheet names, headers and drop-down values are written in it` },
  { name: "sample", flag: true, help: "write a complete fictional plan with every stage filled" },
  { name: "force", flag: true, help: "replace FILE if it exists" },
];

export async function runNew(argv: string[]): Promise<CommandResult> {
  const { positional, options } = parseArgs(argv, NEW_OPTIONS);
  if (positional.length !== 1) throw new UsageError(positional.length ? `new takes one FILE (got ${positional.join(" ")})` : "new needs a FILE, e.g. mdplan new plan.xlsx");
  const file = positional[0];
  if (!/\.xlsx$/i.test(file)) throw new UsageError(`FILE must end in .xlsx (got "${file}")`);
  if (existsSync(file) && !options.force) throw new UsageError(`${file} exists; pass --force to replace it`);
  const sample = options.sample === true;
  const frequency = options.frequency as string | undefined;
  const freq = frequency === undefined ? undefined : FREQUENCIES.find((f) => f.toLowerCase() === frequency.toLowerCase());
  if (frequency !== undefined && !freq) throw new UsageError(`--frequency must be one of ${FREQUENCIES.join(", ")} (got "${frequency}")`);
  const language = ((options.language as string | undefined) ?? "en").toLowerCase();
  // English unless asked: a batch script gets the same workbook on any machine.
  if (!isLanguage(language)) throw new UsageError(`--language must be one of ${LANGUAGES.join(", ")} (got "${options.language as string}")`);
  // The sample's own texts (country, title, every table's free text) in the workbook's language too.
  const base = sample ? sampleSettings(language) : DEFAULT_SETTINGS;
  const settings: PlanSettings = {
    ...base,
    country: (options.country as string | undefined) ?? base.country,
    title: (options.title as string | undefined) ?? base.title,
    startYear: integerOption(options, "start") ?? base.startYear,
    endYear: integerOption(options, "end") ?? base.endYear,
    currency: ((options.currency as string | undefined) ?? base.currency).toUpperCase(),
    frequency: (freq as Frequency | undefined) ?? base.frequency,
    maxGoals: integerOption(options, "max-goals") ?? base.maxGoals,
    language,
  };
  // In the workbook's language when one is asked for, English otherwise (as the workbook).
  const problems = validateSettings(settings, language);
  if (problems.length) {
    const first = problems[0];
    // A missing name is the option's fault: say the option, which reads the same in any language.
    throw new UsageError(first.key === "country" || first.key === "title" ? `--${first.key} is required` : first.message);
  }
  const result = await newPlanWorkbook(settings, sample ? sampleData(language) : {});
  writeFileAtomic(file, result.bytes);
  const lines = [`Wrote ${file}: ${sample ? "sample plan" : "new plan"} for ${settings.country}, ${settings.startYear}-${settings.endYear}, in ${LANGUAGE_NAMES[language]}.`];
  for (const n of result.notices) lines.push(`${n.level}: ${n.message}`);
  return { code: 0, out: lines };
}
