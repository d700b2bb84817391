/**
 * The words around mdplan check's findings in the language asked: a French or Spanish batch's text
 * and HTML reports give their headings, columns, severities and budgets as a planner in Rabat or
 * Quito reads them; without --language they stay English whatever the workbooks speak, and the
 * JSON keeps its English keys and severity codes.
 */
import { mkdtempSync, readFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main as runCli } from "../../src/cli/main";
import type { Language } from "../../src/model/i18n/language";
import { toLanguage } from "../../src/model/i18n/workbook/terms";
import { typeOver } from "../support/type-over";

const dir = mkdtempSync(join(tmpdir(), "mdplan-check-report-"));

/** A plan with nothing in it yet (no findings), the sample with two errors planted, and a file that is not there. */
async function batch(language: Language): Promise<{ empty: string; faulty: string; missing: string }> {
  const empty = join(dir, `empty-${language}.xlsx`);
  const faulty = join(dir, `faulty-${language}.xlsx`);
  const plan = ["--country", "Ecuador", "--title", "Plan", "--start", "2026", "--end", "2030", "--currency", "USD"];
  expect((await runCli(["new", empty, ...plan, "--language", language, "--force"])).code).toBe(0);
  expect((await runCli(["new", faulty, "--sample", "--language", language, "--force"])).code).toBe(0);
  const sheet = toLanguage(language)("sheets", "3 Plan of Action");
  await typeOver(faulty, sheet, "C7", "G9");
  await typeOver(faulty, sheet, "I8", "lots");
  return { empty, faulty, missing: join(dir, `missing-${language}.xlsx`) };
}

/** What the English report says around the findings: none of it may be left in another language's. */
const ENGLISH = /\b(unreadable|no findings|Summary|total budget|warning|Could not be read|No findings|Severity|Finding|workbook\(s\)|checked on|does not exist)\b/;

const cases = [
  {
    language: "fr",
    // The sample's budget less the 1,200,000 typed over with "lots"; French groups with a narrow no-break space.
    budget: "4\u202f710\u202f000",
    text: { unreadable: "illisible", none: "aucun constat", summary: "Synthèse", head: "fichier|erreurs|avertissements|objectifs|actions|budget total", error: "erreur", warning: "avertissement" },
    html: ["<title>Rapport de vérification M&amp;D Planner</title>", "<p>3 classeurs vérifiés le ", "<th>Fichier</th><th>Erreurs</th><th>Avertissements</th><th>Objectifs sélectionnés</th><th>Actions</th><th>Budget total</th>", "<th>Gravité</th><th>Étape</th><th>Cellule</th><th>Règle</th><th>Constat</th>", '<td class="error">erreur</td>', '<td class="warning">avertissement</td>', '<p class="ok">Aucun constat.</p>', 'class="error">Lecture impossible\u00a0: ', "\u00a0: ce fichier n’existe pas. Vérifiez le chemin."],
  },
  {
    language: "es",
    // Spanish groups with a full stop.
    budget: "4.710.000",
    text: { unreadable: "ilegible", none: "ningún hallazgo", summary: "Resumen", head: "archivo|errores|advertencias|objetivos|acciones|presupuesto total", error: "error", warning: "advertencia" },
    html: ["<title>Informe de revisión de M&amp;D Planner</title>", "<p>3 libros revisados el ", "<th>Archivo</th><th>Errores</th><th>Advertencias</th><th>Objetivos seleccionados</th><th>Acciones</th><th>Presupuesto total</th>", "<th>Gravedad</th><th>Etapa</th><th>Celda</th><th>Regla</th><th>Hallazgo</th>", '<td class="error">error</td>', '<td class="warning">advertencia</td>', '<p class="ok">Ningún hallazgo.</p>', 'class="error">No se pudo leer: ', ": el archivo no existe. Compruebe la ruta."],
  },
] as const;

describe.each(cases)("mdplan check --language $language", ({ language, budget, text, html }) => {
  let lines: string[] = [];
  let page = "";
  let files = { empty: "", faulty: "", missing: "" };

  beforeAll(async () => {
    files = await batch(language);
    const report = join(dir, `report-${language}.html`);
    const r = await runCli(["check", files.missing, files.empty, files.faulty, "--language", language, "--report", report]);
    expect(r.code).toBe(2);
    lines = r.out;
    page = readFileSync(report, "utf8");
  });

  const lineOf = (pattern: RegExp) => lines.find((l) => pattern.test(l)) ?? "";

  it("frames the text report in the language: unreadable, no findings, severities, summary", () => {
    expect(lines[lines.indexOf(`== ${files.missing}`) + 1]).toMatch(new RegExp(`^ {3}${text.unreadable} {2}\\S`));
    expect(lines[lines.indexOf(`== ${files.empty}`) + 1]).toBe(`   ${text.none}`);
    // The severity word translated, the rule id as it is, the finding in the workbook's language.
    expect(lineOf(/!C7 /)).toMatch(new RegExp(` {2}${text.error} +action-goal-unknown +\\S`));
    expect(lineOf(/!I8 /)).toMatch(new RegExp(` {2}${text.error} +number-invalid +\\S`));
    expect(lines.some((l) => new RegExp(` {2}${text.warning} +[a-z-]+ {2,}\\S`).test(l))).toBe(true);
    expect(lines).toContain(text.summary);
    expect(lines[lines.indexOf(text.summary) + 1].trim().replace(/ {2,}/g, "|")).toBe(text.head);
    expect(lineOf(new RegExp(`^${files.faulty} `)).trimEnd()).toMatch(new RegExp(`^\\S+ +2 +\\d+ +4 +7 +${budget.replace(/\./g, "\\.")}$`));
    expect(lineOf(new RegExp(`^${files.missing} `)).trim()).toMatch(new RegExp(`^\\S+ {2,}${text.unreadable}$`));
  });

  it("lines the rules up after the longest severity word", () => {
    const start = lines.indexOf(`== ${files.faulty}`) + 1;
    const findings = lines.slice(start, lines.indexOf("", start));
    expect(findings.some((l) => l.includes(`  ${text.error}  `)) && findings.some((l) => l.includes(`  ${text.warning}  `))).toBe(true);
    expect(new Set(findings.map((l) => l.search(/ [a-z]+(-[a-z]+)+ /))).size).toBe(1);
  });

  it("leaves no English word around the findings", () => {
    const framing = lines.filter((l) => !/^ {3}'/.test(l) && !l.startsWith("=="));
    expect(framing.filter((l) => ENGLISH.test(l))).toEqual([]);
    // Class names are codes for the style sheet, not words a reader sees.
    const words = page.replace(/<style>[\s\S]*<\/style>/, "").replace(/<td lang="[a-z]+">[^<]*<\/td>/g, "").replace(/ class="[^"]*"/g, "");
    expect(words.match(ENGLISH)).toBeNull();
  });

  it("frames the HTML report in the language, with the page's lang", () => {
    expect(page).toContain(`<html lang="${language}">`);
    for (const words of html) expect(page).toContain(words);
    expect(page).toContain(`<td class="num">${budget}</td>`);
    // Each finding still says which language it is in.
    expect(page).toContain(`<td lang="${language}">`);
  });

  it("keeps the JSON for tools: English keys and severity codes, the findings in the language", async () => {
    const r = await runCli(["check", files.faulty, "--language", language, "--json"]);
    const report = JSON.parse(r.out.join("\n")) as { findings: { severity: string; rule: string }[]; summary: { totalBudget: number } };
    expect(report.findings.map((f) => f.severity)).toEqual(expect.arrayContaining(["error", "warning"]));
    expect(report.summary.totalBudget).toBe(4_710_000);
  });
});

describe("mdplan check without --language", () => {
  it("frames a French and a Spanish plan's report in English, their findings in their own language", async () => {
    const fr = (await batch("fr")).faulty;
    const es = (await batch("es")).faulty;
    const report = join(dir, "report-default.html");
    const r = await runCli(["check", fr, es, "--report", report]);
    const out = r.out.join("\n");
    expect(out).toMatch(/ {2}error {4}action-goal-unknown {11}Action A1\u00a0: /);
    expect(out).toMatch(/ {2}error {4}action-goal-unknown {11}Acción A1: /);
    expect(r.out).toContain("Summary");
    expect(out).toMatch(/^file +errors +warnings +goals +actions +total budget$/m);
    expect(out).toMatch(/faulty-fr\.xlsx +2 +\d+ +4 +7 +4,710,000/);
    const page = readFileSync(report, "utf8");
    expect(page).toContain('<html lang="en">');
    expect(page).toContain("<p>2 workbook(s) checked on ");
    expect(page).toContain('<td lang="fr">Action A1');
    expect(page).toContain('<td lang="es">Acción A1');
  });
});
