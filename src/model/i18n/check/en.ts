/**
 * The plan check's findings: en.json defines the keys, fr.json and es.json give them in French and
 * Spanish; each language's module types its file against these keys, so a missing key does not
 * compile. The rule ids (action-goal-unknown...) name the finding's message, and a suffix names a
 * variant or a part of it. Headers, sheet names and drop-down values come in as placeholders,
 * already in the workbook's words (src/model/check/words.ts).
 */
import json from "./en.json";
import type { Messages } from "../translate";

export type CheckKey = keyof typeof json;
export const messages: Messages<CheckKey> = json;
