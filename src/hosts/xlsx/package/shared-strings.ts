/**
 * The shared strings part, streamed: a plan of 50,000 actions holds some hundred thousand
 * strings. A rich-text string is its runs joined; phonetic guides (<rPh>) are not part of it.
 */
import { isSpreadsheetNs } from "./namespaces";
import { decodeEntities, XmlScanner } from "./xml-scanner";
import { streamPart } from "./stream-part";
import type { ZipPackage } from "./zip-package";

/** Excel writes characters XML cannot hold (and a literal "_x") as _xHHHH_. */
export const decodeEscapes = (s: string): string => (s.includes("_x") ? s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))) : s);

/** Collects the text of <t> elements outside phonetic runs, for <si> (shared) or <is> (inline) strings. */
export class StringCollector {
  private parts: string[] = [];
  private inText = false;
  private phonetic = 0;

  open(local: string, selfClosing: boolean): void {
    if (local === "rPh") this.phonetic++;
    else if (local === "t" && !this.phonetic && !selfClosing) this.inText = true;
  }

  close(local: string): void {
    if (local === "rPh") this.phonetic--;
    else if (local === "t") this.inText = false;
  }

  text(raw: string, cdata: boolean): void {
    if (this.inText) this.parts.push(cdata ? raw : decodeEntities(raw));
  }

  take(): string {
    const s = decodeEscapes(this.parts.join(""));
    this.parts = [];
    return s;
  }
}

export async function readSharedStrings(pkg: ZipPackage, part: string | undefined): Promise<string[]> {
  if (!part || !pkg.has(part)) return [];
  const strings: string[] = [];
  const collector = new StringCollector();
  let inItem = false;
  const scanner = new XmlScanner({
    open(tag) {
      if (!isSpreadsheetNs(tag.uri)) return;
      if (tag.local === "si") inItem = true;
      else if (inItem) collector.open(tag.local, tag.selfClosing);
    },
    close(uri, local) {
      if (!isSpreadsheetNs(uri)) return;
      if (local === "si") {
        strings.push(collector.take());
        inItem = false;
      } else if (inItem) collector.close(local);
    },
    text(raw, cdata) {
      if (inItem) collector.text(raw, cdata);
    },
  });
  await streamPart(pkg, part, (text) => scanner.write(text));
  scanner.close();
  return strings;
}
