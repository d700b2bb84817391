/**
 * Formula builders. Formulas are kept in Excel's English, comma-separated form with a leading
 * "=" (what Office.js `Range.formulas` takes); `toFileFormula` turns one into what an .xlsx file
 * stores. Only functions that Excel 2019 and LibreOffice both compute are used.
 */

/** Escapes a header for use inside a structured reference ([, ], #, ' need a ' before them). */
export function escapeHeader(header: string): string {
  return header.replace(/(['#[\]])/g, "'$1");
}

/** A header as written inside a structured reference, its ' escapes taken off. */
export function unescapeHeader(written: string): string {
  return written.replace(/'(.)/g, "$1");
}

/** `tblX[Column]`: the whole body of a table column. */
export function col(table: string, header: string): string {
  return `${table}[${escapeHeader(header)}]`;
}

/**
 * `tblX[[#This Row],[Column]]`: the same row of the table. The `[@Column]` shorthand is for
 * typing only; files store this long form, and Excel accepts it through the API too.
 */
export function thisRow(table: string, header: string): string {
  return `${table}[[#This Row],[${escapeHeader(header)}]]`;
}

/** `tblX[[#This Row],[First]:[Last]]`: a run of columns in the same row. */
export function thisRowSpan(table: string, first: string, last: string): string {
  return `${table}[[#This Row],[${escapeHeader(first)}]:[${escapeHeader(last)}]]`;
}

/** A row-reference helper bound to one table: `r("Budget")`. */
export function rowOf(table: string): (header: string) => string {
  return (header) => thisRow(table, header);
}

/** A text literal for a formula. */
export function str(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** Functions newer than Excel 2007 must carry their `_xlfn.` prefix inside a file. */
const FUTURE_FUNCTIONS = ["MAXIFS", "MINIFS", "IFS", "CONCAT", "TEXTJOIN", "IFNA"];

export function toFileFormula(formula: string): string {
  let f = formula.startsWith("=") ? formula.slice(1) : formula;
  for (const fn of FUTURE_FUNCTIONS) {
    f = f.replace(new RegExp(`(?<![A-Za-z0-9_.])${fn}\\(`, "g"), `_xlfn.${fn}(`);
  }
  return f;
}

/** Looks up a column of another table by an ID in this row; blank (not 0) where the cell is blank. */
/**
 * A text column's value for the key, "" when absent or blank. T() turns a blank cell into ""
 * without a second INDEX/MATCH, which keeps formulas repeated on every row of a long table short
 * (a sheet's XML must stay under the 512 MB a JavaScript string can hold).
 */
export function textLookup(table: string, keyHeader: string, valueHeader: string, key: string): string {
  return `IFERROR(T(INDEX(${col(table, valueHeader)},MATCH(${key},${col(table, keyHeader)},0))),"")`;
}

export function lookup(table: string, keyHeader: string, valueHeader: string, key: string): string {
  const found = `INDEX(${col(table, valueHeader)},MATCH(${key},${col(table, keyHeader)},0))`;
  return `IFERROR(IF(${found}="","",${found}),"")`;
}

/**
 * How many cells of `range` hold text (not blank) among the rows matching every criterion
 * (pairs of range and value). COUNTIFS with a "?*" wildcard would do in Excel, but LibreOffice
 * matches numbers with it, so the test is spelled out.
 */
export function textCount(range: string, criteria: [string, string][] = []): string {
  const terms = [...criteria.map(([r, v]) => `(${r}=${v})`), `ISTEXT(${range})`, `(${range}<>"")`];
  return `SUMPRODUCT(${terms.join("*")})`;
}
