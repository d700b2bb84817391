/**
 * `npm run corpus [-- DIR] [--big]`: writes every corpus workbook to DIR (default
 * test-output/corpus) so anyone can open them or run `mdplan check` on them, runs each through
 * both hosts, and prints one line per case and host with the totals the issue asks for.
 */
import { mkdirSync, writeFileSync } from "fs";
import { join } from "path";
import { CORPUS } from "./corpus";
import { BIG_CASES } from "./cases/big-cases";
import { unmet } from "./corpus-assertions";
import { runFile, runOffice, type Outcome } from "./run-hosts";

export async function main(args: string[]): Promise<void> {
  const dir = args.find((a) => !a.startsWith("--")) ?? join("test-output", "corpus");
  const cases = args.includes("--big") ? CORPUS : CORPUS.filter((c) => !BIG_CASES.includes(c));
  mkdirSync(dir, { recursive: true });
  const totals = { cases: 0, runs: 0, findings: 0, notices: 0, errors: 0, crashes: 0, typedCells: 0, changed: 0, unmet: 0 };
  console.log(["case", "host", "findings", "notices", "errors", "crashes", "typed", "changed", "unmet"].join("\t"));
  for (const c of cases) {
    const bytes = await c.make();
    writeFileSync(join(dir, `${c.id}.xlsx`), bytes);
    totals.cases++;
    const outcomes: Outcome[] = [await runFile(bytes)];
    if (!c.fileOnly) outcomes.push(await runOffice(bytes));
    for (const o of outcomes) {
      const missed = unmet(c, o).length;
      totals.runs++;
      totals.findings += o.findings.length;
      totals.notices += o.notices.length;
      totals.errors += o.errors.length;
      totals.crashes += o.crashes.length;
      totals.typedCells += o.typedCells;
      totals.changed += o.changed.length;
      totals.unmet += missed;
      console.log([c.id, o.host, o.findings.length, o.notices.length, o.errors.length, o.crashes.length, o.typedCells, o.changed.length, missed].join("\t"));
    }
  }
  console.log(`\nWrote ${totals.cases} workbooks to ${dir}.`);
  console.log(JSON.stringify(totals));
  if (totals.crashes || totals.changed || totals.unmet) process.exitCode = 1;
}
