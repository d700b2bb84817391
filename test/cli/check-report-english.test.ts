/**
 * The English reports as they were before their words moved to a catalogue: check-report/english.*
 * were written by the reports of commit 3c8d509, and scripts read this output, so not a byte may move.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { htmlReport } from "../../src/cli/check-html";
import { textReport } from "../../src/cli/check-output";
import { BATCH, GENERATED_AT } from "./check-report/cases";

const expected = (name: string) => readFileSync(join(__dirname, "check-report", name), "utf8");

test("the English text report is byte for byte as before", () => {
  expect(textReport(BATCH).join("\n") + "\n").toBe(expected("english.txt"));
});

test("the English HTML report is byte for byte as before", () => {
  expect(htmlReport(BATCH, GENERATED_AT)).toBe(expected("english.html"));
});
