/**
 * What the pane says about the plan in the planner's words, read from the model's description of
 * the workbook: where each table stands and what its caption says, and each stage's guidance.
 * Building that description takes most of the model, which the first screen (the settings form)
 * does not need: this module is its own chunk, loaded by outline-loader.ts before the pane shows
 * anything read from the workbook.
 */
import { shortCaption } from "../../model/spec/short-caption";
import { DEFAULT_SETTINGS, type PlanSettings } from "../../model/settings";
import type { StageGuidance } from "../../model/spec/sheet-layout";
import { buildWorkbookSpec, stages } from "../../model/workbook";
import type { Language } from "../../model/i18n/language";

export interface TablePlace {
  /** The caption over the table on its sheet, without its parenthetical ("Actions"). */
  caption: string;
  sheet: string;
}

export interface PlanOutline {
  /** Every table the plan lays out, by lower-case code name, as a workbook in `language` captions and places it. */
  places(language: Language): ReadonlyMap<string, TablePlace>;
  /**
   * Each stage's guidance by stage number, in `language`, the pane's (not the workbook's: the
   * pane says it among its own words); it quotes settings (the most goals, for one).
   */
  guidance(settings: PlanSettings, language: Language): Map<number, StageGuidance>;
}

/** Where each table stands in a workbook in `language`: the caption over it, the sheet's name. */
function placesIn(language: Language): Map<string, TablePlace> {
  const places = new Map<string, TablePlace>();
  for (const sheet of buildWorkbookSpec({ ...DEFAULT_SETTINGS, language }).sheets) {
    for (const placed of sheet.tables) places.set(placed.table.name.toLowerCase(), { caption: shortCaption(placed.table.caption), sheet: sheet.name });
  }
  return places;
}

export function planOutline(): PlanOutline {
  const built = new Map<Language, Map<string, TablePlace>>();
  return {
    places: (language) => {
      let places = built.get(language);
      if (!places) built.set(language, (places = placesIn(language)));
      return places;
    },
    guidance: (settings, language) => new Map(stages({ ...settings, language }).map((s) => [s.number, s.guidance])),
  };
}
