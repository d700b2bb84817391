/**
 * The results' words in every language, for useTabWords: imported only by the components of the
 * results chunk (Results, NoticeBars), so all three languages ride in that chunk and none in the first.
 */
import type { Catalogue, Translate } from "../translate";
import * as en from "./en";
import * as fr from "./fr";
import * as es from "./es";

export type { PaneResultsKey } from "./en";

/** These words in the pane's language, as useTabWords(catalogue) gives them and the pure helpers take them. */
export type ResultsWords = Translate<en.PaneResultsKey>;

export const catalogue: Catalogue<en.PaneResultsKey> = { en: en.messages, fr: fr.messages, es: es.messages };
