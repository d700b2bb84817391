/**
 * The pane's words in the user's language (Office's display language; the preview's ?lang=).
 * The first screen's catalogue (model/i18n/pane) is English in the first chunk; French and
 * Spanish are fetched at start-up only by those who read them. The Check and Catalogue tabs
 * carry their own catalogues, in every language, in their own chunks (useTabWords).
 */
import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { Language } from "../model/i18n/language";
import { translator, type Catalogue, type Translate } from "../model/i18n/translate";
import { messages as english, type PaneKey } from "../model/i18n/pane/en";

export type PaneWords = Translate<PaneKey>;

const ENGLISH: PaneWords = translator("en", english);

const WordsContext = createContext<PaneWords>(ENGLISH);

export function WordsProvider({ words, children }: { words: PaneWords; children: ReactNode }) {
  return <WordsContext.Provider value={words}>{children}</WordsContext.Provider>;
}

/** The first screen's words, in the pane's language (English where no provider says otherwise). */
export function useWords(): PaneWords {
  return useContext(WordsContext);
}

/** A tab's own catalogue, in the pane's language. */
export function useTabWords<Key extends string>(catalogue: Catalogue<Key>): Translate<Key> {
  const { language } = useWords();
  return useMemo(() => translator(language, catalogue[language]), [catalogue, language]);
}

/** The pane's words in a language; English, said to developers, if its chunk cannot be fetched (a pane that reads beats none). */
export async function loadPaneWords(language: Language): Promise<PaneWords> {
  try {
    if (language === "fr") return translator("fr", (await import(/* webpackChunkName: "words-fr" */ "../model/i18n/pane/fr")).messages);
    if (language === "es") return translator("es", (await import(/* webpackChunkName: "words-es" */ "../model/i18n/pane/es")).messages);
  } catch (e) {
    console.error(`M&D Planner: the ${language} words did not load; the pane shows English`, e);
  }
  return ENGLISH;
}
