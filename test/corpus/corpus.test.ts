/**
 * The corpus of damaged workbooks (test/corpus/cases), each through both hosts: the .xlsx host as
 * `mdplan check` and `mdplan refresh` meet it, the Office host (over the Excel double) as a planner
 * checking, setting up and refreshing in Excel. For every case: nothing crashes, the user is told
 * what is wrong with a place and a fix, and every typed cell comes out as it went in. The
 * 50,000-row cases run in corpus-big.test.ts, beside these.
 */
import { CORPUS } from "./corpus";
import { BIG_CASES } from "./cases/big-cases";
import { describeCase } from "./describe-case";

test("the corpus holds at least 40 cases, each with something to tell", () => {
  expect(CORPUS.length).toBeGreaterThanOrEqual(40);
  expect(new Set(CORPUS.map((c) => c.id)).size).toBe(CORPUS.length);
  for (const c of CORPUS) expect([c.id, c.expect.length > 0]).toEqual([c.id, true]);
});

for (const c of CORPUS.filter((x) => !BIG_CASES.includes(x))) describeCase(c);
