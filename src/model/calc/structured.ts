/**
 * Structured references as files store them: `tblX[Col]`, `tblX[[#This Row],[Col]]`,
 * `tblX[[#This Row],[A]:[B]]`, `tblX[[#All],[Col]]`, `tblX[#Headers]`, `tblX[]`, and the typed
 * shorthand `tblX[@Col]`. Inside brackets, `'` escapes the next character (`[`, `]`, `#`, `'`).
 */
import { unescapeHeader } from "../formulas";
import { NotKnown } from "./values";

export type TableArea = "#Data" | "#All" | "#Headers" | "#Totals" | "#This Row";

export interface StructuredRef {
  table: string;
  area: TableArea;
  /** Column headers as written (unescaped); none means every column. */
  first?: string;
  last?: string;
}

const AREAS: TableArea[] = ["#Data", "#All", "#Headers", "#Totals", "#This Row"];

/** Splits the inside of the outer brackets into its bracketed items and separators. */
function items(inner: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < inner.length) {
    const ch = inner[i];
    if (ch === " " || ch === "," || ch === ":") {
      if (ch !== " ") out.push(ch);
      i++;
      continue;
    }
    if (ch !== "[") throw new NotKnown(`structured reference part "${inner}"`);
    let j = i + 1;
    let text = "";
    while (j < inner.length && inner[j] !== "]") {
      if (inner[j] === "'") j++;
      text += inner[j] ?? "";
      j++;
    }
    if (j >= inner.length) throw new NotKnown(`unclosed bracket in "${inner}"`);
    out.push(`[${text}`);
    i = j + 1;
  }
  return out;
}

/** `body` is everything after the table name, brackets included. */
export function parseStructured(table: string, body: string): StructuredRef {
  const inner = body.slice(1, -1);
  if (inner === "") return { table, area: "#Data" };
  if (!inner.startsWith("[")) {
    // One column (`tblX[Col]`), an area (`tblX[#Headers]`) or the shorthand `tblX[@Col]`.
    const text = unescapeHeader(inner);
    if (text.startsWith("@")) {
      const column = text.slice(1).replace(/^\[(.*)\]$/, "$1") || undefined;
      return { table, area: "#This Row", first: column, last: column };
    }
    const area = AREAS.find((a) => a.toLowerCase() === text.toLowerCase());
    return area ? { table, area } : { table, area: "#Data", first: text, last: text };
  }
  const parts = items(inner);
  let area: TableArea | undefined;
  const columns: string[] = [];
  let span = false;
  for (const p of parts) {
    if (p === ",") continue;
    if (p === ":") {
      span = true;
      continue;
    }
    const text = p.slice(1);
    const named = AREAS.find((a) => a.toLowerCase() === text.toLowerCase());
    if (named) {
      // Combined areas ([#Headers],[#Data]) are rare enough to leave to Excel.
      if (area) throw new NotKnown(`combined table areas in ${table}${body}`);
      area = named;
    } else if (text.startsWith("@")) {
      area = "#This Row";
      if (text.length > 1) columns.push(text.slice(1));
    } else columns.push(text);
  }
  if (columns.length > 2 || (columns.length === 2 && !span)) throw new NotKnown(`column list in ${table}${body}`);
  return { table, area: area ?? "#Data", first: columns[0], last: columns[columns.length - 1] };
}
