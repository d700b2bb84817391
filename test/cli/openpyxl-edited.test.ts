/**
 * A plan edited by a script: openpyxl (Debian's python3-openpyxl 3.0, the engine pandas writes
 * Excel with) opens the sample, raises action A1's budget by 1,000 and saves it. openpyxl keeps
 * no computed values and writes its own package (absolute relationship targets, drawings in the
 * default namespace): mdplan still checks it, sees the new budget, and refreshes it.
 */
import { execFileSync } from "child_process";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../src/cli/main";
import { checkJson } from "../support/check-json";

const PYTHON = "/usr/bin/python3";
const EDIT = `
import sys, openpyxl
from openpyxl.utils.cell import range_boundaries
wb = openpyxl.load_workbook(sys.argv[1])
for ws in wb.worksheets:
    if "tblActions" in ws.tables:
        min_col, min_row, max_col, max_row = range_boundaries(ws.tables["tblActions"].ref)
        headers = [ws.cell(min_row, c).value for c in range(min_col, max_col + 1)]
        budget = ws.cell(min_row + 1, min_col + headers.index("Budget"))
        budget.value = budget.value + 1000
wb.save(sys.argv[2])
`;

const check = checkJson;

test("a plan edited and saved by openpyxl is checked with its new figures, and refreshed", async () => {
  const dir = mkdtempSync(join(tmpdir(), "mdplan-openpyxl-"));
  const sample = join(dir, "sample.xlsx");
  const edited = join(dir, "edited.xlsx");
  await main(["new", sample, "--sample"]);
  const script = join(dir, "edit.py");
  writeFileSync(script, EDIT);
  execFileSync(PYTHON, [script, sample, edited], { stdio: "pipe" });

  const before = await check(sample);
  const after = await check(edited);
  expect(after.error).toBeUndefined();
  expect(after.summary).toEqual({ ...before.summary, totalBudget: before.summary.totalBudget + 1000 });

  const refreshed = join(dir, "refreshed.xlsx");
  const r = await main(["refresh", edited, "--output", refreshed]);
  expect(r.out[0]).toMatch(/^Refreshed /);
  expect((await check(refreshed)).summary).toEqual(after.summary);
});
