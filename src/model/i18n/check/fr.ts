/** The plan check's findings in French (keys and placeholders as en.json). */
import json from "./fr.json";
import type { Messages } from "../translate";
import type { CheckKey } from "./en";

export const messages: Messages<CheckKey> = json;
