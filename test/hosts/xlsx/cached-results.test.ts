/**
 * Cached formula results meet a real engine: the sample plan, a new empty plan and a refreshed
 * corpus workbook are written, every formula cell's cached value is read straight from the
 * package (test/support/xlsx-values, not exceljs), the same files are recalculated by
 * LibreOffice, and each cached value must equal LibreOffice's. A viewer that does not
 * recalculate (openpyxl with data_only=True) must see the Dashboard's headline figures.
 */
import { execFileSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { newPlanWorkbook, refreshPlanWorkbook } from "../../../src/hosts/xlsx/plan-file";
import { SAMPLE_DATA, SAMPLE_SETTINGS } from "../../../src/model/sample/sample-plan";
import { DEFAULT_SETTINGS } from "../../../src/model/settings";
import { recalculate } from "../../support/libreoffice";
import { readXlsx, type Value, type XlsxBook } from "../../support/xlsx-values";

const CORPUS = join(__dirname, "..", "..", "..", "..", "shared", "corpus", "real-world", "31_openpyxl-3.0.9-roundtrip-of-mdplan-sample.xlsx");
const PYTHON = "/usr/bin/python3";
const KPIS = ["kpiOngoing", "kpiBudget", "kpiFundingGap", "kpiOnTrack", "kpiAtRisk", "kpiOffTrack", "kpiNoData"];

interface Comparison {
  formulas: number;
  cached: number;
  matched: number;
  differing: string[];
}

const files: Record<string, string> = {};
const written: Record<string, XlsxBook> = {};
const byLibreOffice: Record<string, XlsxBook> = {};

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "mdplan-cached-"));
  files.sample = join(dir, "sample.xlsx");
  files.empty = join(dir, "empty.xlsx");
  files.refreshed = join(dir, "refreshed.xlsx");
  writeFileSync(files.sample, (await newPlanWorkbook(SAMPLE_SETTINGS, SAMPLE_DATA)).bytes);
  writeFileSync(files.empty, (await newPlanWorkbook({ ...DEFAULT_SETTINGS, country: "Ruritania", title: "Plan 2026-2030" })).bytes);
  writeFileSync(files.refreshed, (await refreshPlanWorkbook(CORPUS, readFileSync(CORPUS))).bytes);
  const labels = Object.keys(files);
  const recalculated = recalculate(labels.map((l) => files[l]));
  for (const [i, l] of labels.entries()) {
    written[l] = await readXlsx(files[l]);
    byLibreOffice[l] = await readXlsx(recalculated[i]);
  }
}, 240_000);

const same = (a: Value, b: Value) => {
  if (typeof a === "number" && typeof b === "number") return a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
  return a === b;
};

function compare(label: string): Comparison {
  const out: Comparison = { formulas: 0, cached: 0, matched: 0, differing: [] };
  for (const sheet of written[label].sheets) {
    for (const [address, cell] of written[label].cells(sheet)) {
      if (cell.formula === undefined) continue;
      out.formulas++;
      if (cell.value === null) continue;
      out.cached++;
      const theirs = byLibreOffice[label].cell(sheet, address);
      if (theirs && same(cell.value, theirs.value)) out.matched++;
      else out.differing.push(`${sheet}!${address} ${cell.formula.slice(0, 160)}: cached ${JSON.stringify(cell.value)}, LibreOffice ${JSON.stringify(theirs?.value)}`);
    }
  }
  return out;
}

describe.each([
  // The least number of formula cells that must carry a value: nearly all of each file's.
  ["sample", 595],
  ["empty", 120],
  // The refresh owns 360 of them; the others sit in sheets it leaves as the user had them.
  ["refreshed", 360],
])("the %s plan", (label, least) => {
  test("carries a cached value in its formula cells, each equal to LibreOffice's", () => {
    const c = compare(label);
    console.log(`${label}: ${c.formulas} formula cells, ${c.cached} with a cached value, ${c.matched} equal to LibreOffice's`);
    expect(c.differing).toEqual([]);
    expect(c.cached).toBeGreaterThanOrEqual(least);
    expect(c.matched).toBe(c.cached);
  });
});

test("the refreshed workbook keeps its cells outside the plan's sheets and its file is not a stub", () => {
  expect(written.refreshed.sheets).toEqual(byLibreOffice.refreshed.sheets);
  expect(written.refreshed.nameValue("kpiBudget")).toBe(byLibreOffice.refreshed.nameValue("kpiBudget"));
});

(existsSync(PYTHON) ? test : test.skip)("a viewer that does not recalculate (openpyxl, data_only=True) sees the Dashboard's headline figures", () => {
  const script = [
    "import json, sys, openpyxl",
    "wb = openpyxl.load_workbook(sys.argv[1], data_only=True)",
    "out = {}",
    "for name in sys.argv[2:]:",
    "    dest = list(wb.defined_names[name].destinations)[0]",
    "    out[name] = wb[dest[0]][dest[1].replace('$', '')].value",
    "print(json.dumps(out))",
  ].join("\n");
  const seen = JSON.parse(execFileSync(PYTHON, ["-c", script, files.sample, ...KPIS], { encoding: "utf8" })) as Record<string, unknown>;
  for (const k of KPIS) {
    expect(typeof seen[k]).toBe("number");
    expect(seen[k]).toBe(byLibreOffice.sample.nameValue(k));
  }
  expect(seen.kpiBudget).toBeGreaterThan(0);
});
