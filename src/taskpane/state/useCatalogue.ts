/**
 * The "Catalogue" tab's contact with the workbook: adds the ticked indicators through the service,
 * one add at a time, and turns the outcome into a reducer action. Nothing here throws: every
 * failure becomes state.error, in the service's words.
 */
import { useCallback, useReducer, useRef } from "react";
import type { PlannerService } from "../../hosts/office/planner-service";
import type { CatalogIndicator } from "../../model/catalog/catalog";
import { catalogueReducer, describeCatalogueFailure, initialCatalogueState, type CatalogueState } from "./catalogue-state";

export interface Catalogue {
  state: CatalogueState;
  search(query: string): void;
  toggle(code: string, checked: boolean): void;
  /** Adds these indicators to tblIndicators (stage 6). */
  add(items: CatalogIndicator[]): Promise<void>;
  dismissError(): void;
}

export function useCatalogue(service: PlannerService): Catalogue {
  const [state, dispatch] = useReducer(catalogueReducer, undefined, initialCatalogueState);
  // A ref, not state: two presses in the same tick both see the old state, but the same ref.
  const busy = useRef(false);

  const add = useCallback(
    async (items: CatalogIndicator[]) => {
      if (busy.current || items.length === 0) return;
      busy.current = true;
      dispatch({ type: "started", codes: items.map((i) => i.code) });
      try {
        dispatch({ type: "added", ids: await service.addIndicators(items) });
      } catch (e) {
        dispatch({ type: "failed", message: describeCatalogueFailure(e) });
      } finally {
        busy.current = false;
      }
    },
    [service],
  );

  const search = useCallback((query: string) => dispatch({ type: "queryChanged", query }), []);
  const toggle = useCallback((code: string, checked: boolean) => dispatch({ type: "toggled", code, checked }), []);
  const dismissError = useCallback(() => dispatch({ type: "errorDismissed" }), []);

  return { state, search, toggle, add, dismissError };
}
