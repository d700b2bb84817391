/** mdplan check's report words in French (keys and placeholders as en.json). */
import json from "./fr.json";
import type { Messages } from "../translate";
import type { CliReportKey } from "./en";

export const messages: Messages<CliReportKey> = json;
