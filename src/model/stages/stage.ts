/** What every stage module provides: its place in the handbook, guidance and sheets. */
import type { StageEntry } from "../registry";
import type { PlanSettings } from "../settings";
import type { StageGuidance } from "../spec/sheet-layout";
import type { SheetSpec } from "../spec/types";

export interface StageSpec {
  /** 1 to 6 for the handbook's stages, 0 for the workbook's own parts (settings, lists, dashboard). */
  number: number;
  key: string;
  name: string;
  guidance: StageGuidance;
  sheets: SheetSpec[];
}

export type StageBuilder = (settings: PlanSettings) => StageSpec;

/** A stage's number, key and name, as the registry has them. */
export function identity(entry: StageEntry): Pick<StageSpec, "number" | "key" | "name"> {
  return { number: entry.number, key: entry.key, name: entry.name };
}
