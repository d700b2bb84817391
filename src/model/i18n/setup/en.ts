/**
 * What setting up, refreshing and reading a workbook tells its user (notices, a stage's state,
 * Excel's errors, progress), in both hosts: en.json defines the keys, fr.json and es.json give them
 * in French and Spanish, typed against these keys so a missing one does not compile. Loaded with
 * the hosts, not with the pane's first chunk: only the workbook's answers carry these words.
 */
import json from "./en.json";
import type { Messages } from "../translate";

export type SetupKey = keyof typeof json;
export const messages: Messages<SetupKey> = json;
