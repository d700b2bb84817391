/**
 * Adds the plan's strings to the user's shared strings part: existing entries keep their place,
 * so every user cell that refers to one still shows the same text.
 */
import { childElements, findSection, rootPrefix, setAttr, withPrefix } from "../xml-text";

export interface StringMaps {
  index(planIndex: number): number;
  xml(): string;
}

/** `userXml` undefined: the workbook had no shared strings part; a new one is made. */
export function mergeStrings(userXml: string | undefined, planXml: string | undefined): StringMaps {
  const planSection = planXml ? findSection(planXml, "", "sst") : undefined;
  const planItems = planSection && planXml ? childElements(planXml.slice(planSection.innerStart, planSection.innerEnd)) : [];
  const base = userXml ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"></sst>`;
  const prefix = rootPrefix(base);
  const section = findSection(base, prefix, "sst");
  if (!section) throw new Error("the shared strings part has no <sst> element");
  let open = section.openTag;
  if (open.endsWith("/>")) open = open.replace(/\s*\/>$/, ">");
  const inner = base.slice(section.innerStart, section.innerEnd);
  const existing = childElements(inner).length;
  const count = Number(/\scount="(\d+)"/.exec(open)?.[1] ?? existing);
  // Only the strings the plan's sheets use are added, each once, on first use.
  const added: string[] = [];
  const map = new Map<number, number>();
  return {
    index(i) {
      let to = map.get(i);
      if (to === undefined) {
        const item = planItems[i];
        if (item === undefined) throw new Error(`the plan's sheet refers to shared string ${i}, which was not written`);
        to = existing + added.length;
        added.push(item);
        map.set(i, to);
      }
      return to;
    },
    xml() {
      let tag = setAttr(open, "uniqueCount", String(existing + added.length));
      tag = setAttr(tag, "count", String(count + added.length));
      return base.slice(0, section.start) + tag + inner + withPrefix(added.join(""), prefix) + `</${prefix}sst>` + base.slice(section.end);
    },
  };
}
