/** The settings' words in French (keys and placeholders as en.json). */
import json from "./fr.json";
import type { Messages } from "../translate";
import type { SettingsKey } from "./en";

export const messages: Messages<SettingsKey> = json;
