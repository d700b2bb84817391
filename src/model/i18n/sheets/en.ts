/**
 * The workbook's own sentences: stage guidance, input prompts and error alerts, the Settings
 * sheet's labels and notes. en.json defines the keys; fr.json and es.json give them in French and
 * Spanish, each language's module typed against these keys, so a missing key does not compile.
 * The structural terms (sheet names, captions, headers, drop-down values) are not here: they are
 * the workbook area's, which the sentences quote as it translates them.
 */
import json from "./en.json";
import type { Messages } from "../translate";

export type SheetKey = keyof typeof json;
export const messages: Messages<SheetKey> = json;
