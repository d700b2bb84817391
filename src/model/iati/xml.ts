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

export function escapeText(text: string): string {
  return text.replace(NOT_XML, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Tabs and line breaks as character references: a parser would fold them to spaces otherwise. */
export function escapeAttribute(value: string): string {
  return escapeText(value).replace(/"/g, "&quot;").replace(/\t/g, "&#9;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;");
}

/**
 * A number as xsd:decimal writes it: never in exponent form (1e21, 1e-7), which String() gives
 * for very large and very small numbers and the schema refuses.
 */
export function decimal(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`Not a finite number: ${value}`);
  if (Number.isInteger(value) && Math.abs(value) < 1e21) return String(value);
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
