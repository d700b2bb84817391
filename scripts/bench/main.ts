/**
 * Figures, not pass/fail: syncs and request sizes of the Office path (Microsoft's office.js
 * client in front of the in-memory Excel double: every byte figure is the size of the request
 * body the client serialised, or of the response the double answered), and how long the command
 * line tool takes to write the sample plan. `--json` prints them as one JSON object on the last
 * line; the fields ending in RealRequestBytes are the largest request of each operation, each to
 * stay within REAL_REQUEST_CEILING. `--pane-only` gives the pane's figures alone (pane-bench.ts):
 * `node scripts/bench.js --pane-only [--json]`. `--combine-only` gives mdplan combine's alone
 * (combine-bench.ts, about a minute; it runs bin/mdplan.js, so `npm run build:cli` first).
 */
import { execFileSync } from "child_process";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { createExcelDouble } from "../../src/excel-double";
import { createOfficePlanner } from "../../src/hosts/office/office-planner";
import { newPlanWorkbook } from "../../src/hosts/xlsx/plan-file";
import { SAMPLE_DATA, SAMPLE_SETTINGS } from "../../src/model/sample/sample-plan";
import { DEFAULT_SETTINGS } from "../../src/model/settings";
import { checkFigures } from "./check-bench";
import { matrixFigures } from "./matrix-bench";
import { dashboardFigures } from "./dashboard-bench";
import { paneFigures } from "./pane-bench";
import { bigInputFigures } from "./big-input-bench";
import { marksFigures } from "./marks-bench";
import { combineFigures, printCombine } from "./combine-bench";
import { fillTables } from "../../test/support/fill-tables";

const LIMIT = 5 * 1024 * 1024;
/** Issue 11's ceiling for any one request: below Excel on the web's 5 MB, with room to spare. */
const REAL_REQUEST_CEILING = 4_500_000;
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

/** The pane's lines: first render against the bare Fluent UI page, and the JavaScript the first screen loads. */
function printPane(p: Awaited<ReturnType<typeof paneFigures>>): void {
  const kb = (n: number) => `${(n / 1000).toFixed(1)} kB`;
  console.log(`  Pane first render (Chromium):    ${p.paneFirstRenderMs} ms (dist/taskpane.html, office.js stand-in); bare Fluent UI page ${p.bareFluentFirstRenderMs} ms; ratio ${p.paneFirstRenderRatio}`);
  console.log(`  Preview page first render:       ${p.previewFirstRenderMs} ms (the preview harness: double, model, Excel web client); ratio ${p.previewFirstRenderRatio}`);
  console.log(`  Task pane JavaScript:            ${p.paneJsBytes} bytes raw, ${p.paneJsGzipBytes} gzip, before first render (${p.paneJsFiles})`);
  console.log(`    right after first render:      ${kb(p.paneJsAfterRenderBytes)} raw, ${kb(p.paneJsAfterRenderGzipBytes)} gzip (${p.paneJsAfterRenderFiles || "none"})`);
  console.log(`    on demand (tabs, actions):     ${kb(p.paneJsOnDemandBytes)} raw, ${kb(p.paneJsOnDemandGzipBytes)} gzip (${p.paneJsOnDemandFiles || "none"})`);
}

export async function main(args: string[]): Promise<void> {
  const json = args.includes("--json");
  if (args.includes("--pane-only")) {
    // npm run bench -- --pane-only: the pane's figures alone (two builds and Chromium, about a minute).
    const pane = await paneFigures();
    console.log("M&D Planner bench (pane only)");
    printPane(pane);
    if (json) console.log(JSON.stringify(pane));
    return;
  }
  if (args.includes("--combine-only")) {
    const combine = await combineFigures(mkdtempSync(join(tmpdir(), "mdplan-bench-")));
    console.log("M&D Planner bench (combine only)");
    printCombine(combine);
    if (json) console.log(JSON.stringify(combine));
    return;
  }
  const small = await officeFigures(50);
  const big = await officeFigures(5000);
  const dir = mkdtempSync(join(tmpdir(), "mdplan-bench-"));
  const times: number[] = [];
  const cachedTimes: number[] = [];
  let sampleCached = { computed: 0, notKnown: 0, ms: 0 };
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    const written = await newPlanWorkbook(SAMPLE_SETTINGS, SAMPLE_DATA);
    writeFileSync(join(dir, `sample-${i}.xlsx`), written.bytes);
    times.push(performance.now() - t);
    sampleCached = written.cached!;
    cachedTimes.push(sampleCached.ms);
  }
  const t = performance.now();
  execFileSync(process.execPath, [join(__dirname, "..", "..", "bin", "mdplan.js"), "new", join(dir, "cli.xlsx"), "--sample"], { stdio: "pipe" });
  const cliMs = performance.now() - t;
  const check = await checkFigures(dir);
  const matrix = await matrixFigures();
  const dashboard = await dashboardFigures();
  const pane = await paneFigures();
  const bigInput = await bigInputFigures(dir);
  const marks = await marksFigures();
  const combine = await combineFigures(dir);
  const real = {
    setupRealRequestBytes: big.setupBytes,
    rerun5000RealRequestBytes: big.rerunBytes,
    check10000MarksRealRequestBytes: marks.check10000MarksRealRequestBytes,
    matrixRebuildRealRequestBytes: matrix.matrixRebuildMaxRequestBytes,
    dashboardRefresh5000RealRequestBytes: dashboard.dashboardRefreshMaxRequestBytes,
    dashboardRefresh50000RealRequestBytes: bigInput.bigRefreshMaxRequestBytes as number,
  };
  const largestReal = Math.max(...Object.values(real));
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
    sampleCachedResultsMs: +median(cachedTimes).toFixed(1),
    sampleCachedFormulas: sampleCached.computed,
    sampleCachedNotKnown: sampleCached.notKnown,
    cliSampleMs: Math.round(cliMs),
    ...check,
    ...matrix,
    ...dashboard,
    ...pane,
    ...bigInput,
    ...marks,
    ...combine,
    ...real,
    largestRealRequestBytes: largestReal,
    allRealRequestsWithinCeiling: largestReal <= REAL_REQUEST_CEILING,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
  console.log("M&D Planner bench");
  console.log(`  Office set-up, empty workbook:   ${figures.setupSyncs} syncs, largest request ${figures.setupRequestBytes} bytes, ${figures.setupMs} ms (double)`);
  console.log(`  Office re-run, 5,000 actions:    ${figures.rerunSyncs} syncs (${figures.rerunSyncsAt50Rows} at 50 rows; ratio ${figures.rerunSyncRatio5000to50}), largest request ${figures.rerunRequestBytes} bytes, ${figures.rerunMs} ms (double)`);
  console.log(`  Largest request / 5 MB limit:    ${figures.maxRequestShareOfLimit}`);
  console.log(`  Sample plan to .xlsx (in-proc):  ${figures.sampleWriteMs} ms (median of 5)`);
  console.log(`    of which cached results:       ${figures.sampleCachedResultsMs} ms (median of 5) for ${figures.sampleCachedFormulas} formulas, ${figures.sampleCachedNotKnown} left without a value`);
  console.log(`  mdplan new --sample (process):   ${figures.cliSampleMs} ms`);
  console.log(`  Check in Excel, 10,000 actions:  ${figures.checkSyncs} syncs to read (${figures.checkTotalSyncs} with marking ${figures.checkFindings} findings)`);
  console.log(`  mdplan check, same workbook:     ${figures.checkFileMs} ms; exceljs load alone ${figures.checkLoadMs} ms; ratio ${figures.checkVsLoadRatio}`);
  console.log(`  Capacity matrix, 200 × 30:       ${figures.matrixRebuildSyncs} syncs, largest request ${figures.matrixRebuildMaxRequestBytes} bytes, ${figures.matrixRebuildMs} ms (double)`);
  console.log(`  Dashboard refresh, 5,000 rows:   ${figures.dashboardRefreshSyncs} syncs, largest request ${figures.dashboardRefreshMaxRequestBytes} bytes, ${figures.dashboardRefreshMs} ms (double)`);
  printPane(pane);
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
  console.log(`    of which cached results:       ${b.cachedResults50kMs} ms for ${b.cachedResults50kFormulas.toLocaleString("en")} formulas, ${b.cachedResults50kNotKnown} left without a value`);
  console.log(`  ${`mdplan check, ${rows} actions:`.padEnd(33)}${b.cliCheck50kMs} ms, peak resident memory ${b.cliCheck50kPeakRssMB} MB for a ${b.cliCheck50kFileMB} MB file (${b.cliCheck50kRssPerFileByte} bytes per file byte), exit ${b.cliCheck50kExitCode}`);
  console.log(`  Check marking ${marks.checkMarkedCells.toLocaleString("en")} cells, none adjacent: ${marks.checkMarksSyncs} syncs, largest request ${marks.check10000MarksRealRequestBytes} bytes, largest response ${marks.check10000MarksRealResponseBytes} bytes, ${marks.checkMarksMs} ms (double)`);
  printCombine(combine);
  console.log("  Largest real request (office.js client's own JSON) per operation, ceiling 4,500,000 bytes:");
  for (const [k, v] of Object.entries(real)) console.log(`    ${k.padEnd(40)}${v.toLocaleString("en").padStart(12)}  ${(v / REAL_REQUEST_CEILING).toFixed(3)} of the ceiling`);
  console.log(`  All within the ceiling:          ${figures.allRealRequestsWithinCeiling ? "yes" : "NO"}`);
  console.log(`  Peak resident memory (bench):    ${figures.peakRssMb} MB`);
  if (json) console.log(JSON.stringify(figures));
}
