/** Set-up's messages in every language. */
import type { Catalogue, Translate } from "../translate";
import { messages as en, type SetupKey } from "./en";
import { messages as es } from "./es";
import { messages as fr } from "./fr";

export type { SetupKey };
export type SetupTranslate = Translate<SetupKey>;
export const catalogue: Catalogue<SetupKey> = { en, fr, es };
