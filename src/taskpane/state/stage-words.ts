/**
 * What a stage card says about its stage. A planner needs the stage's state in a word and, on
 * demand, which sheets and tables set-up will add, by their captions. The sheet names and captions
 * are the workbook's (the model's additions); the sentences around them are the pane's (t).
 */
import type { SheetAdditions, StageState } from "../../model/layout/steps";
import type { StatusWords } from "../../model/i18n/pane-status";
import { messages as paneEnglish, type PaneKey } from "../../model/i18n/pane/en";
import type { PaneWords } from "../words";

/** A stage's name in the pane's language ("stage.N.name"); the model's own for a stage the pane has no words for. */
export function stageName(t: PaneWords, stage: { number: number; name: string }): string {
  const key = `stage.${stage.number}.name`;
  return key in paneEnglish ? t(key as PaneKey) : stage.name;
}

/** One sheet's line: what set-up adds there or, for a stage that needs an update, what is missing there. */
function sheetLine(t: StatusWords, { sheet, captions }: SheetAdditions, missing: boolean): string {
  if (!captions.length) return t(missing ? "missing.sheet" : "adds.sheet", { sheet });
  // The captions are the model's names, listed as the model gives them.
  return t(missing ? "missing.sheetTables" : "adds.sheetTables", { sheet, tables: captions.join(", ") });
}

/**
 * The lines that say what set-up would add, one per sheet: `Sheet "1 Assessment": Migration
 * context, Policy framework.` Tables on sheets that are there already get a line of their own.
 */
export function additions(stage: Pick<StageState, "additions">, t: StatusWords): string[] {
  return stage.additions.map((sheet) => sheetLine(t, sheet, false));
}

export interface StageWords {
  /** Shown on the card: what is in the way or what an update will add. */
  shown: string[];
  /** One click away: the sheets and tables set-up adds. */
  adds: string[];
}

/**
 * A missing stage shows nothing but its badge (what set-up adds is one click away); a stage
 * that needs an update or is blocked says why, in captions. The details are the host's, in the
 * pane's language already.
 */
export function stageWords(stage: StageState, t: StatusWords): StageWords {
  const adds = additions(stage, t);
  if (stage.status === "missing") return { shown: stage.details, adds };
  if (stage.status === "needs update") return { shown: [...stage.additions.map((sheet) => sheetLine(t, sheet, true)), ...stage.details], adds: [] };
  return { shown: stage.details, adds };
}
