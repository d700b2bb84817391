/** Set-up's words in French (keys and placeholders as en.json). */
import json from "./fr.json";
import type { Messages } from "../translate";
import type { SetupKey } from "./en";

export const messages: Messages<SetupKey> = json;
