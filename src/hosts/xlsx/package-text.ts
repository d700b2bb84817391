/** Additions to a package's relationships and content types, by text, keeping every entry there. */
import { relativeTarget } from "./opc-paths";
import { escapeXml } from "../../model/xml-escape";
import { rootPrefix } from "./xml-text";

const RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

export function relIds(relsXml: string | undefined): string[] {
  return relsXml ? [...relsXml.matchAll(/\sId\s*=\s*"([^"]*)"/g)].map((m) => m[1]) : [];
}

export function freshRelId(taken: Iterable<string>): string {
  const used = new Set(taken);
  for (let n = 1; ; n++) if (!used.has(`rId${n}`)) return `rId${n}`;
}

/** The relationships part with one relationship added (made when `relsXml` is undefined). */
export function addRelationship(relsXml: string | undefined, source: string, id: string, type: string, target: string, external = false): string {
  const base = relsXml ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELS_NS}"></Relationships>`;
  const prefix = rootPrefix(base);
  const to = external ? target : relativeTarget(source, target);
  const el = `<${prefix}Relationship Id="${escapeXml(id)}" Type="${escapeXml(type)}" Target="${escapeXml(to)}"${external ? ' TargetMode="External"' : ""}/>`;
  const close = `</${prefix}Relationships>`;
  if (base.includes(close)) return base.replace(close, `${el}${close}`);
  return base.replace(/<([\w.-]+:)?Relationships\b([^>]*?)\s*\/>/, `<$1Relationships$2>${el}</$1Relationships>`);
}

/** Content types with an override for `part` (replacing one that names it). */
export function addOverride(types: string, part: string, contentType: string): string {
  const prefix = rootPrefix(types);
  const cleaned = removeOverride(types, part);
  return cleaned.replace(`</${prefix}Types>`, `<${prefix}Override PartName="/${escapeXml(part)}" ContentType="${escapeXml(contentType)}"/></${prefix}Types>`);
}

export function removeOverride(types: string, part: string): string {
  const wanted = `/${part}`.toLowerCase();
  return types.replace(/<([\w.-]+:)?Override\b[^>]*\/>/g, (tag) => ((/PartName="([^"]*)"/.exec(tag)?.[1] ?? "").toLowerCase() === wanted ? "" : tag));
}

/** The content type a package gives a part: its override, else the default for its extension. */
export function contentTypeOf(types: string, part: string): string | undefined {
  const wanted = `/${part}`.toLowerCase();
  for (const m of types.matchAll(/<(?:[\w.-]+:)?Override\b[^>]*\/>/g)) {
    if ((/PartName="([^"]*)"/.exec(m[0])?.[1] ?? "").toLowerCase() === wanted) return /ContentType="([^"]*)"/.exec(m[0])?.[1];
  }
  const ext = part.slice(part.lastIndexOf(".") + 1).toLowerCase();
  for (const m of types.matchAll(/<(?:[\w.-]+:)?Default\b[^>]*\/>/g)) {
    if ((/Extension="([^"]*)"/.exec(m[0])?.[1] ?? "").toLowerCase() === ext) return /ContentType="([^"]*)"/.exec(m[0])?.[1];
  }
  return undefined;
}
