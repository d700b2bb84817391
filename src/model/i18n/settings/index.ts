/** The settings' messages in every language. */
import type { Catalogue, Translate } from "../translate";
import { messages as en, type SettingsKey } from "./en";
import { messages as es } from "./es";
import { messages as fr } from "./fr";

export type { SettingsKey };
export type SettingsWords = Translate<SettingsKey>;
export const catalogue: Catalogue<SettingsKey> = { en, fr, es };
