/**
 * Evaluates one formula's tree for the cell that holds it. Functions get their arguments
 * unevaluated (IF and IFERROR evaluate only the branch they take). Ranges met where one value
 * is wanted are intersected with the formula's row or column, as Excel does for formulas that
 * are not array formulas; inside SUMPRODUCT arguments are evaluated as arrays.
 */
import { compare, nearlyEqual, toNumber, toText } from "./coerce";
import { cellKey as criterionKey } from "./criteria";
import type { Node } from "./parse";
import { walk } from "./parse";
import type { Place, References } from "./references";
import { ArrayValue, boxKey, DIV0, isError, NotKnown, NUM, RefValue, VALUE, type Box, type Scalar, type Value } from "./values";

export interface FunctionDef {
  call(ev: Evaluator, args: Node[]): Value;
  /** One-argument functions applied to each element of an array (ISTEXT inside SUMPRODUCT). */
  each?: (v: Scalar) => Scalar;
  minArgs: number;
  maxArgs: number;
}

export type CellReader = (sheet: string, row: number, col: number) => Scalar;

/** Boxes smaller than this are read afresh each time (this-row spans); larger ones are cached. */
const CACHE_FROM_CELLS = 32;

export interface EqualityIndex {
  /** Positions (row-major within the box) of the cells holding each key. */
  positions: Map<string, number[]>;
  /** Some cell holds text that looks like a number, which numeric criteria cannot judge. */
  numericText: boolean;
}

export class Evaluator {
  at: Place = { sheet: "", row: 0, col: 0 };
  private readonly cellCache = new Map<string, Scalar[]>();
  private readonly equality = new Map<string, EqualityIndex>();
  private readonly firsts = new Map<string, Map<string, number>>();

  constructor(
    readonly refs: References,
    private readonly read: CellReader,
    readonly today: number,
    private readonly functions: ReadonlyMap<string, FunctionDef>,
  ) {}

  /** A value as the tree gives it: references stay references. */
  value(n: Node): Value {
    switch (n.k) {
      case "num":
      case "str":
      case "bool":
      case "err":
      case "array":
        return n.v;
      case "missing":
        return null;
      case "cells":
        return new RefValue(this.refs.cells(n, this.at));
      case "table":
        return new RefValue(this.refs.table(n.ref, this.at));
      case "name":
        return this.value(this.refs.name(n.name, this.at.sheet));
      case "call":
        return this.call(n);
      case "neg":
      case "pct":
        return unary(n.k, this.scalar(n.a));
      case "bin":
        return binary(n.op, this.scalar(n.a), this.scalar(n.b));
    }
  }

  /** One value: a reference is intersected with the formula's row or column. */
  scalar(n: Node): Scalar {
    return this.toScalar(this.value(n));
  }

  toScalar(v: Value): Scalar {
    if (v instanceof ArrayValue) return v.values[0] ?? null;
    if (!(v instanceof RefValue)) return v;
    const b = v.box;
    if (b.rows === 1 && b.cols === 1) return this.read(b.sheet, b.row, b.col);
    const here = b.sheet.toLowerCase() === this.at.sheet.toLowerCase();
    if (b.cols === 1 && here && this.at.row >= b.row && this.at.row < b.row + b.rows) return this.read(b.sheet, this.at.row, b.col);
    if (b.rows === 1 && here && this.at.col >= b.col && this.at.col < b.col + b.cols) return this.read(b.sheet, b.row, this.at.col);
    return VALUE;
  }

  /** Evaluated as an array (SUMPRODUCT's arguments). */
  array(n: Node): ArrayValue {
    if (n.k === "bin") return broadcast(this.array(n.a), this.array(n.b), (x, y) => binary(n.op, x, y));
    if (n.k === "neg" || n.k === "pct") return map(this.array(n.a), (x) => unary(n.k, x));
    if (n.k === "call") {
      const f = this.fn(n.name);
      if (f.each && n.args.length === 1) return map(this.array(n.args[0]), f.each);
      // Other functions in an array context may return arrays in Excel: only plain ones are taken.
      for (const m of walk(n)) if (m !== n && (m.k === "cells" || m.k === "table" || m.k === "name")) throw new NotKnown(`${n.name} over a range inside an array`);
    }
    const v = this.value(n);
    if (v instanceof ArrayValue) return v;
    if (v instanceof RefValue) return new ArrayValue(v.box.rows, v.box.cols, this.cells(v.box));
    return new ArrayValue(1, 1, [v]);
  }

  fn(name: string): FunctionDef {
    const f = this.functions.get(name);
    if (!f) throw new NotKnown(`function ${name}`);
    return f;
  }

  private call(n: Extract<Node, { k: "call" }>): Value {
    const f = this.fn(n.name);
    if (n.args.length < f.minArgs || n.args.length > f.maxArgs) throw new NotKnown(`${n.name} with ${n.args.length} arguments`);
    return f.call(this, n.args);
  }

  /** A box's cells, row by row. */
  cells(b: Box): Scalar[] {
    const size = b.rows * b.cols;
    const key = size >= CACHE_FROM_CELLS ? boxKey(b) : undefined;
    const cached = key ? this.cellCache.get(key) : undefined;
    if (cached) return cached;
    const out: Scalar[] = new Array(size);
    for (let r = 0; r < b.rows; r++) for (let c = 0; c < b.cols; c++) out[r * b.cols + c] = this.read(b.sheet, b.row + r, b.col + c);
    if (key) this.cellCache.set(key, out);
    return out;
  }

  /** Every key's positions in a box, built once: COUNTIFS and SUMIFS find equal cells by it. */
  equalityIndex(b: Box): EqualityIndex {
    const key = boxKey(b);
    let index = this.equality.get(key);
    if (!index) {
      index = { positions: new Map(), numericText: false };
      const cells = this.cells(b);
      for (let i = 0; i < cells.length; i++) {
        const v = cells[i];
        const k = criterionKey(v);
        if (typeof v === "string" && v.trim() !== "" && !Number.isNaN(Number(v))) index.numericText = true;
        if (k === undefined) continue;
        const list = index.positions.get(k);
        if (list) list.push(i);
        else index.positions.set(k, [i]);
      }
      this.equality.set(key, index);
    }
    return index;
  }

  /** Each key's first position in a box, built once: MATCH with 0 finds by it. */
  firstIndex(b: Box): Map<string, number> {
    const key = boxKey(b);
    let index = this.firsts.get(key);
    if (!index) {
      index = new Map();
      const cells = this.cells(b);
      for (let i = cells.length - 1; i >= 0; i--) {
        const k = criterionKey(cells[i]);
        if (k !== undefined) index.set(k, i);
      }
      this.firsts.set(key, index);
    }
    return index;
  }
}

function unary(kind: "neg" | "pct", x: Scalar): Scalar {
  const v = toNumber(x);
  if (isError(v)) return v;
  return kind === "neg" ? -v || 0 : v / 100;
}

function map(a: ArrayValue, f: (v: Scalar) => Scalar): ArrayValue {
  return new ArrayValue(a.rows, a.cols, a.values.map(f));
}

function broadcast(a: ArrayValue, b: ArrayValue, f: (x: Scalar, y: Scalar) => Scalar): ArrayValue {
  if (a.rows === b.rows && a.cols === b.cols) return new ArrayValue(a.rows, a.cols, a.values.map((x, i) => f(x, b.values[i])));
  if (a.values.length === 1) return map(b, (y) => f(a.values[0], y));
  if (b.values.length === 1) return map(a, (x) => f(x, b.values[0]));
  throw new NotKnown("arrays of different sizes");
}

const finite = (x: number): number | typeof NUM => (Number.isFinite(x) ? (x === 0 ? 0 : x) : NUM);

/** The operators on two values, as Excel computes them. */
export function binary(op: string, a: Scalar, b: Scalar): Scalar {
  if (op === "&") {
    const x = toText(a);
    if (isError(x)) return x;
    const y = toText(b);
    return isError(y) ? y : x + y;
  }
  if (op === "=" || op === "<>" || op === "<" || op === ">" || op === "<=" || op === ">=") {
    const c = compare(a, b, op !== "=" && op !== "<>");
    if (isError(c)) return c;
    return op === "=" ? c === 0 : op === "<>" ? c !== 0 : op === "<" ? c < 0 : op === ">" ? c > 0 : op === "<=" ? c <= 0 : c >= 0;
  }
  const x = toNumber(a);
  if (isError(x)) return x;
  const y = toNumber(b);
  if (isError(y)) return y;
  switch (op) {
    case "+":
      // A sum that cancels to the last bits is 0 in Excel and LibreOffice alike.
      return Math.sign(x) !== Math.sign(y) && nearlyEqual(x, -y) ? 0 : finite(x + y);
    case "-":
      return Math.sign(x) === Math.sign(y) && nearlyEqual(x, y) ? 0 : finite(x - y);
    case "*":
      return finite(x * y);
    case "/":
      return y === 0 ? DIV0 : finite(x / y);
    case "^":
      if (x === 0 && y === 0) return NUM;
      if (x === 0 && y < 0) return DIV0;
      return finite(Math.pow(x, y));
  }
  throw new NotKnown(`operator ${op}`);
}
