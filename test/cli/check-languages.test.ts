/**
 * The check's findings in the plan's language: a French or Spanish plan with planted faults gets
 * findings in French or Spanish that quote the workbook's own headers, at the same cells and under
 * the same rules as in English; `mdplan check --language` gives one language to a whole batch.
 */
import { mkdtempSync, readFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main as runCli } from "../../src/cli/main";
import { readPlanFromPackage } from "../../src/hosts/xlsx/package/read-plan";
import { checkPlan, summarise } from "../../src/model/check/check-plan";
import type { Finding } from "../../src/model/check/plan-tables";
import type { Language } from "../../src/model/i18n/language";
import { toLanguage } from "../../src/model/i18n/workbook/terms";
import { typeOver } from "../support/type-over";

const dir = mkdtempSync(join(tmpdir(), "mdplan-check-languages-"));

/** The sample in a language, with a goal that does not exist (C7) and a budget in words (I8). */
async function faultySample(language: Language): Promise<string> {
  const file = join(dir, `faulty-${language}.xlsx`);
  expect((await runCli(["new", file, "--sample", "--language", language, "--force"])).code).toBe(0);
  const sheet = toLanguage(language)("sheets", "3 Plan of Action");
  await typeOver(file, sheet, "C7", "G9");
  await typeOver(file, sheet, "I8", "lots");
  return file;
}

const readPlan = async (file: string) => readPlanFromPackage(file, readFileSync(file));
const at = (findings: Finding[], rule: string, cell: string) => findings.find((f) => f.rule === rule && f.cell?.endsWith(`!${cell}`));

/** Words only an English finding uses: none may be left in a French or Spanish one. */
const ENGLISH = /\b(expected|Correct the|is not|is blank|Type a|Retype|stage \d)\b/;

describe.each([
  ["fr", "«\u00a0", "\u00a0»"],
  ["es", "«", "»"],
] as const)("a %s plan's findings", (language, open, close) => {
  let findings: Finding[] = [];
  let english: Finding[] = [];

  beforeAll(async () => {
    const plan = await readPlan(await faultySample(language));
    findings = checkPlan(plan);
    english = checkPlan(plan, "en");
  });

  it("are in the workbook's language by default, at the same cells and rules as in English", () => {
    expect(findings.map((f) => [f.rule, f.cell])).toEqual(english.map((f) => [f.rule, f.cell]));
    expect(at(findings, "action-goal-unknown", "C7")).toBeDefined();
    expect(at(findings, "number-invalid", "I8")).toBeDefined();
    findings.forEach((f, i) => {
      expect(f.message).not.toBe(english[i].message);
      expect(f.message).not.toMatch(ENGLISH);
    });
  });

  it("quote the workbook's own headers where English quotes Budget and Goal ID", () => {
    const words = toLanguage(language);
    expect(at(english, "number-invalid", "I8")?.message).toMatch(/^Action A\d+: Budget is "lots"/);
    expect(at(findings, "number-invalid", "I8")?.message).toContain(`${open}${words("headers", "Budget")}${close}`);
    expect(at(findings, "number-invalid", "I8")?.message).toContain(`${open}lots${close}`);
    expect(at(findings, "action-goal-unknown", "C7")?.message).toContain(words("headers", "Goal ID"));
    expect(at(findings, "action-goal-unknown", "C7")?.message).toContain(`${open}G9${close}`);
  });

  it("count the plan's goals and budget as in English (read under the language's headers)", async () => {
    const summary = summarise(await readPlan(join(dir, `faulty-${language}.xlsx`)), findings);
    const en = summarise(await readPlan(await faultySample("en")), english);
    expect(summary).toEqual(en);
    expect(summary.goals).toBeGreaterThan(0);
    expect(summary.totalBudget).toBeGreaterThan(0);
  });
});

describe.each([
  ["fr", "«\u00a0", "\u00a0»"],
  ["es", "«", "»"],
] as const)("an English drop-down value typed in a %s plan", (language, open, close) => {
  const words = toLanguage(language);
  const q = (text: string) => `${open}${text}${close}`;
  /** The sample with its first action's Status typed over; the cell found by the reader, as the check reports it. */
  async function typedStatus(text: string): Promise<{ findings: Finding[]; cell: string }> {
    const file = join(dir, `status-${language}-${text.replace(/\W/g, "")}.xlsx`);
    expect((await runCli(["new", file, "--sample", "--language", language, "--force"])).code).toBe(0);
    const before = (await readPlan(file)).tables.tblActions!;
    const cell = before.rows[0].cells[words("headers", "Status")].address.split("!")[1];
    await typeOver(file, words("sheets", "3 Plan of Action"), cell, text);
    return { findings: checkPlan(await readPlan(file)), cell };
  }

  it("is an error at its cell, quoting what was typed and the workbook's own values", async () => {
    const { findings, cell } = await typedStatus("Ongoing");
    const f = at(findings, "status-invalid", cell);
    expect(f).toMatchObject({ severity: "error", table: "tblActions", column: "Status" });
    expect(f?.message).toContain(q("Ongoing"));
    expect(f?.message).toContain(["Planned", "Ongoing", "Delayed", "Completed", "Cancelled"].map((v) => words("values", v)).join(", "));
    expect(f?.message).toContain(q(words("values", "Ongoing")));
    expect(f?.message).not.toMatch(ENGLISH);
  });

  it("is not there when the workbook's own value is typed", async () => {
    const { findings, cell } = await typedStatus(words("values", "Ongoing"));
    expect(findings.filter((f) => f.cell?.endsWith(`!${cell}`))).toEqual([]);
  });
});

describe("mdplan check --language", () => {
  it("gives an English plan's findings in Spanish, at the same cells", async () => {
    const file = await faultySample("en");
    const plan = await readPlan(file);
    const r = await runCli(["check", file, "--language", "es", "--json"]);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out.join("\n")) as { findings: Finding[] };
    const english = checkPlan(plan);
    expect(report.findings.map((f) => [f.rule, f.cell])).toEqual(english.map((f) => [f.rule, f.cell]));
    expect(report.findings.map((f) => f.message)).toEqual(checkPlan(plan, "es").map((f) => f.message));
    report.findings.forEach((f, i) => expect(f.message).not.toBe(english[i].message));
    expect(at(report.findings, "number-invalid", "I8")?.message).toMatch(/«Presupuesto» es «lots»; se esperaba un monto/);
  });

  it("speaks each file's own language unless asked, and marks each finding's language in the report", async () => {
    const fr = join(dir, "faulty-fr.xlsx");
    const report = join(dir, "report.html");
    const r = await runCli(["check", fr, "--report", report]);
    expect(r.out.join("\n")).toContain("«\u00a0Budget\u00a0» vaut «\u00a0lots\u00a0»");
    expect(readFileSync(report, "utf8")).toContain('<td lang="fr">Action A');
  });

  it("refuses a language it does not speak", async () => {
    const r = await runCli(["check", join(dir, "faulty-fr.xlsx"), "--language", "de"]);
    expect(r.code).toBe(2);
    expect(r.out.join("\n")).toMatch(/--language must be one of en, fr, es \(got "de"\)/);
  });
});
