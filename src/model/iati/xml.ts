/**
 * A small XML writer: elements as data, serialised with every text and attribute escaped. Cells
 * may hold anything a person pasted (ampersands, quotes, line breaks, control characters), and
 * one stray "<" would make a donor's whole file unreadable.
 */
export interface XmlElement {
  name: string;
  /** Attributes in the order written; undefined ones are left out. */
  attributes?: [string, string | number | boolean | undefined][];
  children?: (XmlElement | undefined)[];
  /** Character data, for elements that hold text only. */
  text?: string;
}

/** Characters XML 1.0 cannot hold at all, even escaped (most C0 controls, lone surrogates, U+FFFE/F). */
// eslint-disable-next-line no-control-regex -- naming the control characters XML allows is the point
const NOT_XML = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Printable ASCII with nothing to escape: most of what a plan holds, written as it is (a 10,000-action file spent most of its time escaping). */
const PLAIN = /^[\x20\x21\x23-\x25\x27-\x3b\x3d\x3f-\x7e]*$/;
const TEXT_ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };
const ATTRIBUTE_ENTITIES: Record<string, string> = { ...TEXT_ENTITIES, '"': "&quot;", "\t": "&#9;", "\n": "&#10;", "\r": "&#13;" };

export function escapeText(text: string): string {
  if (PLAIN.test(text)) return text;
  return text.replace(NOT_XML, "").replace(/[&<>]/g, (c) => TEXT_ENTITIES[c]);
}

/** Tabs and line breaks as character references: a parser would fold them to spaces otherwise. */
export function escapeAttribute(value: string): string {
  if (PLAIN.test(value)) return value;
  return value.replace(NOT_XML, "").replace(/[&<>"\t\n\r]/g, (c) => ATTRIBUTE_ENTITIES[c]);
}

/**
 * A number as xsd:decimal writes it: never in exponent form (1e21, 1e-7), which String() gives
 * for very large and very small numbers and the schema refuses.
 */
export function decimal(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`Not a finite number: ${value}`);
  const plain = String(value);
  if (!plain.includes("e")) return plain;
  return value.toLocaleString("en-US", { useGrouping: false, maximumFractionDigits: 10 });
}

function attributeText(value: string | number | boolean): string {
  return typeof value === "number" ? decimal(value) : String(value);
}

function write(element: XmlElement, depth: number, out: string[]): void {
  const pad = "  ".repeat(depth);
  const attributes = (element.attributes ?? [])
    .filter((a): a is [string, string | number | boolean] => a[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeAttribute(attributeText(value))}"`)
    .join("");
  const children = (element.children ?? []).filter((c): c is XmlElement => c !== undefined);
  if (element.text !== undefined) {
    out.push(`${pad}<${element.name}${attributes}>${escapeText(element.text)}</${element.name}>`);
  } else if (!children.length) {
    out.push(`${pad}<${element.name}${attributes}/>`);
  } else {
    out.push(`${pad}<${element.name}${attributes}>`);
    for (const child of children) write(child, depth + 1, out);
    out.push(`${pad}</${element.name}>`);
  }
}

/** The document: declaration, then the root, indented two spaces a level, one element a line. */
export function serialize(root: XmlElement): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  write(root, 0, out);
  return `${out.join("\n")}\n`;
}
