/**
 * What a stage card says about its stage. The model lists every missing sheet and table by code
 * name, one line each (22 lines on a first visit); a planner needs the stage's state in a word
 * and, on demand, which sheets and tables set-up will add, by their captions.
 */
import type { StageState } from "../../model/layout/steps";
import { plainWords, tablePlace } from "./plain-words";

const MISSING_SHEET = /^Sheet "(.+)" is missing\.$/;
const MISSING_TABLE = /^Table (\w+) is missing\.$/;

/**
 * The lines that say what set-up would add, one per sheet: `Sheet "1 Assessment": Migration
 * context, Policy framework.` Tables on sheets that are there already get a line of their own.
 */
export function additions(details: readonly string[]): string[] {
  const bySheet = new Map<string, string[]>();
  const order: string[] = [];
  const add = (sheet: string, caption?: string) => {
    if (!bySheet.has(sheet)) {
      bySheet.set(sheet, []);
      order.push(sheet);
    }
    if (caption) bySheet.get(sheet)!.push(caption);
  };
  for (const line of details) {
    const sheet = MISSING_SHEET.exec(line);
    if (sheet) add(sheet[1]);
    const table = MISSING_TABLE.exec(line);
    const place = table && tablePlace(table[1]);
    if (place) add(place.sheet, place.caption);
  }
  return order.map((sheet) => {
    const captions = bySheet.get(sheet)!;
    return captions.length ? `Sheet "${sheet}": ${captions.join(", ")}.` : `Sheet "${sheet}".`;
  });
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
export function stageWords(stage: StageState, beforeSetUp: boolean): StageWords {
  const adds = additions(stage.details);
  const rest = problems(stage.details, beforeSetUp);
  if (stage.status === "missing") return { shown: rest, adds };
  if (stage.status === "needs update") return { shown: [...adds.map((a) => `Missing: ${a}`), ...rest], adds: [] };
  return { shown: rest, adds };
}
