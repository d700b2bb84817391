/** The Catalogue tab's state transitions, its search and its words, without React or Excel. */
import { PlannerError } from "../../src/service/planner-service";
import { GCM_OBJECTIVES, SDG_INDICATORS, type CatalogIndicator } from "../../src/model/catalog/catalog";
import { catalogueReducer, describeCatalogueFailure, initialCatalogueState, type CatalogueAction, type CatalogueState } from "../../src/taskpane/state/catalogue-state";
import { addedText, addingText, addLabel, checkedIndicators, failureText, hiddenChecked, hiddenText, matchingIndicators, matchText, objectiveText, searchTerms } from "../../src/taskpane/state/catalogue-view";
import { catalogue } from "../../src/model/i18n/pane-catalogue";
import { translator } from "../../src/model/i18n/translate";

const run = (actions: CatalogueAction[], from: CatalogueState = initialCatalogueState()) => actions.reduce(catalogueReducer, from);
const tick = (...codes: string[]): CatalogueAction[] => codes.map((code) => ({ type: "toggled", code, checked: true }));
const codes = (items: readonly CatalogIndicator[]) => items.map((i) => i.code);
const t = translator("en", catalogue.en);

describe("catalogueReducer", () => {
  it("starts with no search, nothing ticked, nothing running", () => {
    expect(initialCatalogueState()).toEqual({ query: "", checked: [] });
  });

  it("keeps what is typed in the search as typed", () => {
    expect(run([{ type: "queryChanged", query: "  Remittance " }]).query).toBe("  Remittance ");
  });

  it("ticks and unticks, each code once, in the order ticked", () => {
    const state = run([...tick("10.c.1", "17.3.2", "10.c.1"), { type: "toggled", code: "8.8.1", checked: false }]);
    expect(state.checked).toEqual(["10.c.1", "17.3.2"]);
    expect(run([{ type: "toggled", code: "10.c.1", checked: false }], state).checked).toEqual(["17.3.2"]);
    // A no-op keeps the same object (React skips the render).
    expect(catalogueReducer(state, { type: "toggled", code: "10.c.1", checked: true })).toBe(state);
  });

  it("keeps the ticks while the search changes", () => {
    const state = run([...tick("10.c.1"), { type: "queryChanged", query: "10.7" }]);
    expect(state.checked).toEqual(["10.c.1"]);
  });

  it("on start: remembers what is sent and drops the last outcome and error", () => {
    const before: CatalogueState = { query: "", checked: ["10.c.1"], added: ["I1"], error: { kind: "service", message: "old" } };
    const state = run([{ type: "started", codes: ["10.c.1"] }], before);
    expect(state.busy).toEqual({ codes: ["10.c.1"] });
    expect(state.added).toBeUndefined();
    expect(state.error).toBeUndefined();
  });

  it("ignores a second start while one runs, and a start with nothing to add", () => {
    const running = run([...tick("10.c.1"), { type: "started", codes: ["10.c.1"] }]);
    expect(catalogueReducer(running, { type: "started", codes: ["17.3.2"] })).toBe(running);
    const idle = run(tick("10.c.1"));
    expect(catalogueReducer(idle, { type: "started", codes: [] })).toBe(idle);
  });

  it("once added: the new IDs, the sent indicators unticked, the search kept", () => {
    const state = run([{ type: "queryChanged", query: "remittance" }, ...tick("10.c.1", "17.3.2"), { type: "started", codes: ["10.c.1", "17.3.2"] }, { type: "added", ids: ["I3", "I4"] }]);
    expect(state).toEqual({ query: "remittance", checked: [], added: ["I3", "I4"] });
  });

  it("keeps a box ticked while the add ran", () => {
    const state = run([...tick("10.c.1"), { type: "started", codes: ["10.c.1"] }, ...tick("8.8.1"), { type: "added", ids: ["I1"] }]);
    expect(state.checked).toEqual(["8.8.1"]);
  });

  it("on failure: what failed, the ticks kept to try again, nothing said added", () => {
    const failure = { kind: "service", message: "No table" } as const;
    const state = run([...tick("10.c.1"), { type: "started", codes: ["10.c.1"] }, { type: "failed", failure }]);
    expect(state).toEqual({ query: "", checked: ["10.c.1"], error: failure });
    expect(run([{ type: "errorDismissed" }], state).error).toBeUndefined();
  });
});

describe("search", () => {
  it("splits the query into lower-case words without accents", () => {
    expect(searchTerms("  Rémittance   COSTS ")).toEqual(["remittance", "costs"]);
    expect(searchTerms("   ")).toEqual([]);
  });

  it("finds words in the name, in any case, and plural forms", () => {
    expect(codes(matchingIndicators(SDG_INDICATORS, "remittance"))).toEqual(["10.c.1", "17.3.2"]);
    expect(codes(matchingIndicators(SDG_INDICATORS, "REMITTANCES"))).toEqual(["17.3.2"]);
    expect(codes(matchingIndicators(SDG_INDICATORS, "rémittance"))).toEqual(["10.c.1", "17.3.2"]);
  });

  it("needs every word", () => {
    expect(codes(matchingIndicators(SDG_INDICATORS, "remittance GDP"))).toEqual(["17.3.2"]);
    expect(codes(matchingIndicators(SDG_INDICATORS, "remittance xylophone"))).toEqual([]);
  });

  it("finds codes by their start", () => {
    expect(codes(matchingIndicators(SDG_INDICATORS, "10.7"))).toEqual(["10.7.1", "10.7.2", "10.7.3", "10.7.4"]);
    expect(codes(matchingIndicators(SDG_INDICATORS, "10.C.1"))).toEqual(["10.c.1"]);
    // "0.7" is inside 10.7.1's code but does not start it.
    expect(codes(matchingIndicators(SDG_INDICATORS, "0.7"))).toEqual([]);
  });

  it("lists everything, in catalogue order, for an empty search", () => {
    expect(matchingIndicators(SDG_INDICATORS, "")).toEqual(SDG_INDICATORS);
    expect(matchingIndicators(SDG_INDICATORS, "  ")).toEqual(SDG_INDICATORS);
  });

  it("hands the ticked indicators over in catalogue order, whatever order they were ticked in", () => {
    expect(codes(checkedIndicators(SDG_INDICATORS, ["17.3.2", "10.7.1", "unknown"]))).toEqual(["10.7.1", "17.3.2"]);
  });

  it("counts the ticks the search hides", () => {
    expect(hiddenChecked(SDG_INDICATORS, { query: "10.7", checked: ["10.7.1", "17.3.2", "8.8.1"] })).toBe(2);
    expect(hiddenChecked(SDG_INDICATORS, { query: "", checked: ["10.7.1", "17.3.2"] })).toBe(0);
  });
});

describe("words", () => {
  it("labels the button with the count", () => {
    expect(addLabel(0, t)).toBe("Add indicators");
    expect(addLabel(1, t)).toBe("Add 1 indicator");
    expect(addLabel(3, t)).toBe("Add 3 indicators");
  });

  it("says what was added, what is being added, and what the search found", () => {
    expect(addedText(["I3", "I4"], t)).toBe("Added I3, I4 to the indicators (stage 6).");
    expect(addedText(["I1"], t)).toBe("Added I1 to the indicators (stage 6).");
    expect(addedText([], t)).toBe("No indicator was added.");
    expect(addingText(1, t)).toBe("Adding 1 indicator to the workbook…");
    expect(addingText(2, t)).toBe("Adding 2 indicators to the workbook…");
    expect(matchText(2, " remittance ", t)).toBe('2 indicators match "remittance".');
    expect(matchText(1, "gdp", t)).toBe('1 indicator matches "gdp".');
    expect(matchText(0, "xyz", t)).toBe('No indicator matches "xyz".');
    expect(hiddenText(1, t)).toBe("1 ticked indicator is hidden by the search and will be added too.");
    expect(hiddenText(2, t)).toBe("2 ticked indicators are hidden by the search and will be added too.");
  });

  it("shows an objective as goals are tagged with it, then its title", () => {
    expect(objectiveText(GCM_OBJECTIVES[0])).toBe(`1 Data — ${GCM_OBJECTIVES[0].title}`);
    expect(objectiveText({ number: 6, short: "Recruitment and decent work", title: "Facilitate fair recruitment" })).toBe("6 Recruitment and decent work — Facilitate fair recruitment");
  });

  it("passes the service's message on, and keeps an unexpected error's", () => {
    expect(describeCatalogueFailure(new PlannerError("Set up stage 6 first.", "ItemNotFound"))).toEqual({ kind: "service", message: "Set up stage 6 first." });
    expect(describeCatalogueFailure(new TypeError("boom"))).toEqual({ kind: "unexpected", what: "boom" });
    expect(describeCatalogueFailure(new TypeError(""))).toEqual({ kind: "unexpected", what: "TypeError" });
    expect(failureText(describeCatalogueFailure(new PlannerError("Set up stage 6 first.", "ItemNotFound")), t)).toBe("Set up stage 6 first.");
    expect(failureText(describeCatalogueFailure(new TypeError("boom")), t)).toMatch(/^Something went wrong: boom\. /);
    expect(failureText(describeCatalogueFailure("odd"), t)).toMatch(/^Something went wrong: odd\. /);
  });

  it("says the same in French and Spanish, by each language's plural rules", () => {
    const fr = translator("fr", catalogue.fr);
    const es = translator("es", catalogue.es);
    expect(addLabel(0, fr)).toBe("Ajouter des indicateurs");
    expect(addLabel(1, fr)).toBe("Ajouter 1 indicateur");
    expect(addLabel(3, es)).toBe("Añadir 3 indicadores");
    expect(addedText(["I3", "I4"], fr)).toBe("I3, I4 ont été ajoutés aux indicateurs (étape 6).");
    expect(addedText(["I1"], es)).toBe("I1 se ha añadido a los indicadores (etapa 6).");
    expect(matchText(0, "xyz", fr)).toBe("Aucun indicateur ne correspond à «\u00a0xyz\u00a0».");
    expect(matchText(2, " remesas ", es)).toBe("2 indicadores coinciden con «remesas».");
    expect(hiddenText(2, fr)).toBe("2 indicateurs cochés sont masqués par la recherche et seront ajoutés eux aussi.");
    expect(failureText({ kind: "unexpected", what: "boom" }, fr)).toBe("Une erreur s’est produite\u00a0: boom. Les indicateurs sont toujours cochés\u00a0: appuyez sur Ajouter pour réessayer.");
    // The service's own message is not the tab's to translate.
    expect(failureText({ kind: "service", message: "Set up stage 6 first." }, es)).toBe("Set up stage 6 first.");
  });
});
