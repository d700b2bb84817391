/** mdplan check's report words in every language. */
import type { Catalogue, Translate } from "../translate";
import { messages as en, type CliReportKey } from "./en";
import { messages as es } from "./es";
import { messages as fr } from "./fr";

export type { CliReportKey };
export type CliReportWords = Translate<CliReportKey>;
export const catalogue: Catalogue<CliReportKey> = { en, fr, es };
