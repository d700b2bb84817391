/** @jest-environment jsdom */
/**
 * The Check tab in French and Spanish: its own words (model/i18n/pane-check), the stages' names
 * from the pane's words, plurals by each language's rules, and no English left in French. The
 * findings' messages are the model's and stay as they come (neutral ones here).
 */
import "./setup";
import { render, screen, within } from "@testing-library/react";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import type { CheckReport } from "../../src/service/planner-service";
import type { Finding, Severity } from "../../src/model/check/plan-tables";
import type { Language } from "../../src/model/i18n/language";
import { catalogue } from "../../src/model/i18n/pane-check";
import { translator } from "../../src/model/i18n/translate";
import { outcomeText } from "../../src/taskpane/components/CheckOutcome";
import { CheckPanel } from "../../src/taskpane/components/CheckPanel";
import { FIRST_SHOWN } from "../../src/taskpane/components/FindingList";
import { Themed } from "../../src/taskpane/mount";
import { initialCheckState, type CheckState } from "../../src/taskpane/state/check-state";
import { countBySeverity } from "../../src/taskpane/state/check-view";
import { loadOutline } from "../../src/taskpane/state/outline-loader";
import { loadPaneWords } from "../../src/taskpane/words";

const finding = (stage: number, severity: Severity, n: number, cell: string | null = `'S'!A${n}`, table = "tblActions"): Finding => ({
  rule: `rule-${n}`,
  severity,
  stage,
  table,
  ...(cell === null ? {} : { cell }),
  message: `M-${n}`,
});

function report(findings: Finding[], extra: Partial<CheckReport> = {}): CheckReport {
  const counts = countBySeverity(findings);
  const summary = { errors: counts.error, warnings: counts.warning, infos: counts.info, goals: 1, actions: 4, totalBudget: 0 };
  return { findings, summary, readSyncs: 3, marked: findings.filter((f) => f.cell).length, unmarkedSheets: [], ...extra };
}

// Two errors (stage 3), a warning (stage 2), a note about the whole workbook (no cell, the settings table).
const FINDINGS = [finding(3, "error", 1), finding(3, "error", 2), finding(2, "warning", 3), finding(0, "info", 4, null, "tblSettings")];
const REPORT = report(FINDINGS, { unmarkedSheets: ["S"] });
const noop = () => undefined;

// getByText compares text with its white space collapsed (a no-break space reads as a space), so
// the French below is written with plain spaces there; textContent keeps the no-break spaces.
async function renderCheck(language: Language, state: Partial<CheckState>) {
  const words = await loadPaneWords(language);
  return render(
    <Themed words={words}>
      <CheckPanel state={{ ...initialCheckState(), ...state }} blocked={false} onCheck={noop} onClearMarks={noop} onSelect={noop} onStage={noop} onSeverity={noop} onDismissError={noop} />
    </Themed>,
  );
}

/** Everything a reader or a screen reader gets: the text, the options, and the labels given as attributes. */
function visibleText(container: HTMLElement): string {
  const labels = [...container.querySelectorAll("[aria-label]")].map((e) => e.getAttribute("aria-label"));
  return [container.textContent, ...labels].join("\n");
}

/** Every state the tab shows its words in, each plural both ways: results, filtered, none left by the filters, a long list, busy, failed, empty and clean. */
const SCENES: Partial<CheckState>[] = [
  { report: REPORT, cleared: 1, error: { kind: "unexpected", what: "boom" } },
  { report: report(FINDINGS, { marked: 1, unmarkedSheets: ["S", "T"], summary: { ...REPORT.summary, goals: 2 } }), stage: 3, cleared: 3 },
  { report: REPORT, cleared: 0 },
  { report: REPORT, stage: 2, severity: "error", busy: { operation: { kind: "clear" } } },
  { report: report(Array.from({ length: FIRST_SHOWN + 2 }, (_, i) => finding(6, "info", i + 10))), busy: { operation: { kind: "check" } } },
  { report: report([], { summary: { errors: 0, warnings: 0, infos: 0, goals: 0, actions: 0, totalBudget: 0 } }) },
  { report: report([]) },
];

async function sceneText(language: Language): Promise<string> {
  const texts: string[] = [];
  for (const scene of SCENES) {
    const { container, unmount } = await renderCheck(language, scene);
    texts.push(visibleText(container));
    unmount();
  }
  return texts.join("\n");
}

/** The English messages' own phrases (two words or more, placeholders left out), to look for where they should not be. */
function englishPhrases(): string[] {
  const literals = (elements: MessageFormatElement[]): string[] =>
    elements.flatMap((e) => {
      if (e.type === TYPE.literal) return [e.value];
      if (e.type === TYPE.plural || e.type === TYPE.select) return Object.values(e.options).flatMap((o) => ["\n", ...literals(o.value), "\n"]);
      // A placeholder or "#" cuts a phrase in two.
      return ["\n"];
    });
  return Object.values(catalogue.en)
    .flatMap((text) => literals(parse(String(text), { ignoreTag: true })).join("").split("\n"))
    .map((s) => s.trim().replace(/^[\s(.,:"]+|[\s).,:"]+$/g, ""))
    .filter((s) => /\S+ \S+/.test(s) && s.length >= 8);
}

beforeAll(async () => {
  // Table captions for a finding without a cell ("Settings" on its sheet), as the pane has them once the workbook is read.
  await loadOutline();
});

describe("the Check tab in French", () => {
  it("says its results in French, with the stages' names of the pane and French plurals", async () => {
    await renderCheck("fr", { report: REPORT, cleared: 1 });
    expect(screen.getByRole("heading", { name: "Vérifier le plan" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Vérifier le plan" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Effacer les marques" })).toBeTruthy();
    const badges = within(screen.getByRole("group", { name: "Constats par gravité" }));
    expect(badges.getByText("2 erreurs")).toBeTruthy();
    expect(badges.getByText("1 avertissement")).toBeTruthy();
    expect(badges.getByText("1 remarque")).toBeTruthy();
    expect(screen.getByText("2 erreurs, 1 avertissement et 1 remarque")).toBeTruthy();
    expect(
      screen.getByText(
        'Vérification de 4 actions et de 1 objectif sélectionné. 3 cellules sont marquées dans le classeur. Les cellules de la feuille protégée "S" n’ont pas été marquées : ôtez la protection (Révision > Ôter la protection de la feuille) et vérifiez de nouveau pour les voir. Sélectionnez un constat pour aller à sa cellule.',
      ),
    ).toBeTruthy();
    expect(screen.getByText("1 marque a été supprimée du classeur.")).toBeTruthy();
    // Headings: the severity with its count, then the stage in the pane's words.
    expect(screen.getAllByRole("heading").map((h) => h.textContent)).toEqual([
      "Vérifier le plan",
      "Erreurs (2)",
      "Étape 3\u00a0: Plan d’action",
      "Avertissements (1)",
      "Étape 2\u00a0: Priorités",
      "Remarques (1)",
      "Classeur",
    ]);
    expect(screen.getByLabelText("Étape")).toBeTruthy();
    expect(screen.getByRole("option", { name: "Toutes les étapes (4)" })).toBeTruthy();
    expect(screen.getByRole("option", { name: "Étape 6\u00a0: Suivi et évaluation (0)" })).toBeTruthy();
    expect(screen.getByRole("option", { name: "Avertissements (1)" })).toBeTruthy();
    expect(screen.getByRole("switch", { name: "Afficher les détails techniques (noms des tableaux et des règles)" })).toBeTruthy();
    // The place of a finding about a whole table: the caption and sheet are the plan's, the sentence French.
    expect(screen.getByText('"Settings" sur la feuille Settings')).toBeTruthy();
  });

  it("says an unexpected failure, the filters' outcome and a long list in French", async () => {
    const { unmount } = await renderCheck("fr", { report: REPORT, stage: 3, error: { kind: "unexpected", what: "boom" } });
    expect(screen.getByText("Une erreur inattendue s’est produite : boom. Appuyez sur Vérifier le plan pour vérifier de nouveau le classeur.")).toBeTruthy();
    expect(screen.getByText("2 constats affichés sur 4.")).toBeTruthy();
    unmount();
    await renderCheck("fr", { report: REPORT, stage: 0 });
    expect(screen.getByText("1 constat affiché sur 4.")).toBeTruthy();
    expect(screen.getByText("Classeur")).toBeTruthy();
  });

  it("leaves no English of its own, in any state", async () => {
    const phrases = englishPhrases();
    // The scenes show every phrase of the tab's: in English, they are all there.
    const english = await sceneText("en");
    expect(phrases.filter((p) => !english.includes(p))).toEqual([]);
    const french = await sceneText("fr");
    expect(phrases.filter((p) => french.includes(p))).toEqual([]);
    expect(french.match(/\b(Stage|Severity|Workbook|Errors?|Warnings?|Notes?|Showing|Show all|findings?|marks?|Check plan|Clear marks)\b/g)).toBeNull();
  });
});

describe("the Check tab in Spanish", () => {
  it("says its results in Spanish, with the stages' names of the pane and Spanish plurals", async () => {
    await renderCheck("es", { report: REPORT, stage: 3, cleared: 2 });
    expect(screen.getByRole("button", { name: "Revisar el plan" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Borrar las marcas" })).toBeTruthy();
    const badges = within(screen.getByRole("group", { name: "Hallazgos por gravedad" }));
    expect(badges.getByText("2 errores")).toBeTruthy();
    expect(badges.getByText("1 advertencia")).toBeTruthy();
    expect(badges.getByText("1 nota")).toBeTruthy();
    expect(screen.getByText("2 errores, 1 advertencia y 1 nota")).toBeTruthy();
    expect(screen.getByText("Se quitaron 2 marcas del libro.")).toBeTruthy();
    expect(screen.getByText("Se muestran 2 hallazgos de 4.")).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Errores (2)" })).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Etapa 3: Plan de acción" })).toBeTruthy();
    expect(screen.getByRole("option", { name: "Libro (1)" })).toBeTruthy();
    expect(screen.getByLabelText("Gravedad")).toBeTruthy();
  });

  it("words a clean check and an empty plan", () => {
    const t = translator("es", catalogue.es);
    expect(outcomeText(report([]), t)).toEqual({ intent: "success", title: "No se encontraron problemas", text: "No se encontraron problemas en 4 acciones y 1 objetivo seleccionado." });
    expect(outcomeText(report([], { summary: { errors: 0, warnings: 0, infos: 0, goals: 0, actions: 0, totalBudget: 0 } }), t).title).toBe("Todavía no hay nada que revisar");
  });
});
