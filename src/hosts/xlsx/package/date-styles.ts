/**
 * Which cell styles show a date. Needed only for workbooks on the 1904 date system (old Mac
 * Excel): their date serials count from 1904, and must be moved to the 1900 system the plan's
 * formulas and checks use, while plain numbers (a budget) stay as they are.
 */
import { isSpreadsheetNs } from "./namespaces";
import { attr, child, children, parseXml } from "./xml-tree";

/** Built-in number formats that are dates or times (ECMA-376 part 1, 18.8.30, and the East Asian ones). */
const BUILT_IN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

export function isDateFormatCode(code: string): boolean {
  // Quoted text, escaped characters and bracketed parts ([Red], [$-409]) are not date tokens.
  const bare = code.replace(/"[^"]*"/g, "").replace(/\\./g, "").replace(/\[[^\]]*\]/g, "");
  return /[dmyhs]/i.test(bare) && !/^General$/i.test(bare.trim());
}

export function dateStyles(stylesXml: string | undefined): Set<number> {
  const out = new Set<number>();
  if (!stylesXml) return out;
  const root = parseXml(stylesXml);
  const custom = new Map<number, string>();
  const numFmts = child(root, "numFmts", isSpreadsheetNs);
  for (const f of numFmts ? children(numFmts, "numFmt", isSpreadsheetNs) : []) custom.set(Number(attr(f, "numFmtId")), attr(f, "formatCode") ?? "");
  const xfs = child(root, "cellXfs", isSpreadsheetNs);
  (xfs ? children(xfs, "xf", isSpreadsheetNs) : []).forEach((xf, i) => {
    const id = Number(attr(xf, "numFmtId") ?? 0);
    const code = custom.get(id);
    if (code !== undefined ? isDateFormatCode(code) : BUILT_IN_DATES.has(id)) out.add(i);
  });
  return out;
}
