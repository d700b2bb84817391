/**
 * A streaming XML scanner for the large parts (sheets, shared strings), several times faster
 * than a general parser because it does only what reading cells needs: it finds tags, resolves
 * their namespaces (declarations are honoured wherever they appear) and hands over character
 * data raw, to be decoded only where it is wanted. Formulas, which fill most of a plan's sheet
 * text, are skipped without being decoded. It checks that tags nest; a DTD is refused, as Excel
 * refuses it (and as entity expansion could be made to exhaust memory).
 */

export interface ScannedTag {
  uri: string;
  local: string;
  /** The raw text after the name: parse with `attribute()` only when needed. */
  attributes: string;
  selfClosing: boolean;
}

export interface ScanHandler {
  open(tag: ScannedTag): void;
  close(uri: string, local: string): void;
  /** Character data as written (entities not decoded; CDATA passes `cdata` true). */
  text(raw: string, cdata: boolean): void;
}

type Bindings = Record<string, string>;
const XML_NS = "http://www.w3.org/XML/1998/namespace";

/** The value of an unprefixed attribute in a tag's raw attribute text, entities decoded. */
const attributePatterns = new Map<string, RegExp>();

export function attribute(raw: string, name: string): string | undefined {
  if (!raw.includes(name)) return undefined;
  let re = attributePatterns.get(name);
  if (!re) attributePatterns.set(name, (re = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)));
  const m = re.exec(raw);
  return m ? decodeEntities(m[1] ?? m[2]) : undefined;
}

const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref[0] !== "#") {
      const named = NAMED[ref];
      if (named === undefined) throw new Error(`unknown entity ${whole}`);
      return named;
    }
    const code = ref[1] === "x" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return String.fromCodePoint(code);
  });
}

export class XmlScanner {
  private buffer = "";
  private readonly names: string[] = [];
  private readonly scopes: Bindings[] = [];
  private bindings: Bindings = { xml: XML_NS };
  private rootClosed = false;

  constructor(private readonly handler: ScanHandler) {}

  write(chunk: string): void {
    this.buffer = this.buffer ? this.buffer + chunk : chunk;
    this.buffer = this.buffer.slice(this.scan(this.buffer, false));
  }

  close(): void {
    this.scan(this.buffer, true);
    this.buffer = "";
    if (this.names.length) throw new Error(`the part ends inside <${this.names[this.names.length - 1]}>`);
    if (!this.rootClosed) throw new Error("the part holds no element");
  }

  /** Scans complete constructs in `s`; returns where the unfinished rest starts. */
  private scan(s: string, final: boolean): number {
    let i = 0;
    const n = s.length;
    while (i < n) {
      const lt = s.indexOf("<", i);
      if (lt < 0) {
        if (!this.names.length) return n;
        // A piece may end inside an entity or inside a character's UTF-8 bytes (latin1 mode):
        // that tail waits for the next piece, so that each text event can be decoded on its own.
        const end = final ? n : this.textEnd(s, i);
        if (end > i) this.handler.text(s.slice(i, end), false);
        return end;
      }
      if (lt > i && this.names.length) this.handler.text(s.slice(i, lt), false);
      i = lt;
      const next = s.charCodeAt(i + 1);
      if (next === 33 /* ! */) {
        if (s.startsWith("<!--", i)) {
          const end = s.indexOf("-->", i + 4);
          if (end < 0) return this.unfinished(i, final, "a comment");
          i = end + 3;
        } else if (s.startsWith("<![CDATA[", i)) {
          const end = s.indexOf("]]>", i + 9);
          if (end < 0) return this.unfinished(i, final, "a CDATA section");
          if (this.names.length) this.handler.text(s.slice(i + 9, end), true);
          i = end + 3;
        } else if (s.length - i < 9 && !final) {
          return i;
        } else {
          throw new Error("a DOCTYPE or other declaration, which a workbook part may not hold");
        }
        continue;
      }
      const gt = s.indexOf(">", i + 1);
      if (gt < 0) return this.unfinished(i, final, "a tag");
      if (next === 63 /* ? */) {
        const end = s.indexOf("?>", i + 2);
        if (end < 0) return this.unfinished(i, final, "a processing instruction");
        i = end + 2;
        continue;
      }
      // '>' may stand unescaped inside an attribute value: a tag ends at a '>' outside quotes.
      const tagEnd = this.tagEnd(s, i, gt);
      if (tagEnd < 0) return this.unfinished(i, final, "a tag");
      if (next === 47 /* / */) this.closeTag(s.slice(i + 2, tagEnd).trim());
      else this.openTag(s.slice(i + 1, tagEnd));
      i = tagEnd + 1;
    }
    return n;
  }

  private tagEnd(s: string, start: number, firstGt: number): number {
    const inside = s.slice(start, firstGt);
    if (!inside.includes('"') && !inside.includes("'")) return firstGt;
    let quote = 0;
    for (let j = start + 1; j < s.length; j++) {
      const c = s.charCodeAt(j);
      if (quote) {
        if (c === quote) quote = 0;
      } else if (c === 34 || c === 39) quote = c;
      else if (c === 62) return j;
    }
    return -1;
  }

  /** Where the text from `from` to the end of `s` stops being whole: before a cut entity or UTF-8 sequence. */
  private textEnd(s: string, from: number): number {
    let end = s.length;
    // Read as latin1, a UTF-8 character is a lead byte (0xC0-0xF7) and up to 3 bytes 0x80-0xBF.
    let lead = end;
    while (lead > from && end - lead < 3 && s.charCodeAt(lead - 1) >= 0x80 && s.charCodeAt(lead - 1) <= 0xbf) lead--;
    const c = lead > from ? s.charCodeAt(lead - 1) : 0;
    if (c >= 0xc0 && c <= 0xf7 && end - (lead - 1) < (c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2)) end = lead - 1;
    const amp = s.lastIndexOf("&", end - 1);
    if (amp >= from && s.indexOf(";", amp) < 0) end = amp;
    return end;
  }

  private unfinished(at: number, final: boolean, what: string): number {
    if (final) throw new Error(`the part ends inside ${what}`);
    return at;
  }

  private openTag(body: string): void {
    if (this.rootClosed) throw new Error("content after the root element");
    const selfClosing = body.endsWith("/");
    const inner = selfClosing ? body.slice(0, -1) : body;
    const nameEnd = inner.search(/[\s]/);
    const qname = nameEnd < 0 ? inner : inner.slice(0, nameEnd);
    const attributes = nameEnd < 0 ? "" : inner.slice(nameEnd);
    if (!qname) throw new Error("a tag without a name");
    const outer = this.bindings;
    if (attributes.includes("xmlns")) {
      const declared: Bindings = { ...outer };
      for (const m of attributes.matchAll(/(?:^|\s)xmlns(?::([^\s=]+))?\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) declared[m[1] ?? ""] = decodeEntities(m[2] ?? m[3]);
      this.bindings = declared;
    }
    const colon = qname.indexOf(":");
    const prefix = colon < 0 ? "" : qname.slice(0, colon);
    const uri = this.bindings[prefix];
    if (uri === undefined && prefix) throw new Error(`the prefix "${prefix}" of <${qname}> is not declared`);
    this.handler.open({ uri: uri ?? "", local: colon < 0 ? qname : qname.slice(colon + 1), attributes, selfClosing });
    if (selfClosing) {
      this.bindings = outer;
      this.handler.close(uri ?? "", colon < 0 ? qname : qname.slice(colon + 1));
      if (!this.names.length) this.rootClosed = true;
    } else {
      this.names.push(qname);
      this.scopes.push(outer);
    }
  }

  private closeTag(qname: string): void {
    const open = this.names.pop();
    if (open !== qname) throw new Error(open ? `</${qname}> closes <${open}>` : `</${qname}> closes no element`);
    const colon = qname.indexOf(":");
    const uri = this.bindings[colon < 0 ? "" : qname.slice(0, colon)] ?? "";
    this.bindings = this.scopes.pop()!;
    this.handler.close(uri, colon < 0 ? qname : qname.slice(colon + 1));
    if (!this.names.length) this.rootClosed = true;
  }
}
