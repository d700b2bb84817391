/** The settings' words in Spanish (keys and placeholders as en.json). */
import json from "./es.json";
import type { Messages } from "../translate";
import type { SettingsKey } from "./en";

export const messages: Messages<SettingsKey> = json;
