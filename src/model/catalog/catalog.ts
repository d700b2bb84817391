/**
 * The migration catalogue: SDG indicators related to migration and the 23 objectives of the
 * Global Compact for Migration, with their sources. Planners pick from it instead of typing
 * official names; goals are tagged from the lists built here.
 */
import data from "./migration-catalog.json";
import type { CatalogIndicator, GcmObjective } from "./entries";

export { gcmLabel, type CatalogIndicator, type GcmObjective } from "./entries";

export const SDG_SOURCE = data.sdgIndicators.source;
export const GCM_SOURCE = data.gcmObjectives.source;

export const SDG_INDICATORS: readonly CatalogIndicator[] = data.sdgIndicators.items.map((i) => ({ code: i.code, name: i.name, source: "UN global SDG indicator framework" }));

export const GCM_OBJECTIVES: readonly GcmObjective[] = data.gcmObjectives.items;

/** SDG targets the catalogue's indicators belong to (10.7.1 → 10.7), in catalogue order. */
export const SDG_TARGETS: readonly string[] = [...new Set(SDG_INDICATORS.map((i) => i.code.split(".").slice(0, 2).join(".")))];
