/** MID, LEFT, RIGHT, LEN, TRIM, UPPER, LOWER, VALUE, TEXT, CONCATENATE. */
import { textToNumber, toNumber } from "../coerce";
import type { Evaluator, FunctionDef } from "../evaluate";
import type { Node } from "../parse";
import { isError, NotKnown, VALUE, type CalcError, type Scalar } from "../values";
import { numberArg, textArg } from "./args";
import { roundHalfAway } from "./math";

function textFn(f: (s: string) => Scalar): FunctionDef {
  return {
    minArgs: 1,
    maxArgs: 1,
    call(ev, [a]) {
      const s = textArg(ev, a);
      return isError(s) ? s : f(s);
    },
  };
}

/** A count of characters: truncated, never below 0. */
function countArg(ev: Evaluator, n: Node | undefined, fallback: number): number | CalcError {
  const x = numberArg(ev, n, fallback);
  if (isError(x)) return x;
  return x < 0 ? VALUE : Math.trunc(x);
}

/** TEXT's number formats made only of zeros ("00", "0.0"); others depend on Excel's format engine. */
function formatNumber(x: number, format: string): string {
  const m = /^(0+)(?:\.(0+))?$/.exec(format);
  if (!m) throw new NotKnown(`TEXT format "${format}"`);
  const decimals = m[2]?.length ?? 0;
  const r = roundHalfAway(x, decimals);
  const [whole, fraction] = Math.abs(r).toFixed(decimals).split(".");
  const sign = r < 0 ? "-" : "";
  return sign + whole.padStart(m[1].length, "0") + (fraction ? `.${fraction}` : "");
}

/** LEFT and RIGHT: the text and a count of characters, 1 when left out. */
function side(take: (s: string, k: number) => string): FunctionDef {
  return {
    minArgs: 1,
    maxArgs: 2,
    call(ev, [a, n]) {
      const s = textArg(ev, a);
      if (isError(s)) return s;
      const k = countArg(ev, n, 1);
      return isError(k) ? k : take(s, k);
    },
  };
}

export const TEXT_FUNCTIONS: Record<string, FunctionDef> = {
  LEN: textFn((s) => s.length),
  UPPER: textFn((s) => s.toUpperCase()),
  LOWER: textFn((s) => s.toLowerCase()),
  // Excel's TRIM removes the space character only (not tabs or non-breaking spaces).
  TRIM: textFn((s) => s.replace(/^ +| +$/g, "").replace(/ {2,}/g, " ")),
  LEFT: side((s, k) => s.slice(0, k)),
  RIGHT: side((s, k) => (k === 0 ? "" : s.slice(-k))),
  MID: {
    minArgs: 3,
    maxArgs: 3,
    call(ev, [a, start, n]) {
      const s = textArg(ev, a);
      if (isError(s)) return s;
      const from = numberArg(ev, start);
      if (isError(from)) return from;
      if (from < 1) return VALUE;
      const k = countArg(ev, n, 0);
      return isError(k) ? k : s.substr(Math.trunc(from) - 1, k);
    },
  },
  VALUE: {
    minArgs: 1,
    maxArgs: 1,
    call(ev, [a]) {
      const v = ev.scalar(a);
      if (typeof v === "number" || isError(v)) return v;
      // VALUE of a blank, of "" and of a boolean differ between engines.
      if (typeof v !== "string" || v.trim() === "") throw new NotKnown("VALUE of a blank, empty text or boolean");
      return textToNumber(v);
    },
  },
  TEXT: {
    minArgs: 2,
    maxArgs: 2,
    call(ev, [a, f]) {
      const v = ev.scalar(a);
      if (isError(v)) return v;
      const format = textArg(ev, f);
      if (isError(format)) return format;
      if (typeof v === "string") {
        // Number-like text is formatted as its number; other text is shown as it is.
        if (!/\d/.test(v)) return v;
        const x = textToNumber(v);
        return isError(x) ? v : formatNumber(x, format);
      }
      if (typeof v === "boolean") throw new NotKnown("TEXT of a boolean");
      const x = toNumber(v);
      return isError(x) ? x : formatNumber(x, format);
    },
  },
  CONCATENATE: {
    minArgs: 1,
    maxArgs: 255,
    call(ev, args) {
      let out = "";
      for (const a of args) {
        const s = textArg(ev, a);
        if (isError(s)) return s;
        out += s;
      }
      return out;
    },
  },
};
