/**
 * The Catalogue tab's words in every language, imported only by the tab's own chunk (useTabWords):
 * the pane's first chunk carries none of them.
 */
import type { Catalogue, Translate } from "../translate";
import { messages as en, type CatalogueKey } from "./en";
import { messages as es } from "./es";
import { messages as fr } from "./fr";

export type { CatalogueKey };
export type CatalogueWords = Translate<CatalogueKey>;
export const catalogue: Catalogue<CatalogueKey> = { en, fr, es };
