/** The task pane's own words in French (keys and placeholders as en.json). */
import json from "./fr.json";
import type { Messages } from "../translate";
import type { PaneKey } from "./en";

export const messages: Messages<PaneKey> = json;
