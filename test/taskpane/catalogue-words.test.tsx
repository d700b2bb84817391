/** @jest-environment jsdom */
/** The Catalogue tab in French and Spanish: its own words translated, the model's catalogue as it comes. */
import "./setup";
import { getDefaultNormalizer, render, screen, within } from "@testing-library/react";
import { SDG_INDICATORS } from "../../src/model/catalog/catalog";
import type { Language } from "../../src/model/i18n/language";
import { catalogue as words } from "../../src/model/i18n/pane-catalogue";
import { CataloguePanel, type CatalogueContent } from "../../src/taskpane/components/CataloguePanel";
import { Themed } from "../../src/taskpane/mount";
import { initialCatalogueState, type CatalogueState } from "../../src/taskpane/state/catalogue-state";
import { loadPaneWords } from "../../src/taskpane/words";

const NBSP = "\u00a0";
/** French puts a no-break space before ":" and inside « »: matched as it is, not collapsed to a space. */
const asIs = { normalizer: getDefaultNormalizer({ collapseWhitespace: false }) };
const noop = () => undefined;

async function renderIn(language: Language, state: CatalogueState, catalogue?: CatalogueContent) {
  const paneWords = await loadPaneWords(language);
  return render(
    <Themed words={paneWords}>
      <CataloguePanel state={state} catalogue={catalogue} blocked={false} onSearch={noop} onToggle={noop} onAdd={noop} onDismissError={noop} />
    </Themed>,
  );
}

/** A state no single run reaches (added and failed at once), to show every message together. */
const EVERYTHING: CatalogueState = {
  query: " 10.7 ",
  checked: ["10.7.1", "17.3.2"],
  added: ["I1", "I2"],
  error: { kind: "unexpected", what: "boom" },
};

describe("in French", () => {
  it("says the tab's words in French, counts by French plurals, and leaves the indicators' names as the catalogue gives them", async () => {
    await renderIn("fr", EVERYTHING);
    expect(screen.getByRole("heading", { name: "Indicateurs des ODD relatifs aux migrations" })).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Objectifs du Pacte mondial sur les migrations" })).toBeTruthy();
    expect(screen.getByRole("searchbox", { name: /^Rechercher des indicateurs/ })).toBeTruthy();
    expect(screen.getByText(`4 indicateurs correspondent à «${NBSP}10.7${NBSP}».`, asIs)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Ajouter 2 indicateurs" })).toBeTruthy();
    expect(screen.getByText("1 indicateur coché est masqué par la recherche et sera ajouté lui aussi.")).toBeTruthy();
    const status = within(screen.getByRole("status"));
    expect(status.getByText("Indicateurs ajoutés")).toBeTruthy();
    expect(status.getByText("I1, I2 ont été ajoutés aux indicateurs (étape 6).")).toBeTruthy();
    expect(screen.getByRole("alert").textContent).toContain(`Une erreur s’est produite${NBSP}: boom.`);
    expect(screen.getAllByText(`Source${NBSP}: UN global SDG indicator framework`, asIs)).toHaveLength(1);
    expect(screen.getAllByText("À propos de cette source").length).toBeGreaterThan(0);
    // The names are the catalogue's (their official French is the model's to give).
    const name = SDG_INDICATORS.find((i) => i.code === "10.7.1")!.name;
    expect(screen.getByRole("checkbox", { name: `10.7.1 ${name}` })).toBeTruthy();
    // ...and says so, and marks them English for a screen reader to pronounce them as such.
    expect(screen.getAllByText("Les noms sont ceux de la source, en anglais : leur texte officiel en français n’est pas disponible hors ligne.").length).toBeGreaterThan(0);
    expect(screen.getByText(name).closest("[lang]")!.getAttribute("lang")).toBe("en");
  });

  it("says one indicator and none in the singular, and what it is adding", async () => {
    await renderIn("fr", { query: "xylophone", checked: ["10.7.1"], busy: { codes: ["10.7.1"] } });
    expect(screen.getByText(`Aucun indicateur ne correspond à «${NBSP}xylophone${NBSP}».`, asIs)).toBeTruthy();
    expect(screen.getByText("Aucun indicateur à afficher. Essayez d’autres mots ou effacez la recherche.")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Ajouter 1 indicateur" })).toBeTruthy();
    expect(within(screen.getByRole("status")).getByText("Ajout de 1 indicateur au classeur…")).toBeTruthy();
  });
});

describe("in Spanish", () => {
  it("says the tab's words in Spanish, counts by Spanish plurals", async () => {
    await renderIn("es", EVERYTHING);
    expect(screen.getByRole("heading", { name: "Indicadores de los ODS relativos a la migración" })).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Objetivos del Pacto Mundial para la Migración" })).toBeTruthy();
    expect(screen.getByRole("searchbox", { name: /^Buscar indicadores/ })).toBeTruthy();
    expect(screen.getByText("4 indicadores coinciden con «10.7».")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Añadir 2 indicadores" })).toBeTruthy();
    expect(screen.getByText("1 indicador marcado está oculto por la búsqueda y también se añadirá.")).toBeTruthy();
    expect(within(screen.getByRole("status")).getByText("I1, I2 se han añadido a los indicadores (etapa 6).")).toBeTruthy();
    expect(screen.getByRole("alert").textContent).toContain("Se ha producido un error: boom. Los indicadores siguen marcados: pulse Añadir para volver a intentarlo.");
    expect(screen.getAllByText("Fuente: UN global SDG indicator framework")).toHaveLength(1);
  });

  it("says none and one", async () => {
    await renderIn("es", { query: "xylophone", checked: [], added: ["I3"] });
    expect(screen.getByText("Ningún indicador coincide con «xylophone».")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Añadir indicadores" })).toBeTruthy();
    expect(screen.getByText("I3 se ha añadido a los indicadores (etapa 6).")).toBeTruthy();
  });
});

describe("nothing of the tab is left in English", () => {
  // A catalogue in French, so that whatever English shows can only be the tab's own.
  const FRENCH_CATALOGUE: CatalogueContent = {
    indicators: [
      { code: "10.7.1", name: "Coût du recrutement", source: "Cadre mondial" },
      { code: "10.7.2", name: "Politiques migratoires", source: "Cadre mondial" },
      { code: "17.3.2", name: "Volume des envois de fonds", source: "Autre cadre" },
    ],
    indicatorSource: "Cadre mondial (liste.yml)",
    objectives: [{ number: 1, short: "Données", title: "Collecter des données exactes" }],
    objectiveSource: "Pacte mondial; résolution 73/195",
  };

  /** Words of three letters or more in the English messages that no French message has. */
  function englishOnlyWords(): Set<string> {
    const wordsOf = (messages: Readonly<Record<string, unknown>>) =>
      Object.values(messages)
        .flatMap((m) => String(m).match(/\p{L}{3,}/gu) ?? [])
        .map((w) => w.toLowerCase());
    const french = new Set(wordsOf(words.fr));
    // ICU's own syntax, not words anybody reads.
    const syntax = new Set(["count", "plural", "one", "other", "query", "ids", "what", "source"]);
    return new Set(wordsOf(words.en).filter((w) => !french.has(w) && !syntax.has(w)));
  }

  /** What the page says: its text and its labels. */
  function said(container: HTMLElement): string {
    const labels = [...container.querySelectorAll("*")].flatMap((e) => ["aria-label", "title", "placeholder"].map((a) => e.getAttribute(a) ?? ""));
    return [container.textContent ?? "", ...labels].join(" ");
  }

  it.each<[string, CatalogueState]>([
    ["with everything shown", { ...EVERYTHING, query: "10.7" }],
    ["while adding, with nothing found", { query: "xylophone", checked: ["17.3.2"], busy: { codes: ["17.3.2"] } }],
    ["at rest", initialCatalogueState()],
  ])("%s", async (_, state) => {
    const { container } = await renderIn("fr", state, FRENCH_CATALOGUE);
    const text = said(container);
    const english = englishOnlyWords();
    expect(english.size).toBeGreaterThan(30);
    expect((text.match(/\p{L}{3,}/gu) ?? []).filter((w) => english.has(w.toLowerCase()))).toEqual([]);
    for (const phrase of ["SDG indicators", "About this source", "Search indicators", "Add indicators", "Something went wrong", "hidden by the search", "No indicator", "clear"]) {
      expect(text).not.toContain(phrase);
    }
  });
});

describe("in English", () => {
  it("has no note on the names' language: they are in the pane's own", async () => {
    await renderIn("en", EVERYTHING);
    expect(screen.queryByText(words.en["names.english"] as string)).toBeNull();
  });
});
