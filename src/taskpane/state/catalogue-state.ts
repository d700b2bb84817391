/**
 * The "Catalogue" tab as one value, and the only way it changes: a pure reducer. The hook
 * (useCatalogue.ts) calls the service and reports the outcome here. Searching the catalogue and
 * the words the tab says are pure functions too, so they are tested without React or Excel.
 */
import { PlannerError } from "../../hosts/office/planner-service";
import { gcmLabel, type CatalogIndicator, type GcmObjective } from "../../model/catalog/entries";

export interface CatalogueState {
  /** What is typed in the search box, as typed. */
  query: string;
  /** Codes of the indicators ticked, in the order they were ticked; kept while the search changes. */
  checked: string[];
  /** The indicators being added (their codes), while the service works. */
  busy?: { codes: string[] };
  /** The IDs the workbook gave the indicators last added; dropped when the next add starts. */
  added?: string[];
  error?: string;
}

export type CatalogueAction =
  | { type: "queryChanged"; query: string }
  | { type: "toggled"; code: string; checked: boolean }
  | { type: "started"; codes: string[] }
  | { type: "added"; ids: string[] }
  | { type: "failed"; message: string }
  | { type: "errorDismissed" };

export function initialCatalogueState(): CatalogueState {
  return { query: "", checked: [] };
}

export function catalogueReducer(state: CatalogueState, action: CatalogueAction): CatalogueState {
  switch (action.type) {
    case "queryChanged":
      return { ...state, query: action.query };
    case "toggled": {
      const has = state.checked.includes(action.code);
      if (action.checked === has) return state;
      return { ...state, checked: action.checked ? [...state.checked, action.code] : state.checked.filter((c) => c !== action.code) };
    }
    case "started":
      // Nothing to add, or an add already running: the second press does nothing.
      if (state.busy || action.codes.length === 0) return state;
      return { ...state, busy: { codes: action.codes }, added: undefined, error: undefined };
    case "added": {
      // Only what was sent is unticked: a box ticked while the add ran stays ticked.
      const sent = state.busy?.codes ?? [];
      return { ...state, busy: undefined, added: action.ids, checked: state.checked.filter((c) => !sent.includes(c)) };
    }
    case "failed":
      // The selection stays, so the same button can try again once the cause is fixed.
      return { ...state, busy: undefined, error: action.message };
    case "errorDismissed":
      return { ...state, error: undefined };
  }
}

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

function indicators(count: number): string {
  return `${count} ${count === 1 ? "indicator" : "indicators"}`;
}

/** "Add 2 indicators"; "Add indicators" while none is ticked. */
export function addLabel(count: number): string {
  return count === 0 ? "Add indicators" : `Add ${indicators(count)}`;
}

/** What the progress bar says while the service works. */
export function addingText(count: number): string {
  return `Adding ${indicators(count)} to the workbook…`;
}

/** "Added I3, I4 to the indicators (stage 6)." */
export function addedText(ids: readonly string[]): string {
  return ids.length === 0 ? "No indicator was added." : `Added ${ids.join(", ")} to the indicators (stage 6).`;
}

/** "2 indicators match "remittance"." or "No indicator matches "xyz"." */
export function matchText(count: number, query: string): string {
  const q = query.trim();
  if (count === 0) return `No indicator matches "${q}".`;
  return `${indicators(count)} ${count === 1 ? "matches" : "match"} "${q}".`;
}

export function hiddenText(count: number): string {
  return `${count === 1 ? "1 ticked indicator is" : `${count} ticked indicators are`} hidden by the search and will be added too.`;
}

/** "1 Data — Collect and utilize accurate and disaggregated data…": the objective as goals are tagged, then its title. */
export function objectiveText(o: GcmObjective): string {
  return `${gcmLabel(o)} — ${o.title}`;
}

/** Any failure in words: a PlannerError is already phrased for the user; anything else keeps its message. */
export function describeCatalogueFailure(e: unknown): string {
  if (e instanceof PlannerError) return e.message;
  const what = e instanceof Error ? e.message || e.name : String(e);
  return `Something went wrong: ${what}. The indicators are still ticked: press Add to try again.`;
}
