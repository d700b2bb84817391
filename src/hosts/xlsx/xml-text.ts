/**
 * Edits to the text of XML parts written by other programs, kept as text so that everything
 * not edited stays byte for byte. Elements are found in the namespace the part binds to its
 * root's prefix (Excel and LibreOffice use the default namespace, some tools `x:`), never by
 * a fixed prefix.
 */

import { escapeXml, unescapeXml } from "../../model/xml-escape";

/** The prefix (with its colon, or "") the root element of `xml` goes by. */
export function rootPrefix(xml: string): string {
  const m = /<([\w.-]+:)?[\w.-]+[\s>/]/.exec(xml.replace(/^\uFEFF?(<\?[\s\S]*?\?>)?\s*(<!--[\s\S]*?-->\s*)*/, ""));
  return m?.[1] ?? "";
}

/** Puts `prefix` on every element of a fragment written without prefixes (by exceljs or by us). */
export function withPrefix(fragment: string, prefix: string): string {
  return prefix ? fragment.replace(/<(\/?)([A-Za-z_][\w.-]*)(?=[\s/>])/g, `<$1${prefix}$2`) : fragment;
}

export function attrOf(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return m ? unescapeXml(m[1] ?? m[2]) : undefined;
}

/** The tag with the attribute set (added at its end when absent). */
export function setAttr(tag: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*)(?:"[^"]*"|'[^']*')`);
  if (re.test(tag)) return tag.replace(re, `$1"${escapeXml(value)}"`);
  return tag.replace(/\s*(\/?)>$/, ` ${name}="${escapeXml(value)}"$1>`);
}

export interface Section {
  /** Offset of the opening tag, of the first character after it, of the closing tag, and after it. */
  start: number;
  innerStart: number;
  innerEnd: number;
  end: number;
  openTag: string;
}

/** The first element `prefix + local` (not nested in one of the same name), with its offsets. */
export function findSection(xml: string, prefix: string, local: string, from = 0): Section | undefined {
  const qname = `${prefix}${local}`;
  const open = new RegExp(`<${qname.replace(/[.]/g, "\\.")}(?=[\\s/>])(?:"[^"]*"|'[^']*'|[^>"'])*>`, "g");
  open.lastIndex = from;
  const m = open.exec(xml);
  if (!m) return undefined;
  const start = m.index;
  const innerStart = start + m[0].length;
  if (m[0].endsWith("/>")) return { start, innerStart, innerEnd: innerStart, end: innerStart, openTag: m[0] };
  const close = xml.indexOf(`</${qname}>`, innerStart);
  if (close < 0) throw new Error(`<${qname}> is not closed`);
  return { start, innerStart, innerEnd: close, end: close + qname.length + 3, openTag: m[0] };
}

/** The top-level child elements of a fragment (each whole), in order. */
export function childElements(inner: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let begin = -1;
  for (const m of inner.matchAll(/<(\/?)([A-Za-z_][\w.:-]*)(?:"[^"]*"|'[^']*'|[^>"'])*?(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>/g)) {
    if (m[0].startsWith("<!--") || m[0].startsWith("<?")) continue;
    const [, closing, , selfClosing] = m;
    if (closing) {
      depth--;
      if (depth === 0) out.push(inner.slice(begin, m.index + m[0].length));
    } else if (selfClosing) {
      if (depth === 0) out.push(m[0]);
    } else {
      if (depth === 0) begin = m.index;
      depth++;
    }
  }
  return out;
}

/** A fresh part name `${dir}/${stem}N.xml` that no part in `taken` has (compared without case). */
export function freshPartName(taken: Iterable<string>, dir: string, stem: string, ext = "xml"): string {
  const lower = new Set([...taken].map((t) => t.toLowerCase()));
  for (let n = 1; ; n++) {
    const name = `${dir}/${stem}${n}.${ext}`;
    if (!lower.has(name.toLowerCase())) return name;
  }
}
