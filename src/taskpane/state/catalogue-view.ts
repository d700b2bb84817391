/**
 * What the "Catalogue" tab shows of its state: the search over the catalogue and the words around
 * it, in the language of the words given (t). Pure functions, tested without React or Excel, in
 * the tab's own chunk (the state and its reducer, catalogue-state.ts, live with the pane: what is
 * ticked outlives a tab switch).
 */
import { gcmLabel, type CatalogIndicator, type GcmObjective } from "../../model/catalog/entries";
import type { CatalogueWords } from "../../model/i18n/pane-catalogue";
import type { CatalogueFailure, CatalogueState } from "./catalogue-state";

/** Lower case, accents dropped: "Rémittance" finds "remittance". */
function fold(text: string): string {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
}

/** The search's words: "Remittance  costs" is ["remittance", "costs"]. */
export function searchTerms(query: string): string[] {
  return fold(query).split(/\s+/).filter(Boolean);
}

/**
 * The indicators the search leaves, in catalogue order: each word typed must begin the code
 * ("10.7" finds 10.7.1 to 10.7.4) or occur in the name ("remittance" finds "remittances").
 */
export function matchingIndicators(items: readonly CatalogIndicator[], query: string): CatalogIndicator[] {
  const terms = searchTerms(query);
  if (!terms.length) return [...items];
  return items.filter((item) => {
    const code = fold(item.code);
    const name = fold(item.name);
    return terms.every((t) => code.startsWith(t) || name.includes(t));
  });
}

/** The ticked indicators, in catalogue order (the order they land in the workbook). */
export function checkedIndicators(items: readonly CatalogIndicator[], checked: readonly string[]): CatalogIndicator[] {
  return items.filter((item) => checked.includes(item.code));
}

/** Ticked indicators the search hides, which are still added. */
export function hiddenChecked(items: readonly CatalogIndicator[], state: Pick<CatalogueState, "query" | "checked">): number {
  const shown = new Set(matchingIndicators(items, state.query).map((i) => i.code));
  return state.checked.filter((c) => !shown.has(c)).length;
}

/** "Add 2 indicators"; "Add indicators" while none is ticked. */
export function addLabel(count: number, t: CatalogueWords): string {
  return t("add.button", { count });
}

/** What the progress bar says while the service works. */
export function addingText(count: number, t: CatalogueWords): string {
  return t("add.busy", { count });
}

/** "Added I3, I4 to the indicators (stage 6)." */
export function addedText(ids: readonly string[], t: CatalogueWords): string {
  return t("add.done", { count: ids.length, ids: ids.join(", ") });
}

/** "2 indicators match "remittance"." or "No indicator matches "xyz"." */
export function matchText(count: number, query: string, t: CatalogueWords): string {
  return t("search.count", { count, query: query.trim() });
}

/** "1 ticked indicator is hidden by the search and will be added too." */
export function hiddenText(count: number, t: CatalogueWords): string {
  return t("hidden", { count });
}

/** Why the add failed: the service's message as it is, or an unexpected error's inside the tab's sentence. */
export function failureText(failure: CatalogueFailure, t: CatalogueWords): string {
  return failure.kind === "service" ? failure.message : t("add.failed", { what: failure.what });
}

/** "1 Data — Collect and utilize accurate and disaggregated data…": the objective as goals are tagged, then its title. */
export function objectiveText(o: GcmObjective): string {
  return `${gcmLabel(o)} — ${o.title}`;
}
