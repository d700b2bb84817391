/** SUM, SUMPRODUCT, MAX, MIN, COUNT, COUNTA, INT, MOD, ROUND, ABS. */
import type { FunctionDef } from "../evaluate";
import { ArrayValue, DIV0, isError, NUM, RefValue, VALUE, type CalcError } from "../values";
import { numberArg, numbersOf, valuesOf } from "./args";

function over(f: (xs: number[]) => number): FunctionDef {
  return {
    minArgs: 1,
    maxArgs: 255,
    call(ev, args) {
      const xs = numbersOf(ev, args);
      return isError(xs) ? xs : f(xs);
    },
  };
}

function unary(f: (x: number) => number | CalcError): FunctionDef {
  return {
    minArgs: 1,
    maxArgs: 1,
    call(ev, [a]) {
      const x = numberArg(ev, a);
      return isError(x) ? x : f(x);
    },
  };
}

/** Rounds half away from zero on the decimal digits Excel shows (2.675 to 2 places is 2.68). */
export function roundHalfAway(x: number, digits: number): number {
  const d = Math.trunc(digits);
  const scaled = Number((Math.abs(x) * 10 ** d).toPrecision(15));
  const r = (Math.sign(x) * Math.round(scaled)) / 10 ** d;
  return r === 0 ? 0 : Number(r.toPrecision(15));
}

export const MATH: Record<string, FunctionDef> = {
  SUM: over((xs) => xs.reduce((a, b) => a + b, 0)),
  MAX: over((xs) => (xs.length ? xs.reduce((a, b) => (b > a ? b : a)) : 0)),
  MIN: over((xs) => (xs.length ? xs.reduce((a, b) => (b < a ? b : a)) : 0)),
  COUNT: {
    minArgs: 1,
    maxArgs: 255,
    call(ev, args) {
      let n = 0;
      for (const a of args) {
        const v = ev.value(a);
        if (v instanceof RefValue || v instanceof ArrayValue) n += valuesOf(ev, v).filter((x) => typeof x === "number").length;
        else if (typeof v === "number") n++;
      }
      return n;
    },
  },
  // COUNTA counts every cell that is not empty, errors and a formula's "" included.
  COUNTA: {
    minArgs: 1,
    maxArgs: 255,
    call(ev, args) {
      let n = 0;
      for (const a of args) {
        if (a.k === "missing") continue;
        const v = ev.value(a);
        if (v instanceof RefValue || v instanceof ArrayValue) n += valuesOf(ev, v).filter((x) => x !== null).length;
        else n++;
      }
      return n;
    },
  },
  SUMPRODUCT: {
    minArgs: 1,
    maxArgs: 255,
    call(ev, args) {
      const arrays = args.map((a) => ev.array(a));
      const [first] = arrays;
      if (arrays.some((a) => a.rows !== first.rows || a.cols !== first.cols)) return VALUE;
      let sum = 0;
      for (let i = 0; i < first.values.length; i++) {
        let p = 1;
        for (const a of arrays) {
          const v = a.values[i];
          if (isError(v)) return v;
          // Anything but a number counts as 0, booleans included.
          p *= typeof v === "number" ? v : 0;
        }
        sum += p;
      }
      return sum;
    },
  },
  INT: unary((x) => Math.floor(x)),
  ABS: unary((x) => Math.abs(x)),
  MOD: {
    minArgs: 2,
    maxArgs: 2,
    call(ev, [a, b]) {
      const x = numberArg(ev, a);
      if (isError(x)) return x;
      const y = numberArg(ev, b);
      if (isError(y)) return y;
      if (y === 0) return DIV0;
      const r = x - y * Math.floor(x / y);
      return Number.isFinite(r) ? r : NUM;
    },
  },
  ROUND: {
    minArgs: 2,
    maxArgs: 2,
    call(ev, [a, b]) {
      const x = numberArg(ev, a);
      if (isError(x)) return x;
      const d = numberArg(ev, b);
      return isError(d) ? d : roundHalfAway(x, d);
    },
  },
};
