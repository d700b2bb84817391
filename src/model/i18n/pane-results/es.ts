/** The results' words in Spanish (keys and placeholders as en.json). */
import json from "./es.json";
import type { Messages } from "../translate";
import type { PaneResultsKey } from "./en";

export const messages: Messages<PaneResultsKey> = json;
