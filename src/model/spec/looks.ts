/**
 * How the plan's sheets look and print, said once for both hosts: which columns a planner types
 * in and which the workbook works out, the font every styled cell names, and the printed page.
 */
import type { ColumnSpec, PrintSpec, SheetSpec, TableSpec } from "./types";
import type { SheetLooks } from "../layout/steps";
import { DEFAULT_LANGUAGE, type Language } from "../i18n/language";
import { sheetWords } from "../i18n/sheets";

/**
 * Every font the plan writes names its face: a cell style without a name falls back to the
 * reader's default (a serif face in LibreOffice). Calibri is Excel's body font up to 2023, and
 * Carlito stands in for it, with the same widths, where Calibri is not installed.
 */
export const FONT_NAME = "Calibri";

/** Input: typed by people. Calculated: a formula the workbook owns. Helper: a formula's working, hidden. */
export type ColumnRole = "input" | "calculated" | "helper";

export function columnRole(table: Pick<TableSpec, "derived">, column: ColumnSpec): ColumnRole {
  if (column.helper) return "helper";
  if (column.formula || table.derived) return "calculated";
  return "input";
}

export interface RoleLook {
  /** Header cell fill and font colour, over the table style's. */
  header: { fill: string; font: string };
  /** Body fill; undefined keeps the table style's white and banded rows, where people type. */
  bodyFill?: string;
  /** Helper columns are hidden in a collapsed outline group: one click on + shows them. */
  hidden: boolean;
}

const TYPED_HEADER = { fill: "#4472C4", font: "#FFFFFF" };
const WORKED_OUT_HEADER = { fill: "#595959", font: "#FFFFFF" };
const WORKED_OUT_BODY = "#EDEDED";

/**
 * Headers carry their colour themselves, not only through the table style (LibreOffice and
 * other readers draw no table styles): blue where people type, grey where the workbook works a
 * figure out. A derived table (the matrix, the dashboard) is worked out whole; its body keeps
 * the table's banded rows, and its sheet's guidance says nothing is typed there.
 */
export function roleLook(table: Pick<TableSpec, "derived">, column: ColumnSpec): RoleLook {
  if (table.derived) return { header: WORKED_OUT_HEADER, hidden: false };
  switch (columnRole(table, column)) {
    case "input":
      return { header: TYPED_HEADER, hidden: false };
    case "calculated":
      return { header: WORKED_OUT_HEADER, bodyFill: WORKED_OUT_BODY, hidden: false };
    case "helper":
      return { header: { fill: "#A6A6A6", font: "#000000" }, bodyFill: WORKED_OUT_BODY, hidden: true };
  }
}

/**
 * Typed text wraps in its column instead of being cut by the next cell (titles, lead agencies,
 * indicator names). A formula's text does not: no program makes its row taller when the result
 * changes, so a wrapped result would be cut at the bottom or drawn over the next row. Nor does a
 * derived table's (rebuilt rows of one line each read as a list).
 */
export function wraps(table: Pick<TableSpec, "derived">, column: ColumnSpec): boolean {
  return !table.derived && !column.formula && (column.kind === "longText" || column.kind === "text");
}

/** Excel's tallest row, in points. */
export const MAX_ROW_HEIGHT = 409;

/** Points a line of Calibri 11 takes; Excel's default row. */
export const LINE_POINTS = 15;

/**
 * The height a row needs for its wrapped texts, each in a column `width` characters wide;
 * undefined when one line is enough. Files must say it: LibreOffice keeps the default height of
 * a row that does not, and draws the lines over one another.
 */
export function wrappedRowHeight(texts: { text: string; width: number }[]): number | undefined {
  // Words do not break mid-word: a line holds about 90 % of the column's characters.
  const lines = Math.max(1, ...texts.map((t) => Math.ceil(t.text.length / Math.max(1, t.width * 0.9))));
  return lines > 1 ? Math.min(MAX_ROW_HEIGHT, lines * LINE_POINTS) : undefined;
}

/** Height of a wrapped header row in points: two lines of Calibri 11. */
export const HEADER_ROW_HEIGHT = 30;

export function looksOf(sheet: SheetSpec): SheetLooks {
  return { tabColor: sheet.tabColor, freezeRows: sheet.freezeRows, freezeCols: sheet.freezeCols, hidden: sheet.hidden, print: sheet.print };
}

/**
 * Excel keeps at most 255 characters of a footer with its codes: the page number and date take
 * 27 in English (29 in Spanish, the longest), so a plan title is cut, with an ellipsis, where its
 * doubled "&"s would pass 200.
 */
const MAX_FOOTER_TITLE = 200;

/**
 * Stand-ins for Excel's page codes while the translated sentence is escaped: a translation's own
 * "&" must be doubled, the codes must not, and the catalogue's placeholders keep a translator
 * from breaking them.
 */
const PAGE = "\u0001";
const PAGES = "\u0002";

function pageCount(language: Language): string {
  const text = sheetWords(language)("print.footer.page", { page: PAGE, pages: PAGES });
  return text.replace(/&/g, "&&").replace(PAGE, "&P").replace(PAGES, "&N");
}

/** Excel's header and footer codes: "&" starts a code, so a title's own "&" is doubled. */
export function footerParts(print: PrintSpec): { left: string; center: string; right: string } {
  let title = "";
  for (const ch of print.footerTitle ?? "") {
    const next = ch === "&" ? "&&" : ch;
    if (title.length + next.length > MAX_FOOTER_TITLE) {
      title += "…";
      break;
    }
    title += next;
  }
  return { left: `&9${title}`, center: `&9${pageCount(print.language ?? DEFAULT_LANGUAGE)}`, right: "&9&D" };
}

/** Print titles as Excel writes them: whole rows, 1-based, absolute ("$6:$6"). */
export function titleRowsRef(print: PrintSpec): string | undefined {
  return print.titleRows ? `$${print.titleRows.first + 1}:$${print.titleRows.last + 1}` : undefined;
}

/** The print settings of a sheet whose header row is `headerRow`: landscape, one page wide. */
export function landscapeWithHeader(headerRow: number | undefined): PrintSpec {
  return { orientation: "landscape", ...(headerRow === undefined ? {} : { titleRows: { first: headerRow, last: headerRow } }) };
}
