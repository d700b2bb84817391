/** The Lists sheet: every value set of the contract, one column each, behind a defined name. */
import { ID_LISTS, VALUE_LISTS, type IdListName } from "./contract";
import { col } from "./formulas";
import { GCM_OBJECTIVES, SDG_TARGETS, gcmLabel } from "./catalog/catalog";
import { WORKBOOK_PART } from "./registry";

/** Lists from the migration catalogue, for tagging goals (planners may also type their own). */
export const CATALOG_LISTS = {
  lstGcmObjectives: GCM_OBJECTIVES.map(gcmLabel),
  lstSdgTargets: [...SDG_TARGETS],
};
export type CatalogListName = keyof typeof CATALOG_LISTS;

const ALL_LISTS: Record<string, readonly string[]> = { ...VALUE_LISTS, ...CATALOG_LISTS };
import { cellAddress, sheetPrefix } from "./address";
import type { NameSpec, SheetSpec, TextCell } from "./spec/types";
import { sheetWords, type SheetWords } from "./i18n/sheets";
import type { Language } from "./i18n/language";

export const LISTS_SHEET = WORKBOOK_PART.sheets.lists.name;
const HEADER_ROW = 2;

export function listsSheet(language?: Language): SheetSpec {
  const words = sheetWords(language);
  const cells: TextCell[] = [
    { row: 0, col: 0, content: { value: "Lists behind the drop-downs" }, style: "title" },
    {
      row: 1,
      col: 0,
      content: { value: words("lists.guidance") },
      style: "guidance",
    },
  ];
  const names = Object.keys(ALL_LISTS);
  names.forEach((name, c) => {
    cells.push({ row: HEADER_ROW, col: c, content: { value: name }, style: "caption" });
    // Text cells: Excel would read the SDG target "8.10" as the number 8.1, another target.
    ALL_LISTS[name].forEach((v, i) => cells.push({ row: HEADER_ROW + 1 + i, col: c, content: { value: v }, numberFormat: "@" }));
  });
  const columnWidths: Record<number, number> = {};
  names.forEach((_, c) => (columnWidths[c] = 20));
  // Hidden: the drop-downs read it, people need not; Unhide shows it (Home > Format > Hide & Unhide).
  return { name: LISTS_SHEET, tabColor: WORKBOOK_PART.sheets.lists.tabColor, freezeRows: HEADER_ROW + 1, cells, tables: [], columnWidths, hidden: true };
}

export function listNames(language?: Language): NameSpec[] {
  const words = sheetWords(language);
  const idLists: NameSpec[] = (Object.keys(ID_LISTS) as IdListName[]).map((name) => ({
    name,
    refersTo: `=${col(ID_LISTS[name].table, ID_LISTS[name].column)}`,
    comment: words("lists.idList.comment", { table: ID_LISTS[name].table, column: ID_LISTS[name].column }),
  }));
  return [...valueListNames(words), ...idLists];
}

function valueListNames(words: SheetWords): NameSpec[] {
  return Object.keys(ALL_LISTS).map((name, c) => {
    const n = ALL_LISTS[name].length;
    const first = cellAddress(HEADER_ROW + 1, c, true);
    const last = cellAddress(HEADER_ROW + n, c, true);
    return { name, refersTo: `=${sheetPrefix(LISTS_SHEET)}${first}:${last}`, comment: words("lists.valueList.comment", { items: ALL_LISTS[name].join(", ") }).slice(0, 255) };
  });
}
