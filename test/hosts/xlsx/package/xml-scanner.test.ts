/**
 * The streaming scanner against saxes, the conforming parser the small parts go through: on a
 * real sheet of the sample plan and on a small document fed in every possible two pieces (and one
 * character at a time), it reports the same elements, namespaces and text, decoded the way the
 * readers decode it (each text event on its own). Then its refusals, each with a clear message.
 */
import JSZip from "jszip";
import { SaxesParser } from "saxes";
import { newPlanWorkbook } from "../../../../src/hosts/xlsx/plan-file";
import { isSpreadsheetNs } from "../../../../src/hosts/xlsx/package/namespaces";
import { attribute, decodeEntities, XmlScanner, type ScannedTag } from "../../../../src/hosts/xlsx/package/xml-scanner";
import { utf8FromLatin1 } from "../../../../src/hosts/xlsx/package/stream-part";
import { SAMPLE_DATA, SAMPLE_SETTINGS } from "../../../../src/model/sample/sample-plan";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const STRICT = "http://purl.oclc.org/ooxml/spreadsheetml/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const X14 = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main";

type Event =
  | { e: "open"; uri: string; local: string; selfClosing: boolean; attributes: Record<string, string | undefined> }
  | { e: "close"; uri: string; local: string }
  | { e: "text"; text: string };

function pushText(events: Event[], text: string): void {
  if (!text) return;
  const last = events[events.length - 1];
  if (last?.e === "text") last.text += text;
  else events.push({ e: "text", text });
}

/** saxes' events; the attributes kept are the unprefixed ones, the only kind `attribute()` reads. */
function saxesEvents(xml: string): Event[] {
  const parser = new SaxesParser({ xmlns: true });
  const events: Event[] = [];
  let depth = 0;
  parser.on("opentag", (tag) => {
    const attributes: Record<string, string> = {};
    for (const a of Object.values(tag.attributes)) if (a.prefix === "" && a.local !== "xmlns") attributes[a.local] = a.value;
    events.push({ e: "open", uri: tag.uri, local: tag.local, selfClosing: tag.isSelfClosing, attributes });
    if (!tag.isSelfClosing) depth++;
  });
  parser.on("closetag", (tag) => {
    if (!tag.isSelfClosing) depth--;
    events.push({ e: "close", uri: tag.uri, local: tag.local });
  });
  parser.on("text", (t) => depth && pushText(events, t));
  parser.on("cdata", (t) => depth && pushText(events, t));
  parser.write(xml).close();
  return events;
}

interface ScanOptions {
  /** Text decoded as the sheet reader does in latin1 mode: each event from bytes to UTF-8, then entities. */
  latin1?: boolean;
}

/**
 * The scanner's events for `pieces` written one after the other. Each text event is decoded on
 * its own, as sheet-cells.ts and shared-strings.ts do; attributes are read with `attribute()`
 * for the names `names(i)` gives (saxes' names for the same event).
 */
function scannerEvents(pieces: string[], options: ScanOptions = {}): { events: Event[]; tags: ScannedTag[] } {
  const events: Event[] = [];
  const tags: ScannedTag[] = [];
  const decode = (raw: string, cdata: boolean) => {
    const s = options.latin1 ? utf8FromLatin1(raw) : raw;
    return cdata ? s : decodeEntities(s);
  };
  const scanner = new XmlScanner({
    open(tag) {
      tags.push(tag);
      events.push({ e: "open", uri: tag.uri, local: tag.local, selfClosing: tag.selfClosing, attributes: {} });
    },
    close(uri, local) {
      events.push({ e: "close", uri, local });
    },
    text(raw, cdata) {
      pushText(events, decode(raw, cdata));
    },
  });
  for (const p of pieces) scanner.write(p);
  scanner.close();
  return { events, tags };
}

/** The scanner's events with each open tag's attributes read by `attribute()` under saxes' names. */
function comparable(scanned: { events: Event[]; tags: ScannedTag[] }, reference: Event[], options: ScanOptions = {}): Event[] {
  let t = 0;
  return scanned.events.map((ev, i) => {
    if (ev.e !== "open") return ev;
    const tag = scanned.tags[t++];
    const ref = reference[i];
    const names = ref?.e === "open" ? Object.keys(ref.attributes) : [];
    const read = (n: string) => {
      const v = attribute(tag.attributes, n);
      return v !== undefined && options.latin1 ? utf8FromLatin1(v) : v;
    };
    return { ...ev, attributes: Object.fromEntries(names.map((n) => [n, read(n)])) };
  });
}

function expectSameAsSaxes(xml: string, pieces: string[], options: ScanOptions = {}): Event[] {
  const reference = saxesEvents(xml);
  const fed = options.latin1 ? pieces.map((p) => Buffer.from(p, "utf8").toString("latin1")) : pieces;
  expect(comparable(scannerEvents(fed, options), reference, options)).toEqual(reference);
  return reference;
}

function chunks(s: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i += size) out.push(s.slice(i, i + size));
  return out;
}

/** Splits a string's UTF-8 bytes into pieces of `size` bytes, each read as latin1 (as zip-package.ts streams). */
function latin1Chunks(s: string, size: number): string[] {
  const bytes = Buffer.from(s, "utf8");
  const out: string[] = [];
  for (let i = 0; i < bytes.length; i += size) out.push(bytes.subarray(i, i + size).toString("latin1"));
  return out;
}

describe("on the sample plan's worksheets and shared strings", () => {
  let sheets: { name: string; xml: string }[] = [];
  let parts: { name: string; xml: string }[] = [];

  beforeAll(async () => {
    const zip = await JSZip.loadAsync((await newPlanWorkbook(SAMPLE_SETTINGS, SAMPLE_DATA)).bytes);
    const names = Object.keys(zip.files).filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n));
    sheets = await Promise.all(names.map(async (name) => ({ name, xml: await zip.file(name)!.async("string") })));
    parts = [...sheets, { name: "xl/sharedStrings.xml", xml: await zip.file("xl/sharedStrings.xml")!.async("string") }];
  });

  test("the sample has sheets with cells, formulas and entities, and shared strings beyond ASCII", () => {
    expect(sheets.length).toBeGreaterThanOrEqual(10);
    const all = sheets.map((s) => s.xml).join("");
    expect(all).toMatch(/<c [^>]*t="s"/);
    expect(all).toMatch(/<f>/);
    expect(all).toMatch(/&(amp|lt|gt|quot);/);
    expect(parts[parts.length - 1].xml).toMatch(/<si>/);
    expect(parts[parts.length - 1].xml).toContain("attachés");
  });

  test("fed whole, every part gives saxes' events", () => {
    for (const { xml } of parts) {
      const events = expectSameAsSaxes(xml, [xml]);
      expect(events[0]).toMatchObject({ e: "open", uri: MAIN });
      expect(events.filter((e) => e.e === "open" && (e.local === "c" || e.local === "si")).length).toBeGreaterThan(0);
    }
  });

  test("fed in pieces of 997 and 64 characters, every part gives saxes' events", () => {
    for (const { xml } of parts) {
      expectSameAsSaxes(xml, chunks(xml, 997));
      expectSameAsSaxes(xml, chunks(xml, 64));
    }
  });

  test("fed as latin1 pieces of bytes (the sheet reader's mode), every part gives saxes' events", () => {
    for (const { xml } of parts) {
      expectSameAsSaxes(xml, [xml], { latin1: true });
      const reference = saxesEvents(xml);
      for (const size of [997, 61, 2]) expect(comparable(scannerEvents(latin1Chunks(xml, size), { latin1: true }), reference, { latin1: true })).toEqual(reference);
    }
  });
});

/** A small document with every construct where a piece can end badly. */
const SMALL = [
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
  "<!-- a comment with <c r=\"Z9\"><v>1</v></c> & a > inside -->\n",
  `<worksheet xmlns="${MAIN}" xmlns:r="${REL}">`,
  '<dimension ref="A1:C2"/>',
  "<sheetData>",
  '<row r="1" spans="1:3">',
  '<c r="A1" t="s"><v>0</v></c>',
  '<c r="B1" t="str"><f>IF(A1&gt;0,"a&amp;b","")</f><v>a&amp;b &lt;x&gt; &quot;q&quot; &apos;s&apos; &#233;&#x4E2D; café 中文 😀</v></c>',
  '<c r="C1" t="inlineStr"><is><t xml:space="preserve"><![CDATA[ raw <b>&amp; ]]]]></t></is></c>',
  "</row>",
  "<!-- between rows -->",
  `<row r="2"><c r="A2" s="1" cm='single "quoted" > value'><v>2</v></c><x:c xmlns:x="${MAIN}" r="B2" t="b"><x:v>1</x:v></x:c>`,
  `<c r="C2" t="e"><v>#N/A</v><?pi inside?></c></row>`,
  "</sheetData>",
  `<extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="${X14}"><x14:conditionalFormattings><x14:cf formula="A1&gt;B1 &amp;&amp; x"/></x14:conditionalFormattings></ext></extLst>`,
  "</worksheet>\n",
].join("");

describe("a small document fed in pieces", () => {
  test("it holds each construct a piece can end inside", () => {
    for (const s of ["<![CDATA[", "&amp;", "&#x4E2D;", "'single \"quoted\" > value'", "<!--", "<?pi", "😀", "中"]) expect(SMALL).toContain(s);
  });

  test("whole, it gives saxes' events, text and attributes decoded", () => {
    const events = expectSameAsSaxes(SMALL, [SMALL]);
    expect(events).toContainEqual({ e: "text", text: "a&b <x> \"q\" 's' é中 café 中文 😀" });
    expect(events).toContainEqual({ e: "text", text: " raw <b>&amp; ]]" });
    expect(events).toContainEqual({ e: "open", uri: MAIN, local: "c", selfClosing: false, attributes: { r: "A2", s: "1", cm: 'single "quoted" > value' } });
    expect(events).toContainEqual({ e: "open", uri: X14, local: "cf", selfClosing: true, attributes: { formula: "A1>B1 && x" } });
  });

  test("split in two at every position, it gives saxes' events", () => {
    const reference = saxesEvents(SMALL);
    for (let at = 0; at <= SMALL.length; at++) {
      const got = comparable(scannerEvents([SMALL.slice(0, at), SMALL.slice(at)]), reference);
      const diff = difference(got, reference);
      if (diff) throw new Error(`split at ${at} (${JSON.stringify(SMALL.slice(Math.max(0, at - 12), at))} | ${JSON.stringify(SMALL.slice(at, at + 12))}): ${diff}`);
    }
  });

  test("split in three with a middle piece of 1 to 12 characters anywhere, it gives saxes' events", () => {
    const reference = saxesEvents(SMALL);
    const n = SMALL.length;
    // Every short middle piece: one that ends a piece inside an entity and the next inside its tail.
    for (let a = 0; a <= n; a++) {
      for (let b = a + 1; b <= Math.min(n, a + 12); b++) {
        const got = comparable(scannerEvents([SMALL.slice(0, a), SMALL.slice(a, b), SMALL.slice(b)]), reference);
        const diff = difference(got, reference);
        if (diff) throw new Error(`split at ${a} and ${b}: ${diff}`);
      }
    }
  });

  test("one character at a time, and as latin1 bytes one at a time, it gives saxes' events", () => {
    expectSameAsSaxes(SMALL, [...SMALL].flatMap((ch) => ch.split("")));
    const reference = saxesEvents(SMALL);
    expect(comparable(scannerEvents(latin1Chunks(SMALL, 1), { latin1: true }), reference, { latin1: true })).toEqual(reference);
  });

  test("as latin1 bytes split in two at every position, it gives saxes' events", () => {
    const reference = saxesEvents(SMALL);
    const bytes = Buffer.from(SMALL, "utf8").toString("latin1");
    for (let at = 0; at <= bytes.length; at++) {
      const got = comparable(scannerEvents([bytes.slice(0, at), bytes.slice(at)], { latin1: true }), reference, { latin1: true });
      const diff = difference(got, reference);
      if (diff) throw new Error(`split at byte ${at}: ${diff}`);
    }
  });
});

/** undefined when the two lists of events are the same, else the first that differs (a short message). */
function difference(got: Event[], want: Event[]): string | undefined {
  for (let i = 0; i < Math.max(got.length, want.length); i++) {
    if (JSON.stringify(got[i]) !== JSON.stringify(want[i])) return `event ${i}: got ${JSON.stringify(got[i])}, saxes gave ${JSON.stringify(want[i])}`;
  }
  return undefined;
}

describe("namespaces", () => {
  const scannedOpens = (xml: string) => scannerEvents([xml]).events.filter((e) => e.e === "open").map((e) => ({ uri: e.uri, local: e.local }));

  test("a default namespace applies to unprefixed elements, and not to the ones under another prefix", () => {
    const xml = `<worksheet xmlns="${MAIN}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:AlternateContent/><sheetData/></worksheet>`;
    expectSameAsSaxes(xml, [xml]);
    expect(scannedOpens(xml)).toEqual([
      { uri: MAIN, local: "worksheet" },
      { uri: "http://schemas.openxmlformats.org/markup-compatibility/2006", local: "AlternateContent" },
      { uri: MAIN, local: "sheetData" },
    ]);
  });

  test("SpreadsheetML under an x: prefix, with no default namespace", () => {
    const xml = `<x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="1"><x:c r="A1"><x:v>5</x:v></x:c></x:row></x:sheetData><other/></x:worksheet>`;
    expectSameAsSaxes(xml, [xml]);
    expect(scannedOpens(xml)).toEqual([
      { uri: MAIN, local: "worksheet" },
      { uri: MAIN, local: "sheetData" },
      { uri: MAIN, local: "row" },
      { uri: MAIN, local: "c" },
      { uri: MAIN, local: "v" },
      { uri: "", local: "other" },
    ]);
  });

  test("a namespace redeclared in a nested element holds inside it only, and for its own close tag", () => {
    const xml = `<a:root xmlns:a="urn:one" xmlns="urn:d1"><a:x xmlns:a="urn:two" xmlns="urn:d2"><a:y/><z/></a:x><a:after/><z/><w xmlns=""><a:q xmlns:a="${STRICT}"/></w></a:root>`;
    const events = expectSameAsSaxes(xml, [xml]);
    expect(events).toContainEqual({ e: "close", uri: "urn:two", local: "x" });
    expect(scannedOpens(xml)).toEqual([
      { uri: "urn:one", local: "root" },
      { uri: "urn:two", local: "x" },
      { uri: "urn:two", local: "y" },
      { uri: "urn:d2", local: "z" },
      { uri: "urn:one", local: "after" },
      { uri: "urn:d1", local: "z" },
      { uri: "", local: "w" },
      { uri: STRICT, local: "q" },
    ]);
    // Split inside the redeclaring tag, the scope still opens and closes where it should.
    const at = xml.indexOf('xmlns:a="urn:two"') + 10;
    expectSameAsSaxes(xml, [xml.slice(0, at), xml.slice(at)]);
  });

  test("the Strict namespace is SpreadsheetML's too", () => {
    const xml = `<worksheet xmlns="${STRICT}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Strict</t></is></c></row></sheetData></worksheet>`;
    expectSameAsSaxes(xml, [xml]);
    const uris = scannedOpens(xml).map((e) => e.uri);
    expect(new Set(uris)).toEqual(new Set([STRICT]));
    expect(isSpreadsheetNs(STRICT)).toBe(true);
  });

  test("a namespace declared with single quotes, spaces around '=' and an entity in its URI", () => {
    const xml = `<root xmlns = 'urn:a&amp;b' xmlns:p\n=\t"urn:p"><p:e/></root>`;
    expectSameAsSaxes(xml, [xml]);
    expect(scannedOpens(xml)).toEqual([
      { uri: "urn:a&b", local: "root" },
      { uri: "urn:p", local: "e" },
    ]);
  });
});

describe("refusals", () => {
  const scanError = (pieces: string[]) => {
    try {
      scannerEvents(pieces);
    } catch (e) {
      return (e as Error).message;
    }
    return undefined;
  };
  const saxesRefuses = (xml: string) => expect(() => saxesEvents(xml)).toThrow();

  test("an undeclared prefix is named with its element", () => {
    const xml = `<worksheet xmlns="${MAIN}"><sheetData><x:row r="1"/></sheetData></worksheet>`;
    saxesRefuses(xml);
    expect(scanError([xml])).toBe('the prefix "x" of <x:row> is not declared');
  });

  test("a prefix declared only on a sibling is undeclared", () => {
    const xml = `<root><a xmlns:x="urn:x"/><x:b/></root>`;
    saxesRefuses(xml);
    expect(scanError([xml])).toBe('the prefix "x" of <x:b> is not declared');
  });

  test("a mismatched close tag names both tags", () => {
    const xml = `<worksheet xmlns="${MAIN}"><sheetData><row></sheetData></row></worksheet>`;
    saxesRefuses(xml);
    expect(scanError([xml])).toBe("</sheetData> closes <row>");
    // Split right inside the close tag, the same message.
    const at = xml.indexOf("</sheetData>") + 4;
    expect(scanError([xml.slice(0, at), xml.slice(at)])).toBe("</sheetData> closes <row>");
  });

  test("a close tag with nothing open", () => {
    expect(scanError(["<a></a></b>"])).toBe("</b> closes no element");
    expect(scanError(["</b>"])).toBe("</b> closes no element");
  });

  test("a second root element", () => {
    const xml = "<a/><b/>";
    saxesRefuses(xml);
    expect(scanError([xml])).toBe("content after the root element");
  });

  test("a truncated document says where it ends", () => {
    const xml = `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1"><v>1</v></c>`;
    saxesRefuses(xml);
    expect(scanError([xml])).toBe("the part ends inside <row>");
    expect(scanError([`<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A`])).toBe("the part ends inside a tag");
    expect(scanError([`<worksheet xmlns="${MAIN}"><c a='x > y`])).toBe("the part ends inside a tag");
    expect(scanError([`<worksheet xmlns="${MAIN}"><!-- unfinished`])).toBe("the part ends inside a comment");
    expect(scanError([`<worksheet xmlns="${MAIN}"><t><![CDATA[ unfinished`])).toBe("the part ends inside a CDATA section");
    expect(scanError(["<?xml version='1.0'"])).toMatch(/^the part ends inside (a tag|a processing instruction)$/);
    expect(scanError(["<?xml version='1.0'?> <?pi >"])).toBe("the part ends inside a processing instruction");
  });

  test("a document without an element", () => {
    expect(scanError(["<?xml version='1.0'?>\n<!-- nothing -->\n"])).toBe("the part holds no element");
    expect(scanError([""])).toBe("the part holds no element");
  });

  test("a DOCTYPE is refused, whole or split anywhere inside its keyword", () => {
    const xml = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">]><worksheet>&lol;</worksheet>';
    const message = "a DOCTYPE or other declaration, which a workbook part may not hold";
    expect(scanError([xml])).toBe(message);
    const start = xml.indexOf("<!DOCTYPE");
    for (let at = start; at <= start + 10; at++) expect(scanError([xml.slice(0, at), xml.slice(at)])).toBe(message);
  });

  test("an unknown entity is named when its text is decoded", () => {
    expect(() => decodeEntities("a &nbsp; b")).toThrow("unknown entity &nbsp;");
    expect(decodeEntities("&#65;&#x42;&lt;&amp;lt;")).toBe("AB<&lt;");
  });
});

describe("attribute()", () => {
  test("reads an unprefixed attribute, not a prefixed one nor one whose name ends the same", () => {
    const raw = ' r:id="rId1" ref="A1:B2" r="B2" xr:uid="{1}" uid=\'u&quot;1\'';
    expect(attribute(raw, "r")).toBe("B2");
    expect(attribute(raw, "ref")).toBe("A1:B2");
    expect(attribute(raw, "id")).toBeUndefined();
    expect(attribute(raw, "uid")).toBe('u"1');
    expect(attribute(raw, "t")).toBeUndefined();
  });
});
