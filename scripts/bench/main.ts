/**
 * Figures, not pass/fail: syncs and request sizes of the Office path (through the in-memory
 * Excel double, which counts them as Excel on the web would), and how long the command line
 * tool takes to write the sample plan. `--json` prints them as one JSON object on the last line.
 */
import { execFileSync } from "child_process";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { createExcelDouble } from "../../test/support/excel-double";
import { createOfficePlanner } from "../../src/hosts/office/office-planner";
import { newPlanWorkbook } from "../../src/hosts/xlsx/plan-file";
import { SAMPLE_DATA, SAMPLE_SETTINGS } from "../../src/model/sample/sample-plan";
import { DEFAULT_SETTINGS } from "../../src/model/settings";
import { checkFigures } from "./check-bench";
import { matrixFigures } from "./matrix-bench";
import { dashboardFigures } from "./dashboard-bench";
import { paneFigures } from "./pane-bench";
import { bigInputFigures } from "./big-input-bench";
import { fillTables } from "../../test/support/fill-tables";

const LIMIT = 5 * 1024 * 1024;
const settings = { ...DEFAULT_SETTINGS, country: "Benchland", title: "Bench plan" };

async function officeFigures(rows: number) {
  const double = createExcelDouble();
  const planner = createOfficePlanner(double.run.bind(double), double.isSetSupported.bind(double));
  double.stats.reset();
  let t = performance.now();
  const setup = await planner.setUp({ settings });
  const setupMs = performance.now() - t;
  const setupBytes = double.stats.maxRequestBytes;
  await fillTables(double, { tblActions: Array.from({ length: rows }, (_, i) => ({ "Action ID": `A${i + 1}`, Title: `Action ${i + 1}`, Budget: 1000 + i, Status: "Ongoing" })) });
  double.stats.reset();
  t = performance.now();
  const rerun = await planner.setUp({ settings });
  const rerunMs = performance.now() - t;
  return { setupSyncs: setup.syncs, setupMs, setupBytes, rerunSyncs: rerun.syncs, rerunMs, rerunBytes: double.stats.maxRequestBytes };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export async function main(args: string[]): Promise<void> {
  const json = args.includes("--json");
  const small = await officeFigures(50);
  const big = await officeFigures(5000);
  const dir = mkdtempSync(join(tmpdir(), "mdplan-bench-"));
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    writeFileSync(join(dir, `sample-${i}.xlsx`), (await newPlanWorkbook(SAMPLE_SETTINGS, SAMPLE_DATA)).bytes);
    times.push(performance.now() - t);
  }
  const t = performance.now();
  execFileSync(process.execPath, [join(__dirname, "..", "..", "bin", "mdplan.js"), "new", join(dir, "cli.xlsx"), "--sample"], { stdio: "pipe" });
  const cliMs = performance.now() - t;
  const check = await checkFigures(dir);
  const matrix = await matrixFigures();
  const dashboard = await dashboardFigures();
  const pane = await paneFigures();
  const bigInput = await bigInputFigures(dir);
  const figures = {
    setupSyncs: big.setupSyncs,
    setupRequestBytes: big.setupBytes,
    setupMs: Math.round(big.setupMs),
    rerunSyncs: big.rerunSyncs,
    rerunRows: 5000,
    rerunRequestBytes: big.rerunBytes,
    rerunMs: Math.round(big.rerunMs),
    rerunSyncsAt50Rows: small.rerunSyncs,
    rerunSyncRatio5000to50: +(big.rerunSyncs / small.rerunSyncs).toFixed(2),
    maxRequestBytes: Math.max(big.setupBytes, big.rerunBytes),
    maxRequestShareOfLimit: +(Math.max(big.setupBytes, big.rerunBytes) / LIMIT).toFixed(3),
    sampleWriteMs: Math.round(median(times)),
    cliSampleMs: Math.round(cliMs),
    ...check,
    ...matrix,
    ...dashboard,
    ...pane,
    ...bigInput,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
  console.log("M&D Planner bench");
  console.log(`  Office set-up, empty workbook:   ${figures.setupSyncs} syncs, largest request ${figures.setupRequestBytes} bytes, ${figures.setupMs} ms (double)`);
  console.log(`  Office re-run, 5,000 actions:    ${figures.rerunSyncs} syncs (${figures.rerunSyncsAt50Rows} at 50 rows; ratio ${figures.rerunSyncRatio5000to50}), largest request ${figures.rerunRequestBytes} bytes, ${figures.rerunMs} ms (double)`);
  console.log(`  Largest request / 5 MB limit:    ${figures.maxRequestShareOfLimit}`);
  console.log(`  Sample plan to .xlsx (in-proc):  ${figures.sampleWriteMs} ms (median of 5)`);
  console.log(`  mdplan new --sample (process):   ${figures.cliSampleMs} ms`);
  console.log(`  Check in Excel, 10,000 actions:  ${figures.checkSyncs} syncs to read (${figures.checkTotalSyncs} with marking ${figures.checkFindings} findings)`);
  console.log(`  mdplan check, same workbook:     ${figures.checkFileMs} ms; exceljs load alone ${figures.checkLoadMs} ms; ratio ${figures.checkVsLoadRatio}`);
  console.log(`  Capacity matrix, 200 × 30:       ${figures.matrixRebuildSyncs} syncs, largest request ${figures.matrixRebuildMaxRequestBytes} bytes, ${figures.matrixRebuildMs} ms (double)`);
  console.log(`  Dashboard refresh, 5,000 rows:   ${figures.dashboardRefreshSyncs} syncs, largest request ${figures.dashboardRefreshMaxRequestBytes} bytes, ${figures.dashboardRefreshMs} ms (double)`);
  console.log(`  Pane first render (Chromium):    ${figures.paneFirstRenderMs} ms; bare Fluent UI page ${figures.bareFluentFirstRenderMs} ms; ratio ${figures.paneFirstRenderRatio}`);
  console.log(`  Task pane JavaScript:            ${figures.paneJsBytes} bytes raw, ${figures.paneJsGzipBytes} gzip`);
  const b = bigInput;
  const bigLine = (label: string, op: string) =>
    console.log(
      `  ${label.padEnd(33)}${b[`big${op}Syncs`]} syncs (${b[`big${op}SyncsAtBase`]} at ${b.bigBaseRows.toLocaleString("en")} rows; ratio ${b[`big${op}SyncRatio`]} for blocks ${b[`big${op}BlocksAtBase`]} → ${b[`big${op}Blocks`]}, ratio ${b[`big${op}BlockRatio`]}; ${b[`big${op}SyncsPerAddedBlock`]} syncs per added block), largest request ${b[`big${op}MaxRequestBytes`]} bytes (${b[`big${op}ShareOfLimit`]} of 5 MB), ${b[`big${op}TotalRequestMB`]} MB sent, ${b[`big${op}Ms`]} ms (double)`,
    );
  const rows = b.bigRows.toLocaleString("en");
  bigLine(`Office re-run, ${rows} rows:`, "Setup");
  bigLine(`Office refresh, ${rows} rows:`, "Refresh");
  bigLine(`Office check, ${rows} rows:`, "Check");
  console.log(`  ${`Plan file of ${rows} actions:`.padEnd(33)}${b.cliWrite50kMs} ms, peak resident memory ${b.cliWrite50kPeakRssMB} MB (newPlanWorkbook in a child process, beside the Office figures)`);
  console.log(`  ${`mdplan check, ${rows} actions:`.padEnd(33)}${b.cliCheck50kMs} ms, peak resident memory ${b.cliCheck50kPeakRssMB} MB for a ${b.cliCheck50kFileMB} MB file (${b.cliCheck50kRssPerFileByte} bytes per file byte), exit ${b.cliCheck50kExitCode}`);
  console.log(`  Peak resident memory (bench):    ${figures.peakRssMb} MB`);
  if (json) console.log(JSON.stringify(figures));
}
