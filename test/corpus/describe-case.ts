/** One corpus case as a block of tests, through both hosts: used by the small and the 50,000-row suites. */
import type { CorpusCase } from "./corpus-case";
import { findingKeys, unmet, vagueMessages } from "./corpus-assertions";
import { runFile, runOffice, type Outcome } from "./run-hosts";

export function describeCase(c: CorpusCase, timeoutMs = 120_000): void {
  describe(c.id, () => {
    const outcomes: Outcome[] = [];

    beforeAll(async () => {
      const bytes = await c.make();
      outcomes.push(await runFile(bytes));
      if (!c.fileOnly) outcomes.push(await runOffice(bytes));
    }, timeoutMs);

    test(`${c.title}: no host crashes`, () => {
      expect(outcomes.length).toBe(c.fileOnly ? 1 : 2);
      for (const o of outcomes) expect([o.host, o.crashes]).toEqual([o.host, []]);
    });

    test("the user is told what the case expects", () => {
      expect(outcomes.flatMap((o) => unmet(c, o))).toEqual([]);
    });

    test("every message is one line naming a place", () => {
      expect(outcomes.flatMap(vagueMessages)).toEqual([]);
    });

    test("nothing typed is changed or lost", () => {
      for (const o of outcomes) {
        expect([o.host, o.changed]).toEqual([o.host, []]);
        // A workbook that opens has typed cells to compare; refused files and the empty workbook have none.
        if (!c.fileOnly && !c.blank) expect([o.host, o.typedCells > 0]).toEqual([o.host, true]);
      }
    });

    if (!c.fileOnly) {
      test("Excel and the file tool report the same findings at the same cells", () => {
        expect(findingKeys(outcomes[1])).toEqual(findingKeys(outcomes[0]));
      });
    }
  });
}
