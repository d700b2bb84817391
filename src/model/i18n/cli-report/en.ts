/**
 * The words mdplan check puts around the findings (the text report's headings and columns, the
 * HTML report's, the severities, why a file was not checked): en.json defines the keys, fr.json
 * and es.json give them in French and Spanish, typed against these keys. "count" keeps English
 * counts ungrouped (12345, not 12,345) as the English report always printed them: scripts read it.
 * JSON output keeps English keys and severity codes in every language and takes none of these.
 */
import json from "./en.json";
import type { Messages } from "../translate";

export type CliReportKey = keyof typeof json;
export const messages: Messages<CliReportKey> = json;
