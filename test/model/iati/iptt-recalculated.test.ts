/**
 * The export's targets and actuals are the workbook's own: for the sample, annual and quarterly,
 * every period's target and actual in the IATI file equals the IPTT's cell after LibreOffice
 * recalculates the workbook, and every IPTT figure of an action's indicator is in the file.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { newPlanWorkbook } from "../../../src/hosts/xlsx/plan-file";
import { readPlanFromPackage } from "../../../src/hosts/xlsx/package/read-plan";
import { buildIatiActivities } from "../../../src/model/iati";
import { reportingPeriods } from "../../../src/model/iati/periods";
import { SAMPLE_DATA, SAMPLE_SETTINGS } from "../../../src/model/sample/sample-plan";
import type { PlanSettings } from "../../../src/model/settings";
import { recalculate } from "../../support/libreoffice";
import { readXlsx, type XlsxTable } from "../../support/xlsx-values";

const dir = mkdtempSync(join(tmpdir(), "mdplan-iati-iptt-"));
const plans: Record<string, PlanSettings> = { annual: SAMPLE_SETTINGS, quarterly: { ...SAMPLE_SETTINGS, frequency: "Quarterly" } };
const files: Record<string, { exported: Map<string, number>; iptt: XlsxTable }> = {};

beforeAll(async () => {
  const paths: string[] = [];
  for (const [name, settings] of Object.entries(plans)) {
    const bytes = (await newPlanWorkbook(settings, SAMPLE_DATA)).bytes;
    paths.push(join(dir, `${name}.xlsx`));
    writeFileSync(paths[paths.length - 1], bytes);
  }
  const recalculated = recalculate(paths);
  for (const [i, [name, settings]] of Object.entries(plans).entries()) {
    const plan = await readPlanFromPackage(paths[i], readFileSync(paths[i]));
    const labels = new Map(reportingPeriods(settings).map((p) => [p.start, p.label]));
    // "Indicator name|2026-Q1 target" → value, over every action's results.
    const exported = new Map<string, number>();
    for (const activity of buildIatiActivities(plan, { now: new Date("2026-12-01T00:00:00Z") }).activities)
      for (const result of activity.results)
        for (const indicator of result.indicators)
          for (const p of indicator.periods) {
            const label = labels.get(p.start)!;
            if (p.target !== undefined) exported.set(`${indicator.title}|${label} target`, p.target);
            const total = p.actuals.find((a) => a.dimensions.length === 0);
            if (total) exported.set(`${indicator.title}|${label} actual`, total.value);
          }
    files[name] = { exported, iptt: (await readXlsx(recalculated[i])).table("tblIPTT") };
  }
}, 240_000);

test.each(Object.keys(plans))("%s: each period's target and actual is the IPTT's, as LibreOffice computes it", (name) => {
  const { exported, iptt } = files[name];
  const figures = iptt.headers.filter((h) => / (target|actual)$/.test(h));
  expect(figures.length).toBeGreaterThanOrEqual(name === "annual" ? 10 : 40);
  let compared = 0;
  for (const row of iptt.rows) {
    for (const header of figures) {
      const key = `${row.Indicator}|${header}`;
      const cell = row[header];
      // Only indicators an action names are exported; each of their IPTT figures must be there.
      if (![...exported.keys()].some((k) => k.startsWith(`${row.Indicator}|`))) continue;
      if (cell === "" || cell === null || cell === undefined) expect([key, exported.get(key)]).toEqual([key, undefined]);
      else {
        expect([key, exported.get(key)]).toEqual([key, cell]);
        compared++;
      }
    }
  }
  expect(compared).toBeGreaterThan(name === "annual" ? 40 : 150);
});
