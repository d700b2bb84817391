/**
 * What an operation of the Set up tab brought (a set-up, a rebuild) and the notices of the workbook:
 * shown only once the workbook has answered, so they ride with their views in the results chunk,
 * not in the first. en.json defines the keys; fr.json and es.json give them in French and Spanish.
 */
import json from "./en.json";
import type { Messages } from "../translate";

export type PaneResultsKey = keyof typeof json;
export const messages: Messages<PaneResultsKey> = json;
