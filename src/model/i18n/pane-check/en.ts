/**
 * The Check tab's own words: en.json defines the keys, fr.json and es.json give them in French and
 * Spanish; each language's module types its file against these keys, so a missing key does not
 * compile. The findings' messages are the model's (the plan check), not these words; the stages'
 * names are the pane area's ("stage.N.name"), said inside these messages.
 */
import json from "./en.json";
import type { Messages } from "../translate";

export type PaneCheckKey = keyof typeof json;
export const messages: Messages<PaneCheckKey> = json;
