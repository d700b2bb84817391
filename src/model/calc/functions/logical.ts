/** IF, IFERROR, IFNA, AND, OR, NOT, TRUE, FALSE. */
import { toBoolean } from "../coerce";
import type { FunctionDef } from "../evaluate";
import { ArrayValue, isError, NA, RefValue, VALUE, type Scalar } from "../values";
import { valuesOf } from "./args";

/** AND and OR: in ranges only booleans and numbers count; no value at all is #VALUE!. */
function truths(all: boolean): FunctionDef {
  return {
    minArgs: 1,
    maxArgs: 255,
    call(ev, args) {
      let seen = false;
      let result = all;
      for (const a of args) {
        const v = ev.value(a);
        const cells: Scalar[] = v instanceof RefValue || v instanceof ArrayValue ? valuesOf(ev, v).filter((x) => typeof x !== "string" && x !== null) : [v as Scalar];
        for (const x of cells) {
          const b = toBoolean(x);
          if (isError(b)) return b;
          seen = true;
          result = all ? result && b : result || b;
        }
      }
      return seen ? result : VALUE;
    },
  };
}

export const LOGICAL: Record<string, FunctionDef> = {
  IF: {
    minArgs: 2,
    maxArgs: 3,
    call(ev, [test, then, otherwise]) {
      const c = toBoolean(ev.scalar(test));
      if (isError(c)) return c;
      // A missing branch that is written (IF(c,,1)) gives 0; one left out gives FALSE.
      if (c) return then.k === "missing" ? 0 : ev.value(then);
      if (!otherwise) return false;
      return otherwise.k === "missing" ? 0 : ev.value(otherwise);
    },
  },
  IFERROR: {
    minArgs: 2,
    maxArgs: 2,
    call(ev, [v, alt]) {
      const value = ev.value(v);
      return isError(ev.toScalar(value)) ? (alt.k === "missing" ? 0 : ev.value(alt)) : value;
    },
  },
  IFNA: {
    minArgs: 2,
    maxArgs: 2,
    call(ev, [v, alt]) {
      const value = ev.value(v);
      return ev.toScalar(value) === NA ? (alt.k === "missing" ? 0 : ev.value(alt)) : value;
    },
  },
  AND: truths(true),
  OR: truths(false),
  NOT: {
    minArgs: 1,
    maxArgs: 1,
    call(ev, [v]) {
      const b = toBoolean(ev.scalar(v));
      return isError(b) ? b : !b;
    },
  },
  TRUE: { minArgs: 0, maxArgs: 0, call: () => true },
  FALSE: { minArgs: 0, maxArgs: 0, call: () => false },
};
