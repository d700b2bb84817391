/** The task pane's own words in Spanish (keys and placeholders as en.json). */
import json from "./es.json";
import type { Messages } from "../translate";
import type { PaneKey } from "./en";

export const messages: Messages<PaneKey> = json;
