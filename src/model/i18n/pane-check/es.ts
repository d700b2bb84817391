/** The Check tab's words in Spanish (keys and placeholders as en.json). */
import json from "./es.json";
import type { Messages } from "../translate";
import type { PaneCheckKey } from "./en";

export const messages: Messages<PaneCheckKey> = json;
