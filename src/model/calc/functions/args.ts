/** How functions read their arguments: one number, one text, or every number of several ranges. */
import { textToNumber, toNumber, toText } from "../coerce";
import type { Evaluator } from "../evaluate";
import type { Node } from "../parse";
import { ArrayValue, CalcError, isError, NotKnown, RefValue, type Scalar, type Value } from "../values";

export function numberArg(ev: Evaluator, n: Node | undefined, fallback?: number): number | CalcError {
  if (!n || n.k === "missing") {
    if (fallback === undefined) throw new NotKnown("missing argument");
    return fallback;
  }
  return toNumber(ev.scalar(n));
}

export function textArg(ev: Evaluator, n: Node): string | CalcError {
  return toText(ev.scalar(n));
}

/** The cells of a reference or array; a plain value as a one-cell list. */
export function valuesOf(ev: Evaluator, v: Value): Scalar[] {
  if (v instanceof RefValue) return ev.cells(v.box);
  if (v instanceof ArrayValue) return v.values;
  return [v];
}

/**
 * The numbers SUM, MAX and MIN take: in references and arrays only numbers count (text,
 * booleans and blanks are skipped); typed directly, TRUE is 1 and number-like text a number.
 * The first error met is the answer.
 */
export function numbersOf(ev: Evaluator, args: Node[]): number[] | CalcError {
  const out: number[] = [];
  for (const a of args) {
    const v = ev.value(a);
    if (v instanceof RefValue || v instanceof ArrayValue) {
      for (const x of valuesOf(ev, v)) {
        if (typeof x === "number") out.push(x);
        else if (isError(x)) return x;
      }
    } else if (v !== null) {
      const x = typeof v === "string" ? textToNumber(v) : toNumber(v);
      if (isError(x)) return x;
      out.push(x);
    }
  }
  return out;
}
