/**
 * Escaping text for XML 1.0, for every XML the project writes (the IATI file, the parts of an
 * .xlsx package), and reading escaped text back. Cells may hold anything a person pasted
 * (ampersands, quotes, line breaks, control characters), and one stray "<" or a control character
 * makes the whole file unreadable.
 */

/** Characters XML 1.0 cannot hold at all, even escaped (most C0 controls, lone surrogates, U+FFFE/F). */
// eslint-disable-next-line no-control-regex -- naming the control characters XML allows is the point
const NOT_XML = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Printable ASCII with nothing to escape: most of what a plan holds, written as it is (a 10,000-action file spent most of its time escaping). */
const PLAIN = /^[\x20\x21\x23-\x25\x27-\x3b\x3d\x3f-\x7e]*$/;

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;", "\t": "&#9;", "\n": "&#10;", "\r": "&#13;" };

/** Text between tags: `&`, `<` and `>` escaped, characters XML cannot hold dropped. */
export function escapeXmlText(text: string): string {
  return PLAIN.test(text) ? text : text.replace(NOT_XML, "").replace(/[&<>]/g, (c) => ENTITIES[c]);
}

/** An attribute's value in double quotes; tabs and line breaks as character references, which a parser would fold to spaces otherwise. */
export function escapeXmlAttribute(value: string): string {
  return PLAIN.test(value) ? value : value.replace(NOT_XML, "").replace(/[&<>"\t\n\r]/g, (c) => ENTITIES[c]);
}

/**
 * Text that may go between tags or into an attribute in either quote: all five of XML's special
 * characters escaped (`& < > " '`), characters XML cannot hold dropped. What the .xlsx host
 * writes into parts edited as text.
 */
export function escapeXml(s: string): string {
  return s.replace(NOT_XML, "").replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** The text an escaped string stands for: the five named entities and numeric character references, in one pass. */
export function unescapeXml(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (whole, ref: string) => {
    if (ref[0] !== "#") return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[ref] ?? whole;
    return String.fromCodePoint(ref[1] === "x" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10));
  });
}
