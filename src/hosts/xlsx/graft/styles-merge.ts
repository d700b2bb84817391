/**
 * Brings the styles of the plan's sheets (as exceljs wrote them, in a styles part of its own)
 * into the user's styles part by adding only: every font, fill, border, number format, cell
 * format and differential format already there keeps its index, so every cell of the user's
 * sheets still shows as before. Returns the maps from exceljs's indexes to the merged ones.
 */
import { attrOf, childElements, findSection, rootPrefix, setAttr, withPrefix } from "../xml-text";

export interface StyleMaps {
  xf(index: number): number;
  dxf(index: number): number;
  /** The merged styles part. */
  xml(): string;
}

const FIRST_CUSTOM_FORMAT = 164;

export class StylesMergeError extends Error {}

export function mergeStyles(userXml: string, planXml: string): StyleMaps {
  let xml = userXml;
  const prefix = rootPrefix(userXml);
  const plan = (local: string) => {
    const s = findSection(planXml, "", local);
    return s ? childElements(planXml.slice(s.innerStart, s.innerEnd)) : [];
  };
  const planFormats = plan("numFmts");
  const planFonts = plan("fonts");
  const planFills = plan("fills");
  const planBorders = plan("borders");
  const planXfs = plan("cellXfs");
  const planDxfs = plan("dxfs");

  /** Appends elements to a section of the user's part (made where the schema wants it if absent); returns the index of the first. */
  const append = (local: string, elements: string[], before: string[]): number => {
    let section = findSection(xml, prefix, local);
    if (!section) {
      const tag = `${prefix}${local}`;
      const empty = `<${tag} count="0"></${tag}>`;
      const at = before.map((b) => findSection(xml, prefix, b)?.start).find((p) => p !== undefined) ?? xml.lastIndexOf("</");
      xml = xml.slice(0, at) + empty + xml.slice(at);
      section = findSection(xml, prefix, local)!;
    } else if (section.openTag.endsWith("/>")) {
      const tag = `${prefix}${local}`;
      xml = xml.slice(0, section.start) + section.openTag.replace(/\s*\/>$/, ">") + `</${tag}>` + xml.slice(section.end);
      section = findSection(xml, prefix, local)!;
    }
    const existing = childElements(xml.slice(section.innerStart, section.innerEnd)).length;
    if (!elements.length) return existing;
    const added = withPrefix(elements.join(""), prefix);
    const openTag = setAttr(section.openTag, "count", String(existing + elements.length));
    xml = xml.slice(0, section.start) + openTag + xml.slice(section.innerStart, section.innerEnd) + added + xml.slice(section.innerEnd);
    return existing;
  };

  // Number formats: the plan's custom ids move above every id the user's part uses.
  const userFormats = (() => {
    const s = findSection(xml, prefix, "numFmts");
    return s ? childElements(xml.slice(s.innerStart, s.innerEnd)) : [];
  })();
  const byCode = new Map(userFormats.map((f) => [attrOf(f, "formatCode"), Number(attrOf(f, "numFmtId"))]));
  let nextId = Math.max(FIRST_CUSTOM_FORMAT - 1, ...userFormats.map((f) => Number(attrOf(f, "numFmtId")) || 0)) + 1;
  const formatMap = new Map<number, number>();
  const newFormats: string[] = [];
  for (const f of planFormats) {
    const id = Number(attrOf(f, "numFmtId"));
    const code = attrOf(f, "formatCode");
    const known = byCode.get(code);
    if (known !== undefined) formatMap.set(id, known);
    else {
      formatMap.set(id, nextId);
      newFormats.push(setAttr(f, "numFmtId", String(nextId++)));
    }
  }
  const ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"];
  const after = (local: string) => ORDER.slice(ORDER.indexOf(local) + 1);
  append("numFmts", newFormats, after("numFmts"));
  const fontBase = append("fonts", planFonts, after("fonts"));
  const fillBase = append("fills", planFills, after("fills"));
  const borderBase = append("borders", planBorders, after("borders"));
  const mapFormat = (id: number) => (id >= FIRST_CUSTOM_FORMAT ? (formatMap.get(id) ?? id) : id);
  const xfs = planXfs.map((xf) => {
    let tag = /^<[^>]*>/.exec(xf)![0];
    const rest = xf.slice(tag.length);
    tag = setAttr(tag, "numFmtId", String(mapFormat(Number(attrOf(tag, "numFmtId") ?? 0))));
    tag = setAttr(tag, "fontId", String(fontBase + Number(attrOf(tag, "fontId") ?? 0)));
    tag = setAttr(tag, "fillId", String(fillBase + Number(attrOf(tag, "fillId") ?? 0)));
    tag = setAttr(tag, "borderId", String(borderBase + Number(attrOf(tag, "borderId") ?? 0)));
    // The user's "Normal" cell style is the base of every format added.
    tag = setAttr(tag, "xfId", "0");
    return tag + rest;
  });
  const xfBase = append("cellXfs", xfs, after("cellXfs"));
  const dxfBase = append("dxfs", planDxfs, after("dxfs"));
  return { xf: (i) => xfBase + i, dxf: (i) => dxfBase + i, xml: () => xml };
}
