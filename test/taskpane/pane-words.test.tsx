/** @jest-environment jsdom */
/**
 * The first screen and its answers in French and Spanish: the pane's own words, whole sentences
 * with their plurals, and none of its English left once the pane speaks French. (The model's words,
 * such as the settings' validation messages and the workbook's notices, are not the pane's yet.)
 */
import "./setup";
import { render, screen, waitFor, within } from "@testing-library/react";
import type { SetupReport, WorkbookStatus } from "../../src/service/planner-service";
import { catalogue as results } from "../../src/model/i18n/pane-results";
import { messages as english } from "../../src/model/i18n/pane/en";
import { messages as spanish } from "../../src/model/i18n/pane/es";
import { messages as french } from "../../src/model/i18n/pane/fr";
import { translator } from "../../src/model/i18n/translate";
import { STAGES } from "../../src/model/registry";
import { DEFAULT_SETTINGS } from "../../src/model/settings";
import { ErrorBar } from "../../src/taskpane/components/ErrorBar";
import { noticeLine, noticeTitle } from "../../src/taskpane/components/NoticeBars";
import { resultSummary } from "../../src/taskpane/components/Results";
import { settingsLine } from "../../src/taskpane/components/SettingsSummary";
import { CHUNK_FAILED } from "../../src/taskpane/lazy-office-planner";
import { LazyCheckPanel } from "../../src/taskpane/lazy-views";
import { Themed } from "../../src/taskpane/mount";
import { initialCheckState } from "../../src/taskpane/state/check-state";
import { busyText, describeFailure } from "../../src/taskpane/state/pane-state";
import { loadPaneWords } from "../../src/taskpane/words";
import { isDisabled, outcomeAt, renderPane, statusAt } from "./pane-helpers";

const WAIT = { timeout: 15000 };
const NBSP = "\u00a0";
const fr = translator("fr", french);
const es = translator("es", spanish);
const frSaid = translator("fr", results.fr);
const esSaid = translator("es", results.es);

const ready = (number: number) => ({ number, name: `Stage ${number}`, status: "ready" as const, details: [], additions: [] });
const status: WorkbookStatus = { settings: { ...DEFAULT_SETTINGS, country: "Kenya", title: "Plan" }, stages: STAGES.map((s) => ready(s.number)), workbook: ready(0), notices: [] };
const report = (steps: number, syncs: number): SetupReport => ({ notices: [], steps, syncs, status });

describe("the pane's helpers in French and Spanish", () => {
  it("say what runs and what failed in the pane's language", () => {
    expect(busyText({ kind: "read" }, fr)).toBe("Lecture du classeur…");
    expect(busyText({ kind: "rebuild", target: "capacity" }, es)).toBe("Generando la matriz de capacidades…");
    expect(describeFailure(new Error("disque en feu"), fr)).toBe(
      `Une erreur inattendue s’est produite${NBSP}: disque en feu. Appuyez sur Actualiser l’état pour voir ce que contient maintenant le classeur.`,
    );
  });

  it("count changes, round trips, notices and stages with each language's plurals", () => {
    expect(resultSummary({ kind: "rebuild", target: "dashboard" }, report(1, 1), frSaid).detail).toBe("1 modification effectuée en 1 aller-retour avec Excel.");
    expect(resultSummary({ kind: "setup" }, report(125, 3), esSaid)).toEqual({
      intent: "success",
      title: "Libro configurado",
      text: `Los parámetros, el panel de control y las hojas de las ${STAGES.length} etapas están en el libro.`,
      detail: "125 cambios realizados en 3 idas y vueltas con Excel.",
    });
    const oneReady: WorkbookStatus = { ...status, stages: status.stages.map((s, i) => (i === 0 ? s : { ...s, status: "missing" as const })) };
    expect(resultSummary({ kind: "setup" }, { ...report(9, 2), status: oneReady }, frSaid).text).toBe(`1 étape sur ${STAGES.length} est prête${NBSP}; les autres indiquent ce qui bloque.`);
    expect(resultSummary({ kind: "setup", stages: [2] }, report(5, 2), frSaid).title).toBe("Étape 2 configurée");
    expect(noticeTitle("warning", 1, esSaid)).toBe("1 advertencia");
    expect(noticeTitle("error", 3, frSaid)).toBe("3 problèmes");
    expect(noticeLine({ level: "info", message: "Nothing to do.", sheet: "Dashboard" }, frSaid)).toBe(`Dashboard${NBSP}: Nothing to do.`);
  });

  it("summarise the settings in the pane's language, years as typed", () => {
    expect(settingsLine({ ...DEFAULT_SETTINGS, country: "Kenia", frequency: "Semi-annual" }, es)).toBe("Kenia · 2026–2030 · USD · informes semestrales");
    expect(settingsLine({ ...DEFAULT_SETTINGS, country: "Sénégal", currency: "XOF" }, fr)).toBe("Sénégal · 2026–2030 · XOF · rapports annuels");
  });
});

describe("the pane's shared parts in French and Spanish", () => {
  it("says a chunk that did not load in the pane's language, whichever tab shows it", async () => {
    render(
      <Themed words={await loadPaneWords("es")}>
        <ErrorBar message={CHUNK_FAILED} onDismiss={() => undefined} />
      </Themed>,
    );
    expect(screen.getByText("No ha funcionado")).toBeTruthy();
    expect(screen.getByText(/^Una parte de M&D Planner no se cargó: /)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Cerrar" })).toBeTruthy();
  });

  it("says a tab is loading in French", async () => {
    const noop = () => undefined;
    render(
      <Themed words={await loadPaneWords("fr")}>
        <LazyCheckPanel state={initialCheckState()} blocked={false} stageNames={new Map()} onCheck={noop} onClearMarks={noop} onSelect={noop} onStage={noop} onSeverity={noop} onDismissError={noop} />
      </Themed>,
    );
    expect(screen.getByRole("status").textContent).toBe("Chargement de la vérification…");
  });
});

/** The pane's literal English sentences and labels (no placeholder) that French says otherwise. */
function englishPhrases(): string[] {
  const literal = (m: Record<string, unknown>, other: Record<string, unknown>) =>
    Object.entries(m)
      .filter(([k, v]) => typeof v === "string" && !v.includes("{") && v !== other[k] && !k.startsWith("startup."))
      .map(([, v]) => v as string);
  return [
    ...literal(english, french),
    ...literal(results.en, results.fr),
    // From messages with placeholders.
    "fill in or fix",
    "Advanced (",
    "to fix)",
    "reported annually",
    "changes made in",
    "round trip",
    "Loading the",
    "did not load",
  ];
}

describe("the first screen in French", () => {
  it("speaks French from the tabs to the answer, with plurals, and leaves none of its English", async () => {
    const { user } = await renderPane({ words: await loadPaneWords("fr") });
    expect(screen.getByRole("tab", { name: "Configurer" })).toBeTruthy();
    expect(screen.getByRole("tab", { name: "Vérifier" })).toBeTruthy();
    expect(screen.getByText("Aucun plan dans ce classeur pour l’instant")).toBeTruthy();
    // A no-break space before the colon (the queries' own whitespace rule would hide it: textContent says it).
    expect(screen.getByText(/^Paramètres, listes et tableau de bord/).textContent).toBe(`Paramètres, listes et tableau de bord${NBSP}:`);
    expect(screen.getByRole("heading", { name: "Paramètres du plan" })).toBeTruthy();
    expect(screen.getByText(/^Pour configurer le classeur/).textContent).toBe(`Pour configurer le classeur, remplissez ou corrigez${NBSP}: Pays, Titre du plan.`);
    expect(screen.getByText("Le pays auquel appartient ce plan.")).toBeTruthy();
    const frequency = screen.getByLabelText(/^Fréquence des rapports/) as HTMLSelectElement;
    expect([...frequency.options].map((o) => o.text)).toEqual(["Annuelle", "Semestrielle", "Trimestrielle", "Mensuelle"]);
    expect(screen.getByRole("button", { name: "Actualiser le tableau de bord" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Actualiser l’état" })).toBeTruthy();

    await user.type(screen.getByLabelText(/^Pays/), "Sénégal");
    await user.type(screen.getByLabelText(/^Titre du plan/), "Plan d’action M&D");
    await user.selectOptions(frequency, "Trimestrielle");
    expect(frequency.value).toBe("Quarterly");
    const setUp = screen.getByRole("button", { name: "Configurer le classeur" });
    expect(isDisabled(setUp)).toBe(false);
    await user.click(setUp);
    await waitFor(() => expect(statusAt("settings").getByText("Classeur configuré")).toBeTruthy(), WAIT);
    expect(statusAt("settings").getByText(`Les paramètres, le tableau de bord et les feuilles des ${STAGES.length} étapes sont dans le classeur.`)).toBeTruthy();
    const detail = statusAt("settings").getByText(/^\d+ modifications effectuées en \d+ allers?-retours? avec Excel\.$/);
    expect(detail.closest("details")?.querySelector("summary")?.textContent).toBe("Détails");
    expect(screen.getByText("Sénégal · 2026–2030 · USD · rapports trimestriels")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Modifier les paramètres" })).toBeTruthy();

    // The pane's own parts: the header, the tabs, the settings, the stages' heading and button, the dashboard, every answer.
    const mine = [
      document.querySelector("header")!,
      screen.getByRole("tablist"),
      screen.getByRole("region", { name: "Paramètres du plan" }),
      screen.getByRole("heading", { name: "Étapes" }),
      screen.getByRole("button", { name: "Actualiser l’état" }),
      screen.getByRole("region", { name: "Tableau de bord" }),
      ...document.querySelectorAll<HTMLElement>("[data-outcome]"),
    ];
    const text = mine.map((e) => e.textContent).join("\n");
    expect(englishPhrases().filter((phrase) => text.includes(phrase))).toEqual([]);
  }, 30000);
});

describe("the first screen in Spanish", () => {
  it("counts the advanced settings to fix with a plural", async () => {
    const { user } = await renderPane({ words: await loadPaneWords("es") });
    expect(screen.getByRole("tab", { name: "Configurar" })).toBeTruthy();
    expect(screen.getByRole("tab", { name: "Catálogo" })).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Panel de control" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Configurar el libro" })).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Parámetros avanzados" }));
    for (const label of [/^Número máximo de objetivos prioritarios/, /^Riesgo alto a partir de la puntuación/]) {
      const field = screen.getByLabelText(label);
      await user.clear(field);
      await user.type(field, "0");
    }
    await user.click(screen.getByRole("button", { name: /^Parámetros avanzados/ }));
    expect(screen.getByRole("button", { name: "Parámetros avanzados (2 por corregir)" })).toBeTruthy();
    expect(screen.getByText(/^Para configurar el libro, complete o corrija: País, Título del plan, Número máximo de objetivos prioritarios, Riesgo alto a partir de la puntuación\.$/)).toBeTruthy();
    expect(within(outcomeAt("dashboard")).queryByText(/./)).toBeNull();
  }, 30000);
});
