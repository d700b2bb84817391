/**
 * mdplan combine over 20 and 200 copies of the sample plan, each run in its own process with its
 * peak resident memory: the files are read one at a time, so memory should stay nearly flat and
 * time grow no faster than the number of files (a 200/20 time ratio of 10 or less).
 */
import { copyFileSync, mkdirSync, writeFileSync } from "fs";
import { join } from "path";
import { newPlanWorkbook } from "../../src/hosts/xlsx/plan-file";
import { SAMPLE_DATA, SAMPLE_SETTINGS } from "../../src/model/sample/sample-plan";
import { runNode } from "./big-input-bench";

const MB = 1024 * 1024;
const ROOT = join(__dirname, "..", "..");

async function combineOf(dir: string, sample: string, copies: number) {
  const inbox = join(dir, `combine-${copies}`);
  mkdirSync(inbox, { recursive: true });
  for (let i = 0; i < copies; i++) copyFileSync(sample, join(inbox, `plan-${String(i).padStart(3, "0")}.xlsx`));
  const run = await runNode(dir, [join(ROOT, "bin", "mdplan.js"), "combine", inbox, "--out", join(dir, `portfolio-${copies}.xlsx`), "--force"]);
  if (run.code !== 0) throw new Error(`mdplan combine of ${copies} files exited ${run.code}: ${(run.stdout + run.stderr).slice(-800)}`);
  return run;
}

export async function combineFigures(dir: string, small = 20, large = 200) {
  const sample = join(dir, "combine-sample.xlsx");
  writeFileSync(sample, (await newPlanWorkbook(SAMPLE_SETTINGS, SAMPLE_DATA)).bytes);
  const a = await combineOf(dir, sample, small);
  const b = await combineOf(dir, sample, large);
  return {
    combineSmallFiles: small,
    combineLargeFiles: large,
    combineSmallMs: Math.round(a.ms),
    combineLargeMs: Math.round(b.ms),
    combineSmallPeakRssMB: Math.round(a.peakRssBytes / MB),
    combineLargePeakRssMB: Math.round(b.peakRssBytes / MB),
    combineTimeRatio: +(b.ms / a.ms).toFixed(2),
    combineMemoryRatio: +(b.peakRssBytes / a.peakRssBytes).toFixed(2),
  };
}

export function printCombine(c: Awaited<ReturnType<typeof combineFigures>>): void {
  console.log(`  mdplan combine, ${c.combineSmallFiles} sample plans:  ${c.combineSmallMs} ms, peak resident memory ${c.combineSmallPeakRssMB} MB (its own process)`);
  console.log(`  mdplan combine, ${c.combineLargeFiles} sample plans: ${c.combineLargeMs} ms, peak resident memory ${c.combineLargePeakRssMB} MB`);
  console.log(`    ${c.combineLargeFiles}/${c.combineSmallFiles} files (10 times as many): time ratio ${c.combineTimeRatio} (linear: 10), memory ratio ${c.combineMemoryRatio} (flat: 1)`);
}
