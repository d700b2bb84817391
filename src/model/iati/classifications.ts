/**
 * What an action is about, in IATI's terms: sectors (15190 always, since every action of the plan
 * is about migration, and any other migration-related DAC sector the action names) and tags from
 * its goal (SDG targets; the Global Compact's objectives).
 *
 * IATI has no vocabulary for the GCM's objectives. They go in tags of vocabulary 99 (the reporting
 * organisation's own) whose vocabulary-uri is the Compact itself (A/RES/73/195), coded by the
 * objective's number, with its name: a donor's tool can select them by URI and code, which a
 * description's prose would not allow, and they cannot be taken for the publisher's own tags.
 */
import { GCM_OBJECTIVES } from "../catalog/catalog";
import type { IatiActivity, IatiTag } from "./activity";
import { code, MIGRATION_SECTOR, SECTOR_CODES } from "./codelists";
import { roundTo } from "./periods";
import type { GoalRow } from "./plan-rows";

export const GCM_VOCABULARY_URI = "https://undocs.org/A/RES/73/195";
const DAC_5_DIGIT = code("SectorVocabulary", "1");
const SDG_TARGETS = code("TagVocabulary", "3");
const OWN_VOCABULARY = code("TagVocabulary", "99");

/** Sectors split 100 % evenly (IATI asks the percentages of a vocabulary to add up to 100). */
export function sectorsOf(sectorText: string): IatiActivity["sectors"] {
  // Only the migration-related DAC codes the project lists: another 5-digit number in the cell
  // may be anything (a budget line, a year), and IATI would take it for a sector.
  const named = (sectorText.match(/\b\d{5}\b/g) ?? []).filter((c) => SECTOR_CODES.includes(c));
  const codes = [...new Set([MIGRATION_SECTOR, ...named])];
  const each = roundTo(100 / codes.length, 2);
  return codes.map((c, i) => ({ vocabulary: DAC_5_DIGIT, code: c, percentage: i === codes.length - 1 ? roundTo(100 - each * (codes.length - 1), 2) : each }));
}

/** SDG targets as the goal's cell writes them: "10.7", "10.7, 10.c". */
export function sdgTargets(cell: string): string[] {
  return [...new Set((cell.match(/\b\d{1,2}\.(?:\d{1,2}|[a-z])\b/gi) ?? []).map((t) => t.toLowerCase()))];
}

/** GCM objectives as the goal's cell writes them: "6 Recruitment and decent work", "6, 20". */
export function gcmObjectives(cell: string): number[] {
  const numbers = (cell.match(/(?:^|[,;/]\s*)(\d{1,2})(?!\d|\.\d)/g) ?? []).map((m) => Number(m.replace(/\D/g, "")));
  return [...new Set(numbers.filter((n) => GCM_OBJECTIVES.some((o) => o.number === n)))];
}

export function tagsOf(goal: GoalRow | undefined): IatiTag[] {
  if (!goal) return [];
  const tags: IatiTag[] = sdgTargets(goal.sdgTarget).map((target) => ({ vocabulary: SDG_TARGETS, code: target }));
  for (const n of gcmObjectives(goal.gcm)) {
    const objective = GCM_OBJECTIVES.find((o) => o.number === n)!;
    tags.push({ vocabulary: OWN_VOCABULARY, vocabularyUri: GCM_VOCABULARY_URI, code: String(n), name: `GCM objective ${n}: ${objective.title}` });
  }
  return tags;
}
