/** The plan check's findings in every language: the pane, both hosts and mdplan show these. */
import type { Catalogue, Translate } from "../translate";
import { messages as en, type CheckKey } from "./en";
import { messages as es } from "./es";
import { messages as fr } from "./fr";

export type { CheckKey };
export type CheckMessages = Translate<CheckKey>;
export const catalogue: Catalogue<CheckKey> = { en, fr, es };
