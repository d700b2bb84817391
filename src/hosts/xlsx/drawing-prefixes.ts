/**
 * XML names its elements by namespace, not prefix: openpyxl writes a drawing part with the
 * SpreadsheetDrawing namespace as the default (`<wsDr xmlns="…/spreadsheetDrawing">`), which is as
 * valid as Excel's `<xdr:wsDr xmlns:xdr="…">`. exceljs matches the `xdr:` prefix, so before it
 * reads such a part the default-namespace elements are given that prefix. A part that declares
 * another default namespace inside is left as it is (exceljs may then refuse it, with a message).
 */
import type JSZip from "jszip";

const SPREADSHEET_DRAWING = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const DEFAULT_NS = /\sxmlns="([^"]*)"/g;

export function prefixDrawingXml(xml: string): string | undefined {
  const declared = [...xml.matchAll(DEFAULT_NS)].map((m) => m[1]);
  if (declared.length !== 1 || declared[0] !== SPREADSHEET_DRAWING) return undefined;
  return xml
    .replace(` xmlns="${SPREADSHEET_DRAWING}"`, ` xmlns:xdr="${SPREADSHEET_DRAWING}"`)
    .replace(/<(\/?)([A-Za-z_][\w.-]*)(?=[\s/>])/g, (_m, slash: string, name: string) => `<${slash}xdr:${name}`);
}

/** True when some drawing part was rewritten. */
export async function prefixDrawings(zip: JSZip): Promise<boolean> {
  let changed = false;
  for (const path of Object.keys(zip.files).filter((p) => /^xl\/drawings\/[^/]+\.xml$/.test(p))) {
    const prefixed = prefixDrawingXml(await zip.file(path)!.async("string"));
    if (prefixed !== undefined) {
      zip.file(path, prefixed);
      changed = true;
    }
  }
  return changed;
}
