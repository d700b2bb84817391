/**
 * What a stage card says about its stage. The model lists every missing sheet and table by code
 * name, one line each (22 lines on a first visit); a planner needs the stage's state in a word
 * and, on demand, which sheets and tables set-up will add, by their captions. The sheet names
 * and captions are the model's; the sentences around them are the pane's (t).
 */
import type { StageState } from "../../model/layout/steps";
import type { StatusWords } from "../../model/i18n/pane-status";
import { messages as paneEnglish, type PaneKey } from "../../model/i18n/pane/en";
import type { PaneWords } from "../words";
import { plainWords, tablePlace } from "./plain-words";

const MISSING_SHEET = /^Sheet "(.+)" is missing\.$/;
const MISSING_TABLE = /^Table (\w+) is missing\.$/;

/** A stage's name in the pane's language ("stage.N.name"); the model's own for a stage the pane has no words for. */
export function stageName(t: PaneWords, stage: { number: number; name: string }): string {
  const key = `stage.${stage.number}.name`;
  return key in paneEnglish ? t(key as PaneKey) : stage.name;
}

/** A sheet set-up would add or complete, and the captions of its tables it would add. */
interface SheetAdditions {
  sheet: string;
  captions: string[];
}

function bySheet(details: readonly string[]): SheetAdditions[] {
  const sheets = new Map<string, SheetAdditions>();
  const add = (sheet: string, caption?: string) => {
    let entry = sheets.get(sheet);
    if (!entry) {
      entry = { sheet, captions: [] };
      sheets.set(sheet, entry);
    }
    if (caption) entry.captions.push(caption);
  };
  for (const line of details) {
    const sheet = MISSING_SHEET.exec(line);
    if (sheet) add(sheet[1]);
    const table = MISSING_TABLE.exec(line);
    const place = table && tablePlace(table[1]);
    if (place) add(place.sheet, place.caption);
  }
  return [...sheets.values()];
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
export function additions(details: readonly string[], t: StatusWords): string[] {
  return bySheet(details).map((sheet) => sheetLine(t, sheet, false));
}

/** Lines that are not about something merely missing: what is in the way, or out of date. */
export function problems(details: readonly string[], beforeSetUp: boolean): string[] {
  return details.filter((line) => !MISSING_SHEET.test(line) && !(MISSING_TABLE.test(line) && tablePlace(MISSING_TABLE.exec(line)![1]))).map((line) => plainWords(line, { beforeSetUp }));
}

export interface StageWords {
  /** Shown on the card: what is in the way or what an update will add. */
  shown: string[];
  /** One click away: the sheets and tables set-up adds. */
  adds: string[];
}

/**
 * A missing stage shows nothing but its badge (what set-up adds is one click away); a stage
 * that needs an update or is blocked says why, in captions.
 */
export function stageWords(stage: StageState, beforeSetUp: boolean, t: StatusWords): StageWords {
  const adds = additions(stage.details, t);
  const rest = problems(stage.details, beforeSetUp);
  if (stage.status === "missing") return { shown: rest, adds };
  if (stage.status === "needs update") return { shown: [...bySheet(stage.details).map((sheet) => sheetLine(t, sheet, true)), ...rest], adds: [] };
  return { shown: rest, adds };
}
