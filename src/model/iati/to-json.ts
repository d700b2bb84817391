/**
 * The same content as the XML, for donors' own tools: the activity model as it stands, keys in
 * English whatever the plan's language, codes as IATI's strings, amounts as numbers.
 */
import type { IatiActivities } from "./activity";

export function iatiJson(file: IatiActivities): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}
