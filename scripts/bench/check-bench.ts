/** Check figures: syncs in Excel (through the double) and the CLI check against a bare exceljs load. */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { stripTableColumnChildren } from "../../src/hosts/xlsx/package-fixups";
import { readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { createExcelDouble } from "../../src/excel-double";
import { createOfficePlanner } from "../../src/hosts/office/office-planner";
import { newPlanWorkbook } from "../../src/hosts/xlsx/plan-file";
import { checkFile } from "../../src/cli/check-files";
import { DEFAULT_SETTINGS } from "../../src/model/settings";
import { bigPlan } from "./big-plan";
import { fillTables } from "../../test/support/fill-tables";

const settings = { ...DEFAULT_SETTINGS, country: "Benchland", title: "Bench plan" };

export async function checkFigures(dir: string) {
  const data = bigPlan(50, 10_000, 5_000);
  const double = createExcelDouble();
  const planner = createOfficePlanner(double.run.bind(double), double.isSetSupported.bind(double));
  await planner.setUp({ settings });
  await fillTables(double, data);
  double.stats.reset();
  const report = await planner.check();
  const file = join(dir, "big.xlsx");
  writeFileSync(file, (await newPlanWorkbook(settings, data)).bytes);
  // exceljs cannot parse the calculated-column formulas Excel (and we) write in table parts, so
  // the baseline loads a copy without them, as openWorkbook does before handing the file over.
  const zip = await JSZip.loadAsync(readFileSync(file));
  const { changed } = await stripTableColumnChildren(zip);
  const plain = changed ? await zip.generateAsync({ type: "uint8array", compression: "STORE" }) : new Uint8Array(readFileSync(file));
  const loads: number[] = [];
  const checks: number[] = [];
  for (let i = 0; i < 3; i++) {
    let t = performance.now();
    await new ExcelJS.Workbook().xlsx.load(plain as unknown as ArrayBuffer);
    loads.push(performance.now() - t);
    t = performance.now();
    const result = await checkFile(file);
    checks.push(performance.now() - t);
    if ("error" in result) throw new Error(result.error);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[1];
  return {
    checkSyncs: report.readSyncs,
    checkTotalSyncs: double.stats.syncs,
    checkFindings: report.findings.length,
    checkLoadMs: Math.round(median(loads)),
    checkFileMs: Math.round(median(checks)),
    checkVsLoadRatio: +(median(checks) / median(loads)).toFixed(2),
  };
}
