/** mdplan check's report words in Spanish (keys and placeholders as en.json). */
import json from "./es.json";
import type { Messages } from "../translate";
import type { CliReportKey } from "./en";

export const messages: Messages<CliReportKey> = json;
