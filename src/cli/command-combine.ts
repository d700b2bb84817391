/** `mdplan combine PATH... --out portfolio.xlsx [--csv DIR]`: many submissions as one workbook of tables. */
import { existsSync, mkdirSync, writeFileSync } from "fs";
import { join, resolve } from "path";
import { Portfolio } from "../model/portfolio/portfolio";
import { buildPortfolioSpec } from "../model/portfolio/portfolio-spec";
import { portfolioCsvFiles } from "../model/portfolio/csv-files";
import { READ } from "../model/portfolio/submissions";
import { newPortfolioWorkbook } from "../hosts/xlsx/portfolio-file";
import { parseArgs, UsageError, type OptionSpec } from "./args";
import { expandPaths } from "./check-files";
import { readSubmission } from "./combine-read";
import { writeFileAtomic } from "./write-file";
import type { CommandResult } from "./result";

export const COMBINE_OPTIONS: OptionSpec[] = [
  { name: "out", valueName: "FILE", help: "the portfolio workbook to write (.xlsx; required)" },
  { name: "csv", valueName: "DIR", help: "also write one CSV file per table into DIR (UTF-8 with BOM)" },
  { name: "force", flag: true, help: "replace the --out file if it exists" },
];

export async function runCombine(argv: string[]): Promise<CommandResult> {
  const { positional, options } = parseArgs(argv, COMBINE_OPTIONS);
  if (!positional.length) throw new UsageError("combine needs at least one PATH (a .xlsx file or a folder of them)");
  const out = options.out;
  if (typeof out !== "string") throw new UsageError("combine needs --out FILE, e.g. --out portfolio.xlsx");
  if (!/\.xlsx$/i.test(out)) throw new UsageError(`--out must end in .xlsx (got "${out}")`);
  if (existsSync(out) && !options.force) throw new UsageError(`${out} exists; pass --force to replace it`);
  const expanded = expandPaths(positional);
  // A portfolio written into the folder it combines is no submission: a second run would stack it.
  const files = expanded.files.filter((f) => resolve(f) !== resolve(out));
  const { missing } = expanded;
  if (!files.length && !missing.length) throw new UsageError(`no .xlsx or .xlsm files in ${positional.join(", ")}`);
  const portfolio = new Portfolio();
  for (const file of missing) portfolio.addUnreadable(file, "does not exist. Check the path.");
  // One file at a time: its tables are stacked and let go before the next is read.
  for (const file of files) {
    const read = await readSubmission(file);
    if ("data" in read) portfolio.addPlan(file, read.data);
    else portfolio.addUnreadable(file, read.reason);
  }
  const written = await newPortfolioWorkbook(buildPortfolioSpec(portfolio), "Portfolio");
  writeFileAtomic(out, written.bytes);
  const unread = portfolio.submissions.filter((s) => s.Status !== READ);
  const lines = [
    `Wrote ${out}: ${portfolio.submissions.length} submission${portfolio.submissions.length === 1 ? "" : "s"}, ${portfolio.submissions.length - unread.length} read; ` +
      `${portfolio.rows.tblAllActions.length} actions, ${portfolio.rows.tblAllIndicators.length} indicators.`,
  ];
  for (const s of unread) lines.push(`not read: ${String(s.File)}: ${String(s.Reason)}`);
  if (typeof options.csv === "string") {
    mkdirSync(options.csv, { recursive: true });
    const csv = portfolioCsvFiles(portfolio);
    for (const f of csv) writeFileSync(join(options.csv, f.file), f.text, "utf8");
    lines.push(`Wrote ${csv.length} CSV files to ${options.csv}.`);
  }
  // 2 as mdplan check says it: an input could not be read (the portfolio lists it, and was written).
  return { code: unread.length ? 2 : 0, out: lines, report: true };
}
