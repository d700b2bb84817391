/**
 * The plan check reads values, never formulas, drawings or notes, so before exceljs parses a
 * package for it, one pass takes out what it does not need:
 * - formulas: a plan's derived sheets carry a long formula in every cell (a dashboard row's come
 *   to about 9 KB), and exceljs turns each into objects: at 50,000 actions that alone took
 *   gigabytes. Cutting the <f> elements leaves every cell's saved value (and its type) as it was.
 * - drawings, charts, pictures and notes, with every link to them: a part that is never parsed
 *   cannot stop a check. openpyxl writes drawings with the SpreadsheetDrawing namespace as the
 *   default (valid, but exceljs matches elements by prefix), and Excel's VML notes may hold HTML
 *   that exceljs cannot parse.
 */
import type JSZip from "jszip";

const FORMULA = /<f\b[^>]*\/>|<f\b[^>]*>[^<]*<\/f>/g;
const DRAWING_ELEMENT = /<(?:[\w]+:)?(?:drawing|legacyDrawing|legacyDrawingHF)\b[^>]*\/>/g;
/** Relationship types of drawings, VML (notes' shapes, form controls) and notes. */
const DRAWING_RELATIONSHIP = /<Relationship\b[^>]*Type="[^"]*\/(drawing|vmlDrawing|comments)"[^>]*\/>/g;
const UNNEEDED_PART = /^xl\/(drawings|charts|media|threadedComments)\/|^xl\/comments[^/]*\.xml$/;

async function rewrite(zip: JSZip, path: string, ...patterns: RegExp[]): Promise<boolean> {
  const xml = await zip.file(path)!.async("string");
  const stripped = patterns.reduce((text, p) => text.replace(p, ""), xml);
  if (stripped.length === xml.length) return false;
  zip.file(path, stripped);
  return true;
}

/** True when something was taken out (the package must then be written again). */
export async function keepValuesOnly(zip: JSZip): Promise<boolean> {
  let changed = false;
  for (const path of Object.keys(zip.files)) {
    if (UNNEEDED_PART.test(path)) {
      zip.remove(path);
      changed = true;
    } else if (/^xl\/worksheets\/[^/]+\.xml$/.test(path)) {
      changed = (await rewrite(zip, path, FORMULA, DRAWING_ELEMENT)) || changed;
    } else if (/^xl\/worksheets\/_rels\/[^/]+\.xml\.rels$/.test(path)) {
      changed = (await rewrite(zip, path, DRAWING_RELATIONSHIP)) || changed;
    }
  }
  return changed;
}
