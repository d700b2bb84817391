/** The Catalogue tab's words in French (keys and placeholders as en.json). */
import json from "./fr.json";
import type { Messages } from "../translate";
import type { CatalogueKey } from "./en";

export const messages: Messages<CatalogueKey> = json;
