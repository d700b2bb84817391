/** Set-up's words in Spanish (keys and placeholders as en.json). */
import json from "./es.json";
import type { Messages } from "../translate";
import type { SetupKey } from "./en";

export const messages: Messages<SetupKey> = json;
