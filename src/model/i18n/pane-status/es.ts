/** The stage cards', status badge's and What next's words in Spanish (keys and placeholders as en.json). */
import json from "./es.json";
import type { Messages } from "../translate";
import type { PaneStatusKey } from "./en";

export const messages: Messages<PaneStatusKey> = json;
