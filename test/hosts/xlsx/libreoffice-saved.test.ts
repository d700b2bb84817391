/**
 * A plan edited and saved by LibreOffice (which rewrites the package its own way: no table
 * styles, its own chart parts) still refreshes and checks, and keeps every typed cell.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { newPlanWorkbook, refreshPlanWorkbook } from "../../../src/hosts/xlsx/plan-file";
import { checkFile } from "../../../src/cli/check-files";
import { SAMPLE_DATA, SAMPLE_SETTINGS } from "../../../src/model/sample/sample-plan";
import { DERIVED_TABLES } from "../../../src/model/derived/registry";
import { recalculate } from "../../support/libreoffice";
import { readXlsx } from "../../support/xlsx-values";

test("refresh and check a workbook LibreOffice saved", async () => {
  const dir = mkdtempSync(join(tmpdir(), "mdplan-lo-saved-"));
  const original = join(dir, "plan.xlsx");
  writeFileSync(original, (await newPlanWorkbook(SAMPLE_SETTINGS, SAMPLE_DATA)).bytes);
  const [saved] = recalculate([original]);
  const result = await refreshPlanWorkbook(saved, readFileSync(saved));
  expect(result.notices.filter((n) => n.level === "error")).toEqual([]);
  const refreshed = join(dir, "refreshed.xlsx");
  writeFileSync(refreshed, result.bytes);
  const before = await readXlsx(saved);
  const after = await readXlsx(refreshed);
  const derived = new Set(DERIVED_TABLES.map((d) => before.table(d.name).sheet));
  let compared = 0;
  for (const sheet of before.sheets.filter((s) => !derived.has(s))) {
    for (const [address, cell] of before.cells(sheet)) {
      if (cell.formula !== undefined || cell.value === null || cell.value === "") continue;
      expect([sheet, address, after.cell(sheet, address)?.value]).toEqual([sheet, address, cell.value]);
      compared++;
    }
  }
  expect(compared).toBeGreaterThan(400);
  const check = await checkFile(refreshed);
  if ("error" in check) throw new Error(check.error);
  expect(check.summary.errors).toBe(0);
}, 120_000);
