/**
 * A small XML writer: elements as data, serialised with every text and attribute escaped. Cells
 * may hold anything a person pasted (ampersands, quotes, line breaks, control characters), and
 * one stray "<" would make a donor's whole file unreadable.
 */
import { escapeXmlAttribute, escapeXmlText } from "../xml-escape";

export interface XmlElement {
  name: string;
  /** Attributes in the order written; undefined ones are left out. */
  attributes?: [string, string | number | boolean | undefined][];
  children?: (XmlElement | undefined)[];
  /** Character data, for elements that hold text only. */
  text?: string;
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
    .map(([name, value]) => ` ${name}="${escapeXmlAttribute(attributeText(value))}"`)
    .join("");
  const children = (element.children ?? []).filter((c): c is XmlElement => c !== undefined);
  if (element.text !== undefined) {
    out.push(`${pad}<${element.name}${attributes}>${escapeXmlText(element.text)}</${element.name}>`);
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
