/** @jest-environment jsdom */
/**
 * What the pane shows once it has read the workbook (the status-views chunk: stage cards, status
 * badge, What next) in the pane's language: its own sentences in French and Spanish around the
 * model's sheet names and captions, plurals by count, and no English left over in French.
 */
import "./setup";
import { getDefaultNormalizer, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactElement } from "react";
import type { WorkbookStatus } from "../../src/service/planner-service";
import type { Language } from "../../src/model/i18n/language";
import { catalogue } from "../../src/model/i18n/pane-status";
import { messages as paneEnglish } from "../../src/model/i18n/pane/en";
import { translator } from "../../src/model/i18n/translate";
import type { SheetAdditions, StageState, StageStatus } from "../../src/model/layout/steps";
import { ASSESSMENT_STAGE } from "../../src/model/registry";
import { DEFAULT_SETTINGS } from "../../src/model/settings";
import type { StageGuidance } from "../../src/model/spec/sheet-layout";
import { NextSteps, StageCards, StatusBadge } from "../../src/taskpane/components/status-views";
import { Themed } from "../../src/taskpane/mount";
import { unreadyText } from "../../src/taskpane/state/next-step";
import { loadOutline } from "../../src/taskpane/state/outline-loader";
import { tablePlace, type TablePlace } from "../../src/taskpane/state/plain-words";
import { loadPaneWords } from "../../src/taskpane/words";

const noop = () => undefined;

// Testing Library folds a no-break space into a space: French's, before ":" and "?", is looked for as it is.
const AS_IS = { normalizer: getDefaultNormalizer({ collapseWhitespace: false }) };

async function renderIn(language: Language, ui: ReactElement) {
  const words = await loadPaneWords(language);
  return render(<Themed words={words}>{ui}</Themed>);
}

const stage = (number: number, status: StageStatus, additions: SheetAdditions[] = []): StageState => ({ number, name: `Stage ${number} (model)`, status, details: [], additions });

// The guidance comes from the model and stays English for now: here it is neutral, so only the pane's own words are looked at.
const GUIDANCE: StageGuidance = { purpose: "…", fillIn: "…", goodLooksLike: "…" };

let context: TablePlace;
let policies: TablePlace;
beforeAll(async () => {
  await loadOutline();
  context = tablePlace("tblContext")!;
  policies = tablePlace("tblPolicies")!;
});

function cards() {
  const stages = [
    stage(1, "missing", [{ sheet: context.sheet, captions: [context.caption, policies.caption] }]),
    stage(2, "needs update", [{ sheet: policies.sheet, captions: [policies.caption] }]),
    stage(3, "ready"),
    stage(4, "blocked"),
  ];
  const guidance = new Map(stages.map((s) => [s.number, GUIDANCE]));
  return <StageCards stages={stages} guidance={guidance} canSetUp onSetUpStage={noop} />;
}

function status(stages: StageState[], workbook: StageStatus = "ready"): WorkbookStatus {
  return { settings: DEFAULT_SETTINGS, stages, workbook: stage(0, workbook), notices: [] };
}

const everyReady = status([1, 2, 3, 4, 5, 6].map((n) => stage(n, "ready")));

describe("in French", () => {
  it("the stage cards say the stage's name, state, guidance and set-up in French", async () => {
    const user = userEvent.setup();
    await renderIn("fr", cards());
    const first = screen.getByRole("listitem", { name: "1. Diagnostic" });
    expect(within(first).getByText("Manquante")).toBeTruthy();
    expect(within(first).getByRole("button", { name: "Configurer cette étape" })).toBeTruthy();
    expect(within(first).getByText("Ce que la configuration ajoute")).toBeTruthy();
    expect(first.textContent).toContain(`Feuille "${context.sheet}"\u00a0: ${context.caption}, ${policies.caption}.`);
    await user.click(within(first).getByRole("button", { name: "Conseils" }));
    expect(within(first).getByText("À quoi elle sert\u00a0:", AS_IS)).toBeTruthy();
    expect(within(first).getByText("À quoi ressemble un bon résultat\u00a0:", AS_IS)).toBeTruthy();

    const second = screen.getByRole("listitem", { name: "2. Priorités" });
    expect(within(second).getByText("À mettre à jour")).toBeTruthy();
    expect(within(second).getByText(`Il manque sur la feuille "${policies.sheet}"\u00a0: ${policies.caption}.`, AS_IS)).toBeTruthy();
    const third = screen.getByRole("listitem", { name: "3. Plan d’action" });
    expect(within(third).getByText("Prête")).toBeTruthy();
    expect(within(third).getByRole("button", { name: "Configurer de nouveau" })).toBeTruthy();
    expect(within(screen.getByRole("listitem", { name: /^4\. / })).getByText("Bloquée")).toBeTruthy();
  });

  it("What next says what to do, in French", async () => {
    await renderIn("fr", <NextSteps status={everyReady} busy={false} onCheck={noop} />);
    const next = within(screen.getByRole("region", { name: "Et maintenant\u00a0?" }));
    expect(next.getByText(new RegExp(`^Remplissez l’étape 1, Diagnostic, sur la feuille "${ASSESSMENT_STAGE.sheets.main.name}"`))).toBeTruthy();
    expect(next.getByRole("button", { name: "Vérifier le plan" })).toBeTruthy();
    expect(next.getByText(/^Après avoir saisi des actions, .* appuyez sur Actualiser le tableau de bord \(en bas de cet onglet\)/)).toBeTruthy();
  });

  it("counts the stages in the way: one, or several in a French list", async () => {
    const { unmount } = await renderIn("fr", <NextSteps status={status([stage(1, "missing"), stage(2, "missing"), stage(3, "missing")])} busy={false} onCheck={noop} />);
    expect(screen.getByText("Les étapes 1, 2 et 3 ne sont pas encore configurées\u00a0: appuyez sur Configurer cette étape sur leurs fiches.", AS_IS)).toBeTruthy();
    unmount();
    await renderIn("fr", <NextSteps status={status([stage(1, "ready"), stage(2, "blocked")])} busy={false} onCheck={noop} />);
    expect(screen.getByText("L’étape 2 est bloquée\u00a0: sa fiche indique ce qui fait obstacle.", AS_IS)).toBeTruthy();
  });

  it("names the first screen's buttons as they read there", async () => {
    await renderIn("fr", <NextSteps status={status([stage(1, "ready")], "missing")} busy={false} onCheck={noop} />);
    expect(screen.getByText(/appuyez sur Modifier les paramètres, puis sur Configurer le classeur\.$/)).toBeTruthy();
  });

  it("leaves none of the pane's English in these views", async () => {
    const shown: string[] = [];
    const look = () => {
      const labels = [...document.querySelectorAll("[aria-label], [title], [placeholder]")].flatMap((e) => ["aria-label", "title", "placeholder"].map((a) => e.getAttribute(a) ?? ""));
      shown.push(document.body.textContent ?? "", ...labels);
    };
    const user = userEvent.setup();
    const views = [
      cards(),
      <NextSteps key="fill" status={everyReady} busy={false} onCheck={noop} />,
      <NextSteps key="one" status={status([stage(1, "missing")])} busy={false} onCheck={noop} />,
      <NextSteps key="many" status={status([stage(1, "blocked"), stage(2, "blocked")])} busy={false} onCheck={noop} />,
      <NextSteps key="workbook" status={status([stage(1, "ready")], "missing")} busy={false} onCheck={noop} />,
      <StatusBadge key="badge" status="needs update" />,
    ];
    for (const view of views) {
      const { unmount } = await renderIn("fr", view);
      for (const toggle of screen.queryAllByRole("button", { name: "Conseils" })) await user.click(toggle);
      for (const summary of document.querySelectorAll("summary")) await user.click(summary);
      look();
      unmount();
    }
    const text = shown.join("\n");
    // Every English message, and the words around each placeholder of the longer ones.
    const english = Object.values(catalogue.en)
      .flatMap((m) => String(m).split(/\{[^{}]*\}|[{}]|\b(?:one|other|plural|count)\b/))
      .map((part) => part.trim())
      .filter((part) => part.split(/\s+/).length >= 2 || /^[A-Z][a-z]{3,}$/.test(part));
    expect(english.length).toBeGreaterThan(20);
    expect(english.filter((phrase) => text.includes(phrase))).toEqual([]);
    for (const phrase of ["Guidance", "Missing", "Ready", "Blocked", "Needs update", "What next", "Set up", "Stage ", "Stages ", " and "]) expect(text).not.toContain(phrase);
  });
});

describe("in Spanish", () => {
  it("the cards, the badge and What next speak Spanish, with plurals by count", async () => {
    const { unmount } = await renderIn("es", cards());
    const first = screen.getByRole("listitem", { name: "1. Diagnóstico" });
    expect(within(first).getByText("Falta")).toBeTruthy();
    expect(within(first).getByRole("button", { name: "Configurar esta etapa" })).toBeTruthy();
    expect(within(first).getByRole("button", { name: "Guía" })).toBeTruthy();
    expect(within(screen.getByRole("listitem", { name: /^2\. / })).getByText(`Falta en la hoja "${policies.sheet}": ${policies.caption}.`)).toBeTruthy();
    expect(within(screen.getByRole("listitem", { name: /^3\. / })).getByRole("button", { name: "Configurar de nuevo" })).toBeTruthy();
    unmount();

    const badge = await renderIn("es", <StatusBadge status="needs update" />);
    expect(screen.getByText("Por actualizar")).toBeTruthy();
    badge.unmount();

    const fill = await renderIn("es", <NextSteps status={everyReady} busy={false} onCheck={noop} />);
    const next = within(screen.getByRole("region", { name: "¿Y ahora?" }));
    expect(next.getByText(/^Complete la etapa 1, Diagnóstico, en la hoja/)).toBeTruthy();
    expect(next.getByRole("button", { name: "Revisar el plan" })).toBeTruthy();
    fill.unmount();

    const blocked = await renderIn("es", <NextSteps status={status([stage(2, "blocked"), stage(3, "blocked")])} busy={false} onCheck={noop} />);
    expect(screen.getByText("Las etapas 2 y 3 están bloqueadas: sus tarjetas indican qué lo impide.")).toBeTruthy();
    blocked.unmount();

    await renderIn("es", <NextSteps status={status([stage(1, "ready"), stage(4, "missing")])} busy={false} onCheck={noop} />);
    expect(screen.getByText("La etapa 4 aún no está configurada: pulse Configurar esta etapa en su tarjeta.")).toBeTruthy();
  });
});

describe("in English", () => {
  const t = translator("en", catalogue.en);
  const pane = translator("en", paneEnglish);

  it("says the same sentences as before", () => {
    expect(unreadyText({ kind: "blocked", stages: [2] }, t, pane)).toBe("Stage 2 is blocked: its card says what is in the way.");
    expect(unreadyText({ kind: "finish", stages: [1, 2, 3] }, t, pane)).toBe("Stages 1, 2 and 3 are not set up yet: press Set up this stage on their cards.");
    expect(unreadyText({ kind: "finish", stages: [] }, t, pane)).toBe("The settings, lists or dashboard need setting up: press Edit settings, then Set up workbook.");
  });
});
