/**
 * The "Catalogue" tab's contact with the workbook: adds the ticked indicators through the service,
 * one add at a time, and turns the outcome into a reducer action. Nothing here throws: every
 * failure becomes state.error, what happened rather than words (the tab says it in its language).
 */
import { useCallback, useReducer } from "react";
import { useOneAtATime } from "./useOneAtATime";
import type { PlannerService } from "../../service/planner-service";
import type { CatalogIndicator } from "../../model/catalog/catalog";
import { catalogueReducer, describeCatalogueFailure, initialCatalogueState, unexpectedDetail, type CatalogueAction, type CatalogueState } from "./catalogue-state";

export interface Catalogue {
  state: CatalogueState;
  search(query: string): void;
  toggle(code: string, checked: boolean): void;
  /** Adds these indicators to tblIndicators (stage 6). */
  add(items: CatalogIndicator[]): Promise<void>;
  dismissError(): void;
}

// The add catches its own failure, so a PlannerError's message stays apart from an unexpected one's
// (useOneAtATime hands over words only); these two meet only what might escape it.
const failedAdd = (what: string): CatalogueAction => ({ type: "failed", failure: { kind: "unexpected", what } });

async function addOnce(service: PlannerService, items: CatalogIndicator[]): Promise<CatalogueAction> {
  try {
    return { type: "added", ids: await service.addIndicators(items) };
  } catch (e) {
    return { type: "failed", failure: describeCatalogueFailure(e) };
  }
}

export function useCatalogue(service: PlannerService): Catalogue {
  const [state, dispatch] = useReducer(catalogueReducer, undefined, initialCatalogueState);
  const run = useOneAtATime<CatalogueAction>(dispatch, failedAdd, unexpectedDetail);

  const add = useCallback(
    async (items: CatalogIndicator[]) => {
      if (items.length === 0) return;
      await run({ type: "started", codes: items.map((i) => i.code) }, () => addOnce(service, items));
    },
    [run, service],
  );

  const search = useCallback((query: string) => dispatch({ type: "queryChanged", query }), []);
  const toggle = useCallback((code: string, checked: boolean) => dispatch({ type: "toggled", code, checked }), []);
  const dismissError = useCallback(() => dispatch({ type: "errorDismissed" }), []);

  return { state, search, toggle, add, dismissError };
}
