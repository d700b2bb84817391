/** ISNUMBER, ISTEXT, ISBLANK, ISERROR, ISNA, N, T: never an error for the wrong kind of value. */
import type { FunctionDef } from "../evaluate";
import { isError, NA, type Scalar } from "../values";

function test(each: (v: Scalar) => Scalar): FunctionDef {
  return { minArgs: 1, maxArgs: 1, each, call: (ev, [v]) => each(ev.scalar(v)) };
}

export const INFO: Record<string, FunctionDef> = {
  ISNUMBER: test((v) => typeof v === "number"),
  ISTEXT: test((v) => typeof v === "string"),
  ISBLANK: test((v) => v === null),
  ISERROR: test((v) => isError(v)),
  ISNA: test((v) => v === NA),
  ISLOGICAL: test((v) => typeof v === "boolean"),
  // N and T pass errors on; other values not of their kind become 0 and "".
  N: test((v) => (typeof v === "number" || isError(v) ? v : typeof v === "boolean" ? (v ? 1 : 0) : 0)),
  T: test((v) => (typeof v === "string" || isError(v) ? v : "")),
};
