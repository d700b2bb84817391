/**
 * A formula in the workbook's language: the sheet names it points at, the column headers of its
 * structured references and the values it compares with (a status, Yes or No...) take the
 * language's terms; functions, defined names and table names do not change (Excel stores formulas
 * in English whatever its own language, and the contract names stay English).
 */
import { sheetPrefix } from "../../address";
import { escapeHeader, unescapeHeader } from "../../formulas";
import type { TermMap } from "./terms";

const IDENTIFIER = /[A-Za-z_\\][A-Za-z0-9_.]*/y;

/** Where a quoted run ("text" or 'Sheet') ends: after its closing quote, a doubled quote being one character. */
function quotedEnd(formula: string, start: number): number {
  const quote = formula[start];
  let i = start + 1;
  while (i < formula.length) {
    if (formula[i] === quote) {
      if (formula[i + 1] === quote) i += 2;
      else return i + 1;
    } else i++;
  }
  throw new Error(`Unclosed ${quote} in formula ${formula}`);
}

/** Where a bracketed structured-reference part ends; ' escapes the next character inside. */
function bracketEnd(formula: string, start: number): number {
  let depth = 0;
  for (let i = start; i < formula.length; i++) {
    const c = formula[i];
    if (c === "'") i++;
    else if (c === "[") depth++;
    else if (c === "]" && --depth === 0) return i + 1;
  }
  throw new Error(`Unclosed [ in formula ${formula}`);
}


/** `[Budget]`, `[[#This Row],[Budget]]`, `[[#This Row],[A]:[B]]`: each column's header mapped. */
function mapBrackets(part: string, map: TermMap): string {
  const inner = part.slice(1, -1);
  if (inner.startsWith("#")) return part;
  if (!inner.startsWith("[")) return `[${escapeHeader(map("headers", unescapeHeader(inner)))}]`;
  let out = "";
  for (let i = 0; i < inner.length; ) {
    if (inner[i] === "[") {
      const end = bracketEnd(inner, i);
      out += mapBrackets(inner.slice(i, end), map);
      i = end;
    } else out += inner[i++];
  }
  return `[${out}]`;
}

/** A text a formula compares with, in the language; a criterion's operator ("<>Activity") kept before it. */
function localizeText(text: string, map: TermMap): string {
  const [, operator, value] = /^(<>|<=|>=|<|>|=)?([\s\S]*)$/.exec(text)!;
  return (operator ?? "") + map("values", value);
}

export function localizeFormula(formula: string, map: TermMap): string {
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const c = formula[i];
    if (c === '"') {
      const end = quotedEnd(formula, i);
      const text = formula.slice(i + 1, end - 1).replace(/""/g, '"');
      out += `"${localizeText(text, map).replace(/"/g, '""')}"`;
      i = end;
      continue;
    }
    if (c === "'") {
      const end = quotedEnd(formula, i);
      if (formula[end] !== "!") throw new Error(`A quoted name not followed by ! in formula ${formula}`);
      out += sheetPrefix(map("sheets", formula.slice(i + 1, end - 1).replace(/''/g, "'")));
      i = end + 1;
      continue;
    }
    IDENTIFIER.lastIndex = i;
    const word = IDENTIFIER.exec(formula)?.[0];
    // Not an identifier, or one that continues a number or a name (1E5, A1B): copied as it is.
    if (!word || /[A-Za-z0-9_.]/.test(formula[i - 1] ?? "")) {
      out += c;
      i++;
      continue;
    }
    i += word.length;
    if (formula[i] === "!") {
      out += sheetPrefix(map("sheets", word));
      i++;
    } else if (formula[i] === "[") {
      const end = bracketEnd(formula, i);
      out += word + mapBrackets(formula.slice(i, end), map);
      i = end;
    } else out += word;
  }
  return out;
}
