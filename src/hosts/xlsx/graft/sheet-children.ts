/** The children of a worksheet's root, in the order CT_Worksheet (ECMA-376 part 1, 18.3.1.99) requires. */
export const WORKSHEET_ORDER = [
  "sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "sheetCalcPr", "sheetProtection",
  "protectedRanges", "scenarios", "autoFilter", "sortState", "dataConsolidate", "customSheetViews", "mergeCells",
  "phoneticPr", "conditionalFormatting", "dataValidations", "hyperlinks", "printOptions", "pageMargins", "pageSetup",
  "headerFooter", "rowBreaks", "colBreaks", "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing",
  "legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts",
  "extLst",
];

export interface Child {
  local: string;
  start: number;
  end: number;
}

/** The root's children with their offsets; comments and processing instructions are passed over. */
export function rootChildren(xml: string): { children: Child[]; rootClose: number } {
  const children: Child[] = [];
  let depth = 0;
  let begin = -1;
  let local = "";
  let rootClose = -1;
  for (const m of xml.matchAll(/<(\/?)([A-Za-z_][\w.:-]*)(?:"[^"]*"|'[^']*'|[^>"'])*?(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>/g)) {
    if (!m[2]) continue;
    const [, closing, qname, selfClosing] = m;
    const name = qname.replace(/^[\w.-]+:/, "");
    if (closing) {
      depth--;
      if (depth === 1) children.push({ local, start: begin, end: m.index + m[0].length });
      if (depth === 0) rootClose = m.index;
    } else if (selfClosing) {
      if (depth === 1) children.push({ local: name, start: m.index, end: m.index + m[0].length });
    } else {
      if (depth === 1) {
        begin = m.index;
        local = name;
      }
      depth++;
    }
  }
  if (rootClose < 0) throw new Error("the worksheet part has no closing root tag");
  return { children, rootClose };
}

/** The sheet with the root's children named `locals` taken out (all of them, wherever they are). */
export function withoutChildren(xml: string, locals: string[]): string {
  const { children } = rootChildren(xml);
  let out = xml;
  for (const c of children.filter((c) => locals.includes(c.local)).reverse()) out = out.slice(0, c.start) + out.slice(c.end);
  return out;
}

/** The sheet with `element` (a child named `local`) put where the schema orders it. */
export function withChild(xml: string, local: string, element: string): string {
  const { children, rootClose } = rootChildren(xml);
  const rank = WORKSHEET_ORDER.indexOf(local);
  const next = children.find((c) => WORKSHEET_ORDER.indexOf(c.local) > rank);
  const at = next ? next.start : rootClose;
  return xml.slice(0, at) + element + xml.slice(at);
}

/** Each child named `local`, as text. */
export function childrenNamed(xml: string, local: string): string[] {
  return rootChildren(xml).children.filter((c) => c.local === local).map((c) => xml.slice(c.start, c.end));
}
