/**
 * Small XML parts (workbook, relationships, tables, content types) as trees of elements keyed by
 * namespace URI and local name. Sheets and shared strings are never parsed this way: they can
 * be hundreds of megabytes and are streamed instead (sheet-cells.ts, shared-strings.ts).
 */
import { SaxesParser } from "saxes";

export interface XmlAttribute {
  uri: string;
  local: string;
  value: string;
}

export interface XmlElement {
  uri: string;
  local: string;
  attributes: XmlAttribute[];
  children: XmlElement[];
  /** Character data directly inside the element, joined. */
  text: string;
}

export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: false });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  parser.on("opentag", (tag) => {
    const element: XmlElement = {
      uri: tag.uri,
      local: tag.local,
      attributes: Object.values(tag.attributes).map((a) => ({ uri: a.uri, local: a.local, value: a.value })),
      children: [],
      text: "",
    };
    if (stack.length) stack[stack.length - 1].children.push(element);
    else root = element;
    if (!tag.isSelfClosing) stack.push(element);
  });
  parser.on("closetag", (tag) => {
    if (!tag.isSelfClosing) stack.pop();
  });
  parser.on("text", (t) => {
    if (stack.length) stack[stack.length - 1].text += t;
  });
  parser.on("cdata", (t) => {
    if (stack.length) stack[stack.length - 1].text += t;
  });
  parser.write(xml).close();
  if (!root) throw new Error("no root element");
  return root;
}

/** An attribute without namespace (most SpreadsheetML attributes), or in one of `uris`. */
export function attr(element: XmlElement, local: string, uris?: string[]): string | undefined {
  return element.attributes.find((a) => a.local === local && (uris ? uris.includes(a.uri) : a.uri === ""))?.value;
}

export function children(element: XmlElement, local: string, matches: (uri: string) => boolean): XmlElement[] {
  return element.children.filter((c) => c.local === local && matches(c.uri));
}

export function child(element: XmlElement, local: string, matches: (uri: string) => boolean): XmlElement | undefined {
  return element.children.find((c) => c.local === local && matches(c.uri));
}
