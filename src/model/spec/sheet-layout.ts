/**
 * Lays a stage's tables side by side under a title and guidance. Tables grow downward, so
 * nothing may stand below one (contract); one blank column separates neighbours.
 */
import type { PartSheet, StageEntry } from "../registry";
import type { PlacedTable, SheetSpec, TableSpec, TextCell } from "./types";

export const TITLE_ROW = 0;
export const GUIDANCE_ROWS = 3;
export const CAPTION_ROW = 4;
export const HEADER_ROW = 5;

export interface StageGuidance {
  purpose: string;
  fillIn: string;
  goodLooksLike: string;
}

/** A stage's sheet (its first, main one unless `sheet` says otherwise): name, number and tab colour from the registry. */
export function stageSheet(options: {
  stage: StageEntry;
  sheet?: PartSheet;
  /** The title after "Stage n · ". */
  heading: string;
  guidance: StageGuidance;
  tables: TableSpec[];
}): SheetSpec {
  const sheet = options.sheet ?? Object.values<PartSheet>(options.stage.sheets)[0];
  const cells: TextCell[] = [
    { row: TITLE_ROW, col: 0, content: { value: options.stage.title(options.heading) }, style: "title" },
    { row: 1, col: 0, content: { value: `What it is for: ${options.guidance.purpose}` }, style: "guidance" },
    { row: 2, col: 0, content: { value: `What to fill in: ${options.guidance.fillIn}` }, style: "guidance" },
    { row: 3, col: 0, content: { value: `What good looks like: ${options.guidance.goodLooksLike}` }, style: "guidance" },
  ];
  const tables: PlacedTable[] = [];
  let col = 0;
  for (const table of options.tables) {
    cells.push({ row: CAPTION_ROW, col, content: { value: table.caption }, style: "caption" });
    tables.push({ table, row: HEADER_ROW, col });
    col += table.columns.length + 1;
  }
  return { name: sheet.name, stage: options.stage.number, tabColor: sheet.tabColor, freezeRows: HEADER_ROW + 1, cells, tables };
}
