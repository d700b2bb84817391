/** The workbook's sentences in Spanish (keys and placeholders as en.json). */
import json from "./es.json";
import type { Messages } from "../translate";
import type { SheetKey } from "./en";

export const messages: Messages<SheetKey> = json;
