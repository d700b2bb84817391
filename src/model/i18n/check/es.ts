/** The plan check's findings in Spanish (keys and placeholders as en.json). */
import json from "./es.json";
import type { Messages } from "../translate";
import type { CheckKey } from "./en";

export const messages: Messages<CheckKey> = json;
