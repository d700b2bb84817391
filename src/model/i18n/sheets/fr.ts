/** The workbook's sentences in French (keys and placeholders as en.json). */
import json from "./fr.json";
import type { Messages } from "../translate";
import type { SheetKey } from "./en";

export const messages: Messages<SheetKey> = json;
