/**
 * Lays a stage's tables side by side under a title and guidance. Tables grow downward, so
 * nothing may stand below one (contract); one blank column separates neighbours.
 */
import { rebuildActionFor, type PartSheet, type StageEntry } from "../registry";
import type { PlacedTable, SheetSpec, TableSpec, TextCell } from "./types";
import { landscapeWithHeader, MAX_ROW_HEIGHT } from "./looks";
import type { SheetKey, SheetWords } from "../i18n/sheets";

export const TITLE_ROW = 0;
export const GUIDANCE_ROWS = 3;
export const CAPTION_ROW = 4;
export const HEADER_ROW = 5;

export interface StageGuidance {
  purpose: string;
  fillIn: string;
  goodLooksLike: string;
}

/** Where a sheet's guidance lives in the sheets' catalogue: "stage.2", "stage.1.sources"... */
export type GuidanceKey = SheetKey extends infer K ? (K extends `${infer P}.purpose` ? P : never) : never;

/** A sheet's guidance in the language of `w`; `values` fill what it quotes (the most goals, a button). */
export function guidanceOf(w: SheetWords, key: GuidanceKey, values?: Parameters<SheetWords>[1]): StageGuidance {
  const say = (part: keyof StageGuidance) => w(`${key}.${part}` as SheetKey, values);
  return { purpose: say("purpose"), fillIn: say("fillIn"), goodLooksLike: say("goodLooksLike") };
}

/** How guidance tells a planner to rebuild a derived table: the add-in's button, or mdplan. */
export function rebuildWords(w: SheetWords, table: string): string {
  const action = rebuildActionFor(table);
  return w(action ? `rebuild.${action.target}` : "rebuild.other");
}

/**
 * A sheet's three guidance lines, "What it is for: …"; a sheet where people type says, after
 * what to fill in, how to read the columns' colours.
 */
export function guidanceLines(w: SheetWords, guidance: StageGuidance, options: { legend: boolean }): [string, string, string] {
  const fillIn = w("guidance.fillIn", { text: guidance.fillIn });
  return [
    w("guidance.purpose", { text: guidance.purpose }),
    options.legend ? `${fillIn} ${w("guidance.legend")}` : fillIn,
    w("guidance.goodLooksLike", { text: guidance.goodLooksLike }),
  ];
}

/** A stage's sheet (its first, main one unless `sheet` says otherwise): name, number and tab colour from the registry. */
export function stageSheet(options: {
  stage: StageEntry;
  sheet?: PartSheet;
  /** The title after "Stage n · ". */
  heading: string;
  guidance: StageGuidance;
  tables: TableSpec[];
  words: SheetWords;
}): SheetSpec {
  const sheet = options.sheet ?? Object.values<PartSheet>(options.stage.sheets)[0];
  const widths = options.tables[0]?.columns.map((c) => c.width) ?? [];
  const cells: TextCell[] = [
    { row: TITLE_ROW, col: 0, content: { value: options.stage.title(options.heading) }, style: "title" },
    ...guidanceLines(options.words, options.guidance, { legend: true }).map((text, i) => guidanceCell(1 + i, text, widths)),
  ];
  const tables: PlacedTable[] = [];
  let col = 0;
  for (const table of options.tables) {
    cells.push({ row: CAPTION_ROW, col, content: { value: table.caption }, style: "caption" });
    tables.push({ table, row: HEADER_ROW, col });
    col += table.columns.length + 1;
  }
  // The ID stays in view while scrolling right through a wide table, where it is the only table.
  const first = options.tables[0]?.columns[0];
  const freezeCols = options.tables.length === 1 && first?.kind === "id" ? 1 : undefined;
  return { name: sheet.name, stage: options.stage.number, tabColor: sheet.tabColor, freezeRows: HEADER_ROW + 1, freezeCols, cells, tables, print: landscapeWithHeader(HEADER_ROW) };
}

/**
 * A derived sheet's guidance in rows 1 to 3 of column A: nothing is typed there, so no colour
 * legend; the workbook wraps them over the columns below (workbook.ts, paragraphs).
 */
export function guidanceRows(w: SheetWords, guidance: StageGuidance): TextCell[] {
  return guidanceLines(w, guidance, { legend: false }).map((text, i) => ({ row: 1 + i, col: 0, content: { value: text }, style: "guidance" }));
}

/** Characters of italic 10 pt text a column of width 1 holds (widths are counted in 11 pt digits). */
const GUIDANCE_CHARS_PER_WIDTH = 1.4;
const GUIDANCE_LINE_POINTS = 13.5;
/** A paragraph is read in lines of about this many characters, not across a whole wide table. */
const GUIDANCE_MAX_WIDTH = 140;

/**
 * A guidance paragraph over the first columns below it (as many as make a readable line),
 * wrapped in a row tall enough for its lines: it prints whole instead of running off the page.
 */
export function guidanceCell(row: number, text: string, widths: number[]): TextCell {
  let cols = 0;
  let width = 0;
  while (cols < widths.length && width < GUIDANCE_MAX_WIDTH) width += widths[cols++];
  if (cols === 0) return { row, col: 0, content: { value: text }, style: "guidance" };
  const lines = Math.max(1, Math.ceil(text.length / (width * GUIDANCE_CHARS_PER_WIDTH)));
  return { row, col: 0, content: { value: text }, style: "guidance", span: { cols, height: Math.min(MAX_ROW_HEIGHT, lines * GUIDANCE_LINE_POINTS + 2) } };
}
