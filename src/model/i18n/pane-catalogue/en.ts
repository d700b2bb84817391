/**
 * The Catalogue tab's own words: en.json defines the keys, fr.json and es.json give them in French
 * and Spanish; each language's module types its file against these keys, so a missing key does not
 * compile. The indicators' names, the GCM objectives and their sources are the model's catalogue,
 * not these words.
 */
import json from "./en.json";
import type { Messages } from "../translate";

export type CatalogueKey = keyof typeof json;
export const messages: Messages<CatalogueKey> = json;
