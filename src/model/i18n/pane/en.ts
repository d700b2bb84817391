/**
 * The task pane's own words (the first screen): en.json defines the keys, fr.json and es.json
 * give them in French and Spanish; each language's module types its file against these keys, so
 * a missing key does not compile. The files are ICU MessageFormat in JSON, as translators' tools read.
 */
import json from "./en.json";
import type { Messages } from "../translate";

export type PaneKey = keyof typeof json;
export const messages: Messages<PaneKey> = json;
