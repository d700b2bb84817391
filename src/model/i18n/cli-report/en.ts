/**
 * The words mdplan check puts around the findings (the text report's headings and columns, the
 * HTML report's, the severities, why a file was not checked): en.json defines the keys, fr.json
 * and es.json give them in French and Spanish, typed against these keys. English keeps counts
 * ungrouped (12345, not 12,345) and "workbook(s)" as its report always printed them, since scripts
 * read it: so "count" turns grouping off, and "html.checked" is given the count already written
 * ({shown}) and has a plural only so French and Spanish can agree with it.
 * JSON output keeps English keys and severity codes in every language and takes none of these.
 */
import json from "./en.json";
import type { Messages } from "../translate";

export type CliReportKey = keyof typeof json;
export const messages: Messages<CliReportKey> = json;
