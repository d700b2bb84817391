/**
 * Big input. In Excel (through the double): set-up again, refresh and check over a workbook whose
 * tblActions holds 50,000 typed rows (and tblIndicators 5,000), against the same at 5,000 rows,
 * to show every request stays under the 5 MB limit and syncs grow with blocks, not rows.
 * From the command line: `mdplan check` of a 50,000-action file in its own process, with its peak
 * resident memory; the file is written by a child process too, so neither inflates the bench's own.
 */
import { execFile } from "child_process";
import { statSync, writeFileSync } from "fs";
import { join } from "path";
import { createExcelDouble, type ExcelDouble } from "../../src/excel-double";
import { fillTables, type Rows } from "../../test/support/fill-tables";
import { createOfficePlanner } from "../../src/hosts/office/office-planner";
import { REQUEST_BUDGET_BYTES } from "../../src/hosts/office/request-budget";
import { newPlanWorkbook } from "../../src/hosts/xlsx/plan-file";
import { TABLE_NAMES } from "../../src/model/contract";
import { DERIVED_SOURCES } from "../../src/model/derived/registry";
import type { PlanData } from "../../src/model/workbook";
import { DEFAULT_SETTINGS } from "../../src/model/settings";
import { bigPlan } from "./big-plan";

const LIMIT = 5 * 1024 * 1024;
/** Cells per read block, as the Office host reads table bodies (read-snapshot, read-plan-tables). */
const READ_BLOCK_CELLS = 100_000;
const MB = 1024 * 1024;
const ROOT = join(__dirname, "..", "..");
const settings = { ...DEFAULT_SETTINGS, country: "Benchland", title: "Bench plan" };

/** The plan of the section: `actions` actions over 50 goals (5 selected), one indicator per ten actions. */
const planOf = (actions: number): PlanData => bigPlan(50, actions, Math.ceil(actions / 10));

/**
 * Types the rows in as a user pasting them would, but in several syncs: one paste of 50,000
 * rows would itself be a request over the 5 MB limit. The first chunk goes through fillTables
 * (which fills the table's empty first row); the rest is appended a 4 MB block at a time.
 */
async function typeRows(double: ExcelDouble, data: PlanData): Promise<void> {
  const CHUNK = 2000;
  const first: Record<string, Rows> = {};
  for (const [name, rows] of Object.entries(data)) if (rows?.length) first[name] = rows.slice(0, CHUNK);
  await fillTables(double, first);
  await double.run(async (ctx) => {
    const headers = Object.keys(first).map((name) => ({ name, header: ctx.workbook.tables.getItem(name).getHeaderRowRange().load("values") }));
    await ctx.sync();
    let bytes = 0;
    for (const { name, header } of headers) {
      const cols = header.values[0] as string[];
      const rows = (data[name as keyof PlanData] ?? []) as Rows;
      for (let s = CHUNK; s < rows.length; s += CHUNK) {
        const values = rows.slice(s, s + CHUNK).map((r) => cols.map((h) => (r[h] === undefined || r[h] === null ? "" : r[h]) as string));
        const size = JSON.stringify(values).length;
        if (bytes > 0 && bytes + size > REQUEST_BUDGET_BYTES) {
          await ctx.sync();
          bytes = 0;
        }
        ctx.workbook.tables.getItem(name).rows.add(null as unknown as number, values);
        bytes += size;
      }
    }
    await ctx.sync();
  });
}

interface OpFigures {
  syncs: number;
  maxRequestBytes: number;
  totalRequestBytes: number;
  /** Blocks of work: 4 MB write blocks (all request bytes over the budget) plus 100,000-cell read blocks. */
  blocks: number;
  ms: number;
}

/** Body cells (rows × columns) of the tables named, as the workbook holds them now. */
function cellsIn(double: ExcelDouble, names: string[]): number {
  const lower = new Set(names.map((n) => n.toLowerCase()));
  return double.state.tables.filter((t) => lower.has(t.name.toLowerCase())).reduce((n, t) => n + (t.rowCount - 1) * t.columnCount, 0);
}

async function measure(double: ExcelDouble, readCells: number, work: () => Promise<unknown>): Promise<OpFigures> {
  double.stats.reset();
  const t = performance.now();
  await work();
  const ms = performance.now() - t;
  const totalRequestBytes = double.stats.requestBytes.reduce((a, b) => a + b, 0);
  return {
    syncs: double.stats.syncs,
    maxRequestBytes: double.stats.maxRequestBytes,
    totalRequestBytes,
    blocks: Math.ceil(totalRequestBytes / REQUEST_BUDGET_BYTES) + Math.ceil(readCells / READ_BLOCK_CELLS),
    ms,
  };
}

/** Set-up, then `actions` rows typed, then set-up again, refresh and check, each measured. */
export async function officeAt(actions: number): Promise<{ setup: OpFigures; refresh: OpFigures; check: OpFigures }> {
  const double = createExcelDouble();
  const planner = createOfficePlanner(double.run.bind(double), double.isSetSupported.bind(double));
  await planner.setUp({ settings });
  await typeRows(double, planOf(actions));
  // Set-up again reads no table body but the settings; refresh reads the derived tables'
  // sources; check reads every contract table (the derived ones too).
  const setup = await measure(double, 0, () => planner.setUp({ settings }));
  const refresh = await measure(double, cellsIn(double, DERIVED_SOURCES), () => planner.refresh());
  const check = await measure(double, cellsIn(double, [...TABLE_NAMES, "tblSettings"]), () => planner.check());
  return { setup, refresh, check };
}

/** Writes the plan file of `actions` actions: run in a child process by bigInputFigures. */
export async function writeBigPlanFile(file: string, actions: number): Promise<void> {
  const result = await newPlanWorkbook(settings, planOf(actions));
  writeFileSync(file, result.bytes);
  // The parent reads how long the cached results took from this line.
  console.log(`CACHED=${JSON.stringify(result.cached)}`);
}

export interface ChildFigures {
  code: number;
  ms: number;
  peakRssBytes: number;
  stdout: string;
  stderr: string;
}

/** `node ARGS` in its own process, which reports its own peak resident memory as it exits. */
export function runNode(dir: string, args: string[]): Promise<ChildFigures> {
  const probe = join(dir, "max-rss-probe.js");
  writeFileSync(probe, `process.on("exit", () => process.stderr.write("\\nMAX_RSS_KB=" + process.resourceUsage().maxRSS + "\\n"));\n`);
  const t = performance.now();
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ["--require", probe, ...args], { cwd: ROOT, maxBuffer: 256 * MB }, (error, stdout, stderr) => {
      const ms = performance.now() - t;
      const m = /MAX_RSS_KB=(\d+)/.exec(stderr);
      // No report: the process died (out of memory, a signal) before its exit handlers ran.
      if (!m) return reject(new Error(`node ${args.join(" ")} ended without reporting its memory (${error?.message ?? "no error"}): ${stderr.slice(-800)}`));
      resolve({ code: typeof error?.code === "number" ? error.code : 0, ms, peakRssBytes: Number(m[1]) * 1024, stdout, stderr });
    });
  });
}

export async function bigInputFigures(dir: string, actions = 50_000, baseActions = 5_000) {
  const file = join(dir, "big-input.xlsx");
  // The file is written in a child process while the Office figures are taken here (the machine's
  // second core): it takes a minute and a half and gigabytes that are not the bench's own.
  const writing = runNode(dir, ["-e", `require("./scripts/ts-register"); require("./scripts/bench/big-input-bench.ts").writeBigPlanFile(${JSON.stringify(file)}, ${actions}).catch((e) => { console.error(e); process.exitCode = 3; });`]);
  const writingSettled = writing.catch(() => undefined);
  let base: Awaited<ReturnType<typeof officeAt>>;
  let big: Awaited<ReturnType<typeof officeAt>>;
  try {
    base = await officeAt(baseActions);
    big = await officeAt(actions);
  } finally {
    await writingSettled;
  }
  const write = await writing;
  if (write.code !== 0) throw new Error(`writing ${file} failed: ${write.stderr.slice(-800)}`);
  const fileBytes = statSync(file).size;
  // Alone, so its time is not shared with the rest of the bench.
  const cli = await runNode(dir, [join(ROOT, "bin", "mdplan.js"), "check", file, "--json"]);
  if (cli.code === 2) throw new Error(`mdplan check could not read ${file}: ${cli.stderr.slice(-800)}`);
  const checked = JSON.parse(cli.stdout) as { summary: { actions: number } };

  const out: Record<string, number> = { bigRows: actions, bigBaseRows: baseActions };
  const ops = { setup: "Setup", refresh: "Refresh", check: "Check" } as const;
  for (const [key, label] of Object.entries(ops) as [keyof typeof ops, string][]) {
    const b = big[key];
    const s = base[key];
    out[`big${label}Syncs`] = b.syncs;
    out[`big${label}SyncsAtBase`] = s.syncs;
    out[`big${label}MaxRequestBytes`] = b.maxRequestBytes;
    out[`big${label}ShareOfLimit`] = +(b.maxRequestBytes / LIMIT).toFixed(3);
    out[`big${label}TotalRequestMB`] = +(b.totalRequestBytes / MB).toFixed(1);
    out[`big${label}Blocks`] = b.blocks;
    out[`big${label}BlocksAtBase`] = s.blocks;
    out[`big${label}SyncRatio`] = +(b.syncs / s.syncs).toFixed(2);
    out[`big${label}BlockRatio`] = +(b.blocks / Math.max(1, s.blocks)).toFixed(2);
    // Syncs added per block added from the base size to the big one: about 1 when syncs follow
    // blocks (rows grew tenfold); with no block added, the syncs added (0 when constant).
    out[`big${label}SyncsPerAddedBlock`] = b.blocks > s.blocks ? +((b.syncs - s.syncs) / (b.blocks - s.blocks)).toFixed(2) : b.syncs - s.syncs;
    out[`big${label}Ms`] = Math.round(b.ms);
  }
  out.bigMaxRequestShareOfLimit = Math.max(out.bigSetupShareOfLimit, out.bigRefreshShareOfLimit, out.bigCheckShareOfLimit);
  out.cliWrite50kMs = Math.round(write.ms);
  const cached = JSON.parse(/CACHED=(.*)/.exec(write.stdout)?.[1] ?? "{}") as { computed?: number; notKnown?: number; ms?: number };
  out.cachedResults50kMs = Math.round(cached.ms ?? -1);
  out.cachedResults50kFormulas = cached.computed ?? -1;
  out.cachedResults50kNotKnown = cached.notKnown ?? -1;
  out.cliWrite50kPeakRssMB = Math.round(write.peakRssBytes / MB);
  out.cliCheck50kActions = checked.summary.actions;
  out.cliCheck50kFileMB = +(fileBytes / MB).toFixed(2);
  out.cliCheck50kMs = Math.round(cli.ms);
  out.cliCheck50kExitCode = cli.code;
  out.cliCheck50kPeakRssMB = Math.round(cli.peakRssBytes / MB);
  out.cliCheck50kRssPerFileByte = Math.round(cli.peakRssBytes / fileBytes);
  return out;
}
