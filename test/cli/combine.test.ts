/**
 * `mdplan combine` as a donor runs it on a folder of submissions: one clean plan, one with planted
 * faults, one in French and one file that is no workbook. The portfolio, recalculated by
 * LibreOffice, totals to the sum of the parts as each plan gives them on its own.
 */
import JSZip from "jszip";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../src/cli/main";
import { runCombine } from "../../src/cli/command-combine";
import { checkFile } from "../../src/cli/check-files";
import { newPlanWorkbook } from "../../src/hosts/xlsx/plan-file";
import { cellAddress, parseRange } from "../../src/model/address";
import { KEY_COLUMNS, VALUE_LISTS } from "../../src/model/contract";
import { toLanguage } from "../../src/model/i18n/workbook/terms";
import { SAMPLE_DATA, SAMPLE_SETTINGS } from "../../src/model/sample/sample-plan";
import { STACKED_TABLES } from "../../src/model/portfolio/tables";
import { recalculate } from "../support/libreoffice";
import { readXlsx, type Value, type XlsxBook } from "../support/xlsx-values";

const dir = mkdtempSync(join(tmpdir(), "mdplan-combine-"));
const inbox = join(dir, "submissions");
const out = join(dir, "portfolio.xlsx");
const csvDir = join(dir, "csv");
const files = { clean: join(inbox, "a-clean.xlsx"), faulty: join(inbox, "b-faulty.xlsx"), french: join(inbox, "c-french.xlsx"), unreadable: join(inbox, "d-notes.xlsx") };

let result: Awaited<ReturnType<typeof runCombine>>;
let book: XlsxBook;
/** Each plan as LibreOffice computes it alone: the parts the portfolio must add up to. */
const plans = new Map<string, XlsxBook>();

beforeAll(async () => {
  mkdirSync(inbox);
  expect((await main(["new", files.clean, "--sample"])).code).toBe(0);
  expect((await main(["new", files.french, "--sample", "--language", "fr"])).code).toBe(0);
  // Faults the check reports as errors: an unknown goal, a budget typed as text, funding for no action.
  const actions = SAMPLE_DATA.tblActions!.map((a, i) => (i === 1 ? { ...a, "Goal ID": "G9" } : i === 2 ? { ...a, Budget: "lots" } : a));
  const funding = SAMPLE_DATA.tblFunding!.map((f, i) => (i === 0 ? { ...f, "Action ID": "A99" } : f));
  const faulty = await newPlanWorkbook({ ...SAMPLE_SETTINGS, country: "Faultland", title: "Faulty plan" }, { ...SAMPLE_DATA, tblActions: actions, tblFunding: funding });
  writeFileSync(files.faulty, faulty.bytes);
  writeFileSync(files.unreadable, "Minutes of the donors' meeting\n");
  // runCombine is what main dispatches `combine` to.
  result = await runCombine([inbox, "--out", out, "--csv", csvDir]);
  const [portfolio, ...parts] = recalculate([out, files.clean, files.faulty, files.french]);
  book = await readXlsx(portfolio);
  for (const [i, file] of [files.clean, files.faulty, files.french].entries()) plans.set(file, await readXlsx(parts[i]));
}, 240_000);

const num = (v: Value) => (typeof v === "number" ? v : 0);
const sum = (values: Value[]) => values.reduce<number>((s, v) => s + num(v), 0);
/** A plan table's column, found by its English header whatever the plan's language. */
function column(file: string, table: string, header: string): Value[] {
  const t = plans.get(file)!.table(table);
  const written = t.headers.find((h) => h === header || h === toLanguage("fr")("headers", header))!;
  return t.rows.map((r) => r[written]);
}

test("writes the portfolio, exits 2 and names the file it could not read, with why", () => {
  expect(result.code).toBe(2);
  expect(result.out[0]).toMatch(/^Wrote .*portfolio\.xlsx: 4 submissions, 3 read; 21 actions/);
  expect(result.out.join("\n")).toContain(`not read: ${files.unreadable}: is a text file`);
  const rows = book.table("tblSubmissions").rows;
  expect(rows.map((r) => [r.File, r.Status])).toEqual([
    [files.clean, "Read"],
    [files.faulty, "Read"],
    [files.french, "Read"],
    [files.unreadable, "Not read"],
  ]);
  expect(rows[3].Reason).toMatch(/^is a text file, not an Excel workbook/);
});

test("the Submissions table carries each file's check summary, as mdplan check gives it", async () => {
  const rows = book.table("tblSubmissions").rows;
  for (const [i, file] of [files.clean, files.faulty, files.french].entries()) {
    const checked = await checkFile(file);
    if ("error" in checked) throw new Error(checked.error);
    const { errors, warnings, goals, actions, totalBudget } = checked.summary;
    expect(rows[i]).toMatchObject({ Errors: errors, Warnings: warnings, Goals: goals, Actions: actions, Budget: totalBudget });
  }
  expect(rows[0].Errors).toBe(0);
  expect(rows[1].Errors).toBeGreaterThanOrEqual(3);
  expect(rows[2]).toMatchObject({ Language: "fr", "Indicators on track": rows[0]["Indicators on track"] });
});

test("recalculated by LibreOffice, the totals by country are the sum of each plan's own figures, with no formula error", () => {
  expect(book.errors()).toEqual([]);
  const byCountry = book.table("tblByCountry");
  const expected = [files.clean, files.faulty, files.french].map((file) => ({
    Plans: 1,
    Actions: column(file, "tblActions", "Action ID").filter((v) => v !== null && v !== "").length,
    Budget: sum(column(file, "tblActions", "Budget")),
    "Funding gap": sum(column(file, "tblActions", "Funding gap")),
    Indicators: column(file, "tblIndicators", "Indicator ID").filter((v) => v !== null && v !== "").length,
  }));
  expect(byCountry.rows.map((r) => r.Country)).toEqual([SAMPLE_SETTINGS.country, "Faultland", "République de Kestrélie (fictive)"]);
  byCountry.rows.forEach((r, i) => expect(r).toMatchObject(expected[i]));
  // The totals row above the table: every country together.
  const box = parseRange(byCountry.ref);
  const total = (header: string) => book.cell("Summary", cellAddress(box.row - 1, box.col + byCountry.headers.indexOf(header)))!.value;
  expect(total("Budget")).toBe(sum(expected.map((e) => e.Budget)));
  expect(total("Funding gap")).toBe(sum(expected.map((e) => e["Funding gap"])));
  expect(total("Actions")).toBe(21);
  expect(book.cell("Summary", cellAddress(box.row - 1, box.col))!.value).toBe("All countries");
});

test("totals by GCM objective add up to the actions whose goal names one", () => {
  const actions = book.table("tblAllActions").rows;
  const byObjective = book.table("tblByObjective").rows;
  for (const r of byObjective) {
    const mine = actions.filter((a) => a["GCM objective"] === r["GCM objective"]);
    expect(r).toMatchObject({ Actions: mine.length, Budget: sum(mine.map((a) => a.Budget)) });
  }
  // The faulty plan's action under goal G9 has no objective to total under.
  expect(sum(byObjective.map((r) => r.Actions))).toBe(actions.length - 1);
});

test("a French submission stacks under the same English keys and values", () => {
  const t = book.table("tblAllActions");
  expect(t.headers).toEqual(STACKED_TABLES.find((s) => s.name === "tblAllActions")!.headers);
  expect(t.headers).toEqual(expect.arrayContaining([...KEY_COLUMNS.tblActions]));
  const french = t.rows.filter((r) => r.File === files.french);
  const english = t.rows.filter((r) => r.File === files.clean);
  expect(french.map((r) => [r["Action ID"], r.Status, r.Endorsed, r.Budget, r["GCM objective"]])).toEqual(english.map((r) => [r["Action ID"], r.Status, r.Endorsed, r.Budget, r["GCM objective"]]));
  const statuses = book.table("tblAllIndicators").rows.map((r) => r.Status);
  expect(statuses.every((s) => (VALUE_LISTS.lstIndicatorStatus as readonly Value[]).includes(s))).toBe(true);
});

test("--csv writes one file per table: BOM, CRLF, quoted fields, plain numbers", () => {
  expect(readdirSync(csvDir).sort()).toEqual(["submissions.csv", ...STACKED_TABLES.map((t) => `${t.csv}.csv`)].sort());
  const bytes = readFileSync(join(csvDir, "actions.csv"));
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.subarray(3).toString("utf8");
  const lines = text.split("\r\n");
  expect(lines[0]).toBe(STACKED_TABLES.find((s) => s.name === "tblAllActions")!.headers.join(","));
  expect(text.endsWith("\r\n")).toBe(true);
  expect(text.replace(/\r\n/g, "")).not.toContain("\n");
  expect(lines[1]).toContain(`,"ILO, employers' federation",`);
  expect(lines[1]).toContain(",850000,");
  expect(lines).toHaveLength(21 + 2);
});

test("the Summary sheet draws its two charts, over the tables by country and by objective", async () => {
  const zip = await JSZip.loadAsync(readFileSync(out));
  const charts = await Promise.all(zip.file(/^xl\/charts\/chart\d+\.xml$/).map((f) => f.async("string")));
  expect(charts).toHaveLength(2);
  expect(charts.join("\n")).toContain("Summary!$A$");
});

test("wrong usage: no --out, or an --out that is not .xlsx", async () => {
  await expect(runCombine([inbox])).rejects.toThrow(/--out FILE/);
  await expect(runCombine([inbox, "--out", join(dir, "p.csv")])).rejects.toThrow(/must end in \.xlsx/);
});

test("mdplan --help lists combine and its options; mdplan combine without --out is a one-line usage error", async () => {
  const help = (await main(["--help"])).out.join("\n");
  for (const word of ["mdplan combine PATH... --out FILE", "Options of combine:", "--csv DIR"]) expect(help).toContain(word);
  const r = await main(["combine", inbox]);
  expect(r).toEqual({ code: 2, out: [expect.stringMatching(/^mdplan: combine needs --out FILE/)] });
});

test("a portfolio written into the folder it combines is not read back as a submission", async () => {
  const inside = join(inbox, "portfolio.xlsx");
  await runCombine([files.clean, "--out", inside]);
  const again = await runCombine([inbox, "--out", inside, "--force"]);
  expect(again.out[0]).toMatch(/: 4 submissions, 3 read;/);
});

test("the README's donor workflow runs as written: check the folder, combine it, export one plan to IATI", async () => {
  const readme = readFileSync(join(__dirname, "..", "..", "README.md"), "utf8");
  const block = /### A donor's workflow, end to end\n+```\n([\s\S]*?)```/.exec(readme);
  expect(block).not.toBeNull();
  const commands = block![1]
    .split("\n")
    .map((line) => line.replace(/#.*$/, "").trim())
    .filter(Boolean);
  expect(commands.map((c) => c.split(/\s+/)[2])).toEqual(["check", "combine", "export"]);
  const workflow = join(dir, "workflow");
  mkdirSync(workflow);
  // The README's paths, in a folder of the test's own: its kenya.xlsx is the clean sample.
  const outputs = new Set(["check.html", "portfolio.xlsx", "portfolio/", "kenya.xml"]);
  const place = (word: string) => (word === "submissions/" ? inbox : word === "submissions/kenya.xlsx" ? files.clean : outputs.has(word) ? join(workflow, word) : word);
  const codes: number[] = [];
  for (const command of commands) {
    const argv = command.split(/\s+/).slice(2).map(place);
    codes.push((await main(argv)).code);
  }
  // The unreadable submission makes check and combine say so (exit 2); the export writes its file.
  expect(codes).toEqual([2, 2, 0]);
  expect(readFileSync(join(workflow, "check.html"), "utf8")).toMatch(/a-clean\.xlsx/);
  expect(readdirSync(workflow).sort()).toEqual(["check.html", "kenya.xml", "portfolio", "portfolio.xlsx"]);
  expect(readFileSync(join(workflow, "kenya.xml"), "utf8")).toMatch(/<iati-activity [^>]*>\s*<iati-identifier>AA-AAA-KESTRELIA-MOP-NPA-A1</);
}, 120_000);
