/**
 * What the plan's settings say when a value will not do (the pane's settings form, mdplan new, the
 * Office host's set-up, the check's setting-unreadable): en.json defines the keys, fr.json and
 * es.json give them in French and Spanish, typed against these keys so a missing one does not
 * compile. Small and loaded with the pane's first chunk, since the settings form shows them.
 */
import json from "./en.json";
import type { Messages } from "../translate";

export type SettingsKey = keyof typeof json;
export const messages: Messages<SettingsKey> = json;
