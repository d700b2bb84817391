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
