/**
 * The settings' validation messages in French and Spanish: the same problems on the same fields as
 * in English, none left in English; the pane quotes what was typed inside the language's quotes,
 * and mdplan new says them in the --language asked.
 */
import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main as runCli } from "../../src/cli/main";
import { DEFAULT_SETTINGS, SETTING_FIELDS, settingExpectation, validateSettings, type PlanSettings } from "../../src/model/settings";
import { draftFrom, draftProblems } from "../../src/taskpane/state/settings-draft";

/** Every setting wrong at once (and the two orderings broken where the values allow). */
const bad: PlanSettings = {
  ...DEFAULT_SETTINGS,
  country: " ",
  title: "",
  startYear: 1890,
  endYear: 2200,
  currency: "usd",
  frequency: "Weekly" as PlanSettings["frequency"],
  maxGoals: 0,
  onTrackThreshold: 2,
  atRiskThreshold: 0,
  riskHigh: 30,
  riskMedium: 0,
};
const ordered: PlanSettings = { ...DEFAULT_SETTINGS, country: "X", title: "Y", startYear: 2030, endYear: 2026, onTrackThreshold: 0.6, atRiskThreshold: 0.7, riskHigh: 10, riskMedium: 12 };

describe.each(["fr", "es"] as const)("in %s", (language) => {
  it("finds the same problems as English, each said in the language", () => {
    for (const settings of [bad, ordered]) {
      const english = validateSettings(settings);
      const other = validateSettings(settings, language);
      expect(other.map((p) => p.key)).toEqual(english.map((p) => p.key));
      other.forEach((p, i) => expect(p.message).not.toBe(english[i].message));
      expect(other.map((p) => p.message).join(" ")).not.toMatch(/\b(must be|is required|found|swap them)\b/);
    }
    expect(validateSettings(bad, language)).toHaveLength(11);
  });

  it("says what a setting's cell should hold, frequencies in the workbook's words", () => {
    const frequency = SETTING_FIELDS.find((f) => f.key === "frequency")!;
    expect(settingExpectation(frequency, language)).toMatch(language === "fr" ? /Annuelle, Semestrielle, Trimestrielle, Mensuelle/ : /Anual, Semestral, Trimestral, Mensual/);
    for (const field of SETTING_FIELDS) expect(settingExpectation(field, language)).not.toBe(settingExpectation(field));
  });

  it("quotes what the pane's user typed inside the language's quotes", () => {
    const problems = draftProblems({ ...draftFrom(DEFAULT_SETTINGS), country: "K", title: "T", startYear: "vingt" }, language);
    expect(problems.startYear).toContain(language === "fr" ? "«\u00a0vingt\u00a0»" : "«vingt»");
    expect(problems.startYear).not.toContain("NaN");
  });
});

test("English stays as it was", () => {
  expect(validateSettings({ ...DEFAULT_SETTINGS, country: "", title: "T" })[0].message).toBe("Country is required: type the country's name.");
  expect(settingExpectation(SETTING_FIELDS.find((f) => f.key === "frequency")!)).toBe("one of Annual, Semi-annual, Quarterly, Monthly");
});

test("mdplan new says a bad setting in the --language asked, and a missing name by its option", async () => {
  const file = join(mkdtempSync(join(tmpdir(), "mdplan-settings-languages-")), "plan.xlsx");
  const base = ["new", file, "--title", "Plan", "--start", "1800"];
  expect((await runCli([...base, "--country", "X"])).out.join("\n")).toMatch(/First year must be a whole year between 1990 and 2100 \(found "1800"\)/);
  expect((await runCli([...base, "--country", "X", "--language", "fr"])).out.join("\n")).toMatch(/La première année doit être une année entière comprise entre 1990 et 2100/);
  expect((await runCli([...base, "--country", "X", "--language", "es"])).out.join("\n")).toMatch(/El primer año debe ser un año entero entre 1990 y 2100/);
  const missing = await runCli(["new", file, "--title", "Plan", "--language", "fr"]);
  expect(missing.code).toBe(2);
  expect(missing.out.join("\n")).toMatch(/--country is required/);
});
