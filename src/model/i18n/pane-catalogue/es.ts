/** The Catalogue tab's words in Spanish (keys and placeholders as en.json). */
import json from "./es.json";
import type { Messages } from "../translate";
import type { CatalogueKey } from "./en";

export const messages: Messages<CatalogueKey> = json;
