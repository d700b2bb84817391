/**
 * What the pane says once it has read the workbook (the status-views chunk: stage cards, status
 * badge, What next): en.json defines the keys, fr.json and es.json give them in French and
 * Spanish, typed against these keys so a missing one does not compile.
 */
import json from "./en.json";
import type { Messages } from "../translate";

export type PaneStatusKey = keyof typeof json;
export const messages: Messages<PaneStatusKey> = json;
