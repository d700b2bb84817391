/**
 * Criteria of COUNTIF, COUNTIFS, SUMIFS, AVERAGEIFS and MAXIFS: a value, or text starting with
 * an operator (`"<>"`, `">=5"`, `"<>Done"`), with `*`, `?` and `~` wildcards for text. Cases
 * where Excel and other engines are known to part (text that looks like a number beside a
 * numeric criterion, "" results of formulas against blank criteria, text ordering) are NotKnown.
 */
import { textToNumber } from "./coerce";
import { isError, NotKnown, type Scalar } from "./values";

export interface Criterion {
  /** Does this cell match? */
  test(v: Scalar): boolean;
  /** For plain equality on text or numbers: the key every matching cell has (see cellKey). */
  key?: string;
}

const PLAIN = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;

/** The key of a cell for equality indexes: text without case, numbers, booleans. */
export function cellKey(v: Scalar): string | undefined {
  if (typeof v === "string") return v === "" ? undefined : `t${v.toLowerCase()}`;
  if (typeof v === "number") return `n${v}`;
  if (typeof v === "boolean") return `b${v}`;
  return undefined;
}

/** `*`, `?` and `~` as Excel reads them in criteria and MATCH; undefined when there are none. */
export function wildcard(pattern: string): RegExp | undefined {
  if (!/[*?]/.test(pattern.replace(/~./g, ""))) return undefined;
  let re = "";
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === "~" && i + 1 < pattern.length) re += escapeRegExp(pattern[++i]);
    else if (ch === "*") re += "[\\s\\S]*";
    else if (ch === "?") re += "[\\s\\S]";
    else re += escapeRegExp(ch);
  }
  return new RegExp(`^${re}$`, "i");
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Text that looks like a number cannot be told from it safely (Excel's COUNTIF counts "5" as 5). */
const numericText = (v: Scalar) => typeof v === "string" && PLAIN.test(v);

function numberCriterion(op: string, n: number): Criterion {
  const cmp: Record<string, (x: number) => boolean> = {
    "=": (x) => x === n,
    "<>": (x) => x !== n,
    "<": (x) => x < n,
    ">": (x) => x > n,
    "<=": (x) => x <= n,
    ">=": (x) => x >= n,
  };
  const f = cmp[op];
  return {
    key: op === "=" ? `n${n}` : undefined,
    test: (v) => {
      if (numericText(v)) throw new NotKnown("text that looks like a number against a numeric criterion");
      if (typeof v === "number") return f(v);
      // Blank, text, booleans and errors match only "not equal".
      return op === "<>";
    },
  };
}

function textCriterion(op: string, text: string): Criterion {
  if (op !== "=" && op !== "<>") throw new NotKnown("text ordering in a criterion");
  const pattern = wildcard(text);
  const lower = text.replace(/~(.)/g, "$1").toLowerCase();
  const equal = (v: Scalar) => {
    if (typeof v !== "string") return false;
    return pattern ? pattern.test(v) : v.toLowerCase() === lower;
  };
  return {
    key: op === "=" && !pattern ? `t${lower}` : undefined,
    test: (v) => (op === "=" ? equal(v) : !equal(v)),
  };
}

/** Blank criteria: "" (blank or empty text), "=" (blank only), "<>" (not blank). */
function blankCriterion(op: string, bare: boolean): Criterion {
  return {
    test: (v) => {
      if (v === "") throw new NotKnown("a formula's empty text against a blank criterion");
      const blank = v === null;
      if (bare) return blank;
      return op === "=" ? blank : !blank;
    },
  };
}

export function parseCriterion(c: Scalar): Criterion {
  if (c === null) throw new NotKnown("blank criterion");
  if (isError(c)) throw new NotKnown("error as a criterion");
  if (typeof c === "number") return numberCriterion("=", c);
  if (typeof c === "boolean") return { key: `b${c}`, test: (v) => v === c };
  const m = /^(<>|<=|>=|<|>|=)?([\s\S]*)$/.exec(c)!;
  const op = m[1] ?? "=";
  const rest = m[2];
  if (rest === "") return blankCriterion(op, m[1] === undefined);
  if (PLAIN.test(rest)) {
    const n = textToNumber(rest);
    if (typeof n === "number") return numberCriterion(op, n);
  }
  const upper = rest.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE" || upper.startsWith("#")) throw new NotKnown("boolean or error text as a criterion");
  // Dates, percentages and currencies in criteria are read per locale.
  if (/\d/.test(rest) && /^[\d\s/.,:%$€£-]+$/.test(rest)) throw new NotKnown(`criterion "${c}"`);
  return textCriterion(op, rest);
}
