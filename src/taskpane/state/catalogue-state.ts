/**
 * The "Catalogue" tab as one value, and the only way it changes: a pure reducer. The hook
 * (useCatalogue.ts) calls the service and reports the outcome here. Searching the catalogue and
 * the tab's words (catalogue-view.ts) load with the tab.
 */
import { PlannerError } from "../../service/planner-service";

export interface CatalogueState {
  /** What is typed in the search box, as typed. */
  query: string;
  /** Codes of the indicators ticked, in the order they were ticked; kept while the search changes. */
  checked: string[];
  /** The indicators being added (their codes), while the service works. */
  busy?: { codes: string[] };
  /** The IDs the workbook gave the indicators last added; dropped when the next add starts. */
  added?: string[];
  error?: CatalogueFailure;
}

/**
 * Why the last add failed, kept as what happened rather than as words: the words are the tab's,
 * in the pane's language, and load with the tab (catalogue-view.ts), not with this reducer.
 */
export type CatalogueFailure =
  /** The service's own message (a PlannerError), already phrased for the user. */
  | { kind: "service"; message: string }
  /** Anything else: its message, said inside the tab's "Something went wrong" sentence. */
  | { kind: "unexpected"; what: string };

export type CatalogueAction =
  | { type: "queryChanged"; query: string }
  | { type: "toggled"; code: string; checked: boolean }
  | { type: "started"; codes: string[] }
  | { type: "added"; ids: string[] }
  | { type: "failed"; failure: CatalogueFailure }
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
      return { ...state, busy: undefined, error: action.failure };
    case "errorDismissed":
      return { ...state, error: undefined };
  }
}

/** What an unexpected failure says of itself: its message, else its name, else the thrown value. */
export function unexpectedDetail(e: unknown): string {
  return e instanceof Error ? e.message || e.name : String(e);
}

/** Any failure as what happened: a PlannerError is already phrased for the user; anything else keeps its message. */
export function describeCatalogueFailure(e: unknown): CatalogueFailure {
  if (e instanceof PlannerError) return { kind: "service", message: e.message };
  return { kind: "unexpected", what: unexpectedDetail(e) };
}
