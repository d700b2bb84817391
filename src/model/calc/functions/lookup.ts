/**
 * MATCH and INDEX. MATCH with 0 finds through an index of the range built once (a plan's
 * per-row lookups over another table stay linear in rows); text with `*`, `?` or `~` is matched
 * as a pattern. Approximate MATCH is taken only over numbers in ascending order.
 */
import { compare } from "../coerce";
import { cellKey, wildcard } from "../criteria";
import type { Evaluator, FunctionDef } from "../evaluate";
import { ArrayValue, isError, NA, NotKnown, REF, RefValue, VALUE, type Scalar, type Value } from "../values";
import { numberArg } from "./args";

function line(ev: Evaluator, v: Value): { cells: Scalar[]; box?: RefValue["box"] } | undefined {
  if (v instanceof RefValue) return v.box.rows === 1 || v.box.cols === 1 ? { cells: ev.cells(v.box), box: v.box } : undefined;
  if (v instanceof ArrayValue) return v.rows === 1 || v.cols === 1 ? { cells: v.values } : undefined;
  return { cells: [v] };
}

function exact(ev: Evaluator, key: Scalar, l: { cells: Scalar[]; box?: RefValue["box"] }): Scalar {
  if (typeof key === "string") {
    const pattern = wildcard(key);
    if (pattern) {
      const i = l.cells.findIndex((c) => typeof c === "string" && pattern.test(c));
      return i < 0 ? NA : i + 1;
    }
    if (key === "") throw new NotKnown("MATCH of empty text");
  }
  // "~" makes the next character plain ("a~*" finds "a*").
  const k = cellKey(typeof key === "string" ? key.replace(/~(.)/g, "$1") : key)!;
  if (l.box) {
    const i = ev.firstIndex(l.box).get(k);
    return i === undefined ? NA : i + 1;
  }
  const i = l.cells.findIndex((c) => cellKey(c) === k);
  return i < 0 ? NA : i + 1;
}

function approximate(key: Scalar, cells: Scalar[], type: number): Scalar {
  if (typeof key !== "number" || cells.some((c) => typeof c !== "number")) throw new NotKnown("approximate MATCH over other than numbers");
  const nums = cells as number[];
  for (let i = 1; i < nums.length; i++) if (type > 0 ? nums[i] < nums[i - 1] : nums[i] > nums[i - 1]) throw new NotKnown("approximate MATCH over unsorted numbers");
  let found = -1;
  for (let i = 0; i < nums.length; i++) {
    const c = compare(nums[i], key, true) as number;
    if (type > 0 ? c <= 0 : c >= 0) found = i;
    else break;
  }
  return found < 0 ? NA : found + 1;
}

export const LOOKUP: Record<string, FunctionDef> = {
  MATCH: {
    minArgs: 2,
    maxArgs: 3,
    call(ev, [k, range, t]) {
      const key = ev.scalar(k);
      if (isError(key)) return key;
      if (key === null) throw new NotKnown("MATCH of a blank");
      const type = numberArg(ev, t, 1);
      if (isError(type)) return type;
      const l = line(ev, ev.value(range));
      if (!l) return NA;
      if (type === 0) return exact(ev, key, l);
      return approximate(key, l.cells, type);
    },
  },
  INDEX: {
    minArgs: 2,
    maxArgs: 3,
    call(ev, [a, r, c]) {
      const v = ev.value(a);
      const rows = v instanceof RefValue ? v.box.rows : v instanceof ArrayValue ? v.rows : 1;
      const cols = v instanceof RefValue ? v.box.cols : v instanceof ArrayValue ? v.cols : 1;
      const first = numberArg(ev, r, 0);
      if (isError(first)) return first;
      const second = numberArg(ev, c, 1);
      if (isError(second)) return second;
      // INDEX(row of cells, n) counts along the row.
      let [row, col] = rows === 1 && (!c || c.k === "missing") ? [1, first] : [first, second];
      row = Math.trunc(row);
      col = Math.trunc(col);
      if (row < 0 || col < 0) return VALUE;
      if (row === 0 || col === 0) throw new NotKnown("INDEX of a whole row or column");
      if (row > rows || col > cols) return REF;
      if (v instanceof RefValue) return new RefValue({ ...v.box, row: v.box.row + row - 1, col: v.box.col + col - 1, rows: 1, cols: 1 });
      if (v instanceof ArrayValue) return v.values[(row - 1) * cols + col - 1];
      return v;
    },
  },
};
