/**
 * The plan check reads values, never formulas. A plan's derived sheets carry a long formula in
 * every cell (a dashboard row's formulas come to about 9 KB), and exceljs turns each into objects:
 * at 50,000 actions that alone took gigabytes. Cutting the <f> elements out of the sheets before
 * exceljs parses them leaves every cell's saved value (and its type: text, number, error) as it was.
 */
import type JSZip from "jszip";

const FORMULA = /<f\b[^>]*\/>|<f\b[^>]*>[^<]*<\/f>/g;

/** True when some sheet lost a formula (the package must then be written again). */
export async function dropFormulas(zip: JSZip): Promise<boolean> {
  let changed = false;
  for (const path of Object.keys(zip.files).filter((p) => /^xl\/worksheets\/[^/]+\.xml$/.test(p))) {
    const xml = await zip.file(path)!.async("string");
    const stripped = xml.replace(FORMULA, "");
    if (stripped.length !== xml.length) {
      zip.file(path, stripped);
      changed = true;
    }
  }
  return changed;
}

/** Relationship types of drawings, VML (notes' shapes, form controls) and notes. */
const DRAWING_RELATIONSHIP = /<Relationship\b[^>]*Type="[^"]*\/(drawing|vmlDrawing|comments)"[^>]*\/>/g;
const DRAWING_ELEMENT = /<(?:[\w]+:)?(?:drawing|legacyDrawing|legacyDrawingHF)\b[^>]*\/>/g;

/**
 * The check needs no drawing, chart, picture or note, and a part it never parses cannot stop it:
 * openpyxl writes drawings with the SpreadsheetDrawing namespace as the default (valid, but
 * exceljs matches elements by prefix and fails), and Excel's VML notes may hold HTML that
 * exceljs cannot parse. For reading values they are taken out of the package with every link to
 * them. True when something was taken out.
 */
export async function dropDrawings(zip: JSZip): Promise<boolean> {
  let changed = false;
  for (const path of Object.keys(zip.files)) {
    if (/^xl\/(drawings|charts|media)\//.test(path) || /^xl\/comments[^/]*\.xml$/.test(path) || /^xl\/threadedComments\//.test(path)) {
      zip.remove(path);
      changed = true;
    }
  }
  for (const path of Object.keys(zip.files).filter((p) => /^xl\/worksheets\/(_rels\/)?[^/]+\.xml(\.rels)?$/.test(p))) {
    const xml = await zip.file(path)!.async("string");
    const stripped = xml.replace(path.endsWith(".rels") ? DRAWING_RELATIONSHIP : DRAWING_ELEMENT, "");
    if (stripped.length !== xml.length) {
      zip.file(path, stripped);
      changed = true;
    }
  }
  return changed;
}
