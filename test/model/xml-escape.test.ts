/** The one home of XML escaping, at its edges: XML's five special characters and what XML 1.0 cannot hold. */
import { escapeXml, escapeXmlAttribute, escapeXmlText, unescapeXml } from "../../src/model/xml-escape";
import { parseXml } from "../../src/hosts/xlsx/package/xml-tree";
import { setAttr } from "../../src/hosts/xlsx/xml-text";

const FIVE = `& < > " '`;
/** NUL, a bell, a vertical tab, a lone surrogate of each kind, U+FFFE and U+FFFF. */
const NOT_XML = ["\u0000", "\u0007", "\u000B", "\uDC00", "\uD800", "\uFFFE", "\uFFFF"];

describe("escaping", () => {
  test("text: &, < and > escaped, quotes left as they are", () => {
    expect(escapeXmlText(FIVE)).toBe(`&amp; &lt; &gt; " '`);
    expect(escapeXmlText("plain text, 100% (A-1)")).toBe("plain text, 100% (A-1)");
  });

  test("attributes: the double quote too, and tabs and line breaks as character references", () => {
    expect(escapeXmlAttribute(FIVE)).toBe(`&amp; &lt; &gt; &quot; '`);
    expect(escapeXmlAttribute('say "hi"\tthen\nbye\r')).toBe("say &quot;hi&quot;&#9;then&#10;bye&#13;");
  });

  test("anywhere: all five escaped", () => {
    expect(escapeXml(FIVE)).toBe("&amp; &lt; &gt; &quot; &apos;");
    expect(escapeXml("Plan d’action é 中 😀")).toBe("Plan d’action é 中 😀");
  });

  test.each([
    ["escapeXmlText", escapeXmlText],
    ["escapeXmlAttribute", escapeXmlAttribute],
    ["escapeXml", escapeXml],
  ])("%s drops the characters XML 1.0 cannot hold, even escaped, and keeps a pair of surrogates", (_name, escape) => {
    for (const c of NOT_XML) expect(escape(`a${c}b`)).toBe("ab");
    expect(escape("bell\u0007 nul\u0000 ok\uFFFE")).toBe("bell nul ok");
    expect(escape("😀")).toBe("😀");
  });

  test("the .xlsx host's escaping drops them too (its copy wrote them, and a parser refuses the part)", () => {
    const tag = setAttr("<definedName/>", "comment", "a\u0007b & c");
    expect(tag).toBe('<definedName comment="ab &amp; c"/>');
    expect(() => parseXml(tag)).not.toThrow();
  });

  test("what is escaped parses back to what was given, less what XML cannot hold", () => {
    const nasty = `Ministère <"A&B'>\t]]> \u0001 😀 ${NOT_XML.join("")}`;
    const clean = [...nasty].filter((c) => c !== "\u0001" && !NOT_XML.includes(c)).join("");
    for (const [text, attr] of [[escapeXmlText(nasty), escapeXmlAttribute(nasty)], [escapeXml(nasty), escapeXml(nasty)]]) {
      const root = parseXml(`<root a="${attr}">${text}</root>`);
      expect(root.text).toBe(clean);
      expect(root.attributes.find((a) => a.local === "a")?.value).toBe(clean.replace(attr === text ? /\t/g : /$^/g, " "));
    }
  });
});

describe("unescaping", () => {
  test("the five named entities and character references, in one pass", () => {
    expect(unescapeXml("&amp; &lt; &gt; &quot; &apos;")).toBe(FIVE);
    expect(unescapeXml("&#65;&#x42;&#x1F600;")).toBe("AB😀");
    // Decoded once only: "&amp;lt;" is the text "&lt;", "&#38;lt;" too.
    expect(unescapeXml("&amp;lt; &#38;lt;")).toBe("&lt; &lt;");
    expect(unescapeXml("no entities")).toBe("no entities");
  });

  test("round trip", () => {
    const s = `a & b <c> "d" 'e' é 😀`;
    expect(unescapeXml(escapeXml(s))).toBe(s);
  });
});
