/** The command line tool as a user meets it: help, one-line usage errors, files written and refused. */
import { execFileSync, spawnSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../src/cli/main";
import { readXlsx } from "../support/xlsx-values";

const dir = mkdtempSync(join(tmpdir(), "mdplan-cli-"));

test("--help documents every command and option", async () => {
  const r = await main(["--help"]);
  expect(r.code).toBe(0);
  const text = r.out.join("\n");
  for (const word of ["mdplan new FILE", "mdplan refresh FILE", "--country", "--title", "--start", "--end", "--currency", "--frequency", "--sample", "--force", "--output", "Exit codes"]) {
    expect(text).toContain(word);
  }
});

test.each([
  [["new", "a.xlsx", "--bogus"], /unknown option --bogus/],
  [["new", "a.xlsx", "--country", "X", "--title", "T", "--start", "20x6"], /--start must be a whole number \(got "20x6"\)/],
  [["new", "a.xlsx", "--country", "X", "--title", "T", "--start", "2030", "--end", "2026"], /Last year \(2026\) is before the first year \(2030\)/],
  [["new", "a.xlsx", "--title", "T"], /--country is required/],
  [["new", "a.xlsx", "--country", "X", "--title", "T", "--currency", "dollars"], /three-letter ISO code/],
  [["new", "a.xlsx", "--country", "X", "--title", "T", "--frequency", "weekly"], /--frequency must be one of Annual, Semi-annual, Quarterly, Monthly/],
  [["new", "plan.txt", "--sample"], /FILE must end in .xlsx/],
  [["frobnicate"], /unknown command "frobnicate"/],
  [["new"], /new needs a FILE/],
])("%j is a one-line usage error with exit code 2", async (args, message) => {
  const r = await main(args as string[]);
  expect(r.code).toBe(2);
  expect(r.out).toHaveLength(1);
  expect(r.out[0]).toMatch(message);
});

test("new writes a plan with the settings given, and refuses to replace it without --force", async () => {
  const file = join(dir, "plan.xlsx");
  const r = await main(["new", file, "--country", "Ruritania", "--title", "Plan", "--start", "2026", "--end", "2030", "--currency", "eur"]);
  expect(r.code).toBe(0);
  const book = await readXlsx(file);
  const settings = Object.fromEntries(book.table("tblSettings").rows.map((row) => [row["Name"], row["Value"]]));
  expect(settings).toMatchObject({ planCountry: "Ruritania", planTitle: "Plan", planStartYear: 2026, planEndYear: 2030, planCurrency: "EUR" });
  const before = readFileSync(file);
  const again = await main(["new", file, "--sample"]);
  expect(again.code).toBe(2);
  expect(again.out[0]).toMatch(/exists; pass --force/);
  expect(readFileSync(file).equals(before)).toBe(true);
});

test("refresh refuses files that are not workbooks, naming the file and the fix", async () => {
  const text = join(dir, "notes.xlsx");
  writeFileSync(text, "just some notes");
  const truncated = join(dir, "truncated.xlsx");
  await main(["new", join(dir, "whole.xlsx"), "--sample"]);
  writeFileSync(truncated, readFileSync(join(dir, "whole.xlsx")).subarray(0, 5000));
  const ole = join(dir, "locked.xlsx");
  writeFileSync(ole, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
  for (const [file, message] of [
    [text, /is a text file, not an Excel workbook/],
    [truncated, /is damaged .* Ask the sender for a new copy/],
    [ole, /is an Office document of another kind/],
    [join(dir, "missing.xlsx"), /does not exist/],
  ] as const) {
    const r = await main(["refresh", file]);
    expect([file, r.code]).toEqual([file, 1]);
    expect(r.out).toHaveLength(1);
    expect(r.out[0]).toContain(file);
    expect(r.out[0]).toMatch(message);
  }
  expect(readFileSync(text, "utf8")).toBe("just some notes");
});

test("the installed bin runs: npx mdplan new --sample writes a workbook", () => {
  const root = join(__dirname, "..", "..");
  expect(existsSync(join(root, "lib", "cli", "main.js"))).toBe(true);
  const file = join(dir, "sample.xlsx");
  const out = execFileSync("npx", ["mdplan", "new", file, "--sample"], { cwd: root, encoding: "utf8" });
  expect(out).toMatch(/Wrote .*sample\.xlsx: sample plan/);
  expect(existsSync(file)).toBe(true);
  const bad = spawnSync("npx", ["mdplan", "new", file, "--nope"], { cwd: root, encoding: "utf8" });
  expect(bad.status).toBe(2);
  expect(bad.stderr.trim().split("\n")).toHaveLength(1);
  // A check that finds errors still writes its report to standard output, so it can be redirected.
  const faulty = join(dir, "faulty.xlsx");
  writeFileSync(faulty, "not a workbook");
  const checked = spawnSync("npx", ["mdplan", "check", file, faulty, "--json"], { cwd: root, encoding: "utf8" });
  expect(checked.status).toBe(2);
  const report = JSON.parse(checked.stdout) as { file: string; error?: string }[];
  expect(report.map((r) => [r.file, Boolean(r.error)])).toEqual([[file, false], [faulty, true]]);
});

test("refresh writes nothing under a workbook open in Excel (its ~$ owner file beside it) unless --force", async () => {
  const file = join(dir, "open-in-excel.xlsx");
  await main(["new", file, "--sample"]);
  const owner = join(dir, "~$en-in-excel.xlsx");
  writeFileSync(owner, "owner: Planner");
  const before = readFileSync(file);
  const refused = await main(["refresh", file]);
  expect(refused.code).toBe(1);
  expect(refused.out).toHaveLength(1);
  expect(refused.out[0]).toMatch(/open-in-excel\.xlsx: seems to be open in Excel .*~\$en-in-excel\.xlsx.*--force/);
  expect(readFileSync(file).equals(before)).toBe(true);
  const forced = await main(["refresh", file, "--force"]);
  expect(forced.code).toBe(0);
});
