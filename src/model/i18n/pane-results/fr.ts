/** The results' words in French (keys and placeholders as en.json). */
import json from "./fr.json";
import type { Messages } from "../translate";
import type { PaneResultsKey } from "./en";

export const messages: Messages<PaneResultsKey> = json;
