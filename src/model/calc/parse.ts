/**
 * Formulas as .xlsx files store them (English names, comma separators, no leading "=",
 * `_xlfn.` before newer functions) parsed into a tree. Syntax outside what the plan writes and
 * what planners commonly type (union and intersection operators, whole columns, 3-D and
 * external references, array constants, R1C1) is refused with NotKnown.
 */
import { columnIndex } from "../address";
import { parseStructured, type StructuredRef } from "./structured";
import { ArrayValue, calcError, CalcError, ERROR_CODES, NotKnown, type Scalar } from "./values";

export type BinaryOp = "+" | "-" | "*" | "/" | "^" | "&" | "=" | "<>" | "<" | ">" | "<=" | ">=";

export type Node =
  | { k: "num"; v: number }
  | { k: "str"; v: string }
  | { k: "bool"; v: boolean }
  | { k: "err"; v: CalcError }
  | { k: "missing" }
  | { k: "array"; v: ArrayValue }
  | { k: "cells"; sheet?: string; row: number; col: number; rows: number; cols: number }
  | { k: "name"; name: string }
  | { k: "table"; ref: StructuredRef }
  | { k: "call"; name: string; args: Node[] }
  | { k: "neg"; a: Node }
  | { k: "pct"; a: Node }
  | { k: "bin"; op: BinaryOp; a: Node; b: Node };

type Token =
  | { t: "num"; v: number }
  | { t: "str"; v: string }
  | { t: "err"; v: CalcError }
  | { t: "array"; v: ArrayValue }
  | { t: "op"; v: string }
  | { t: "func"; v: string }
  | { t: "word"; v: string; sheet?: string }
  | { t: "table"; table: string; body: string };

const OPERATORS = ["<>", "<=", ">=", "+", "-", "*", "/", "^", "&", "=", "<", ">", "%", "(", ")", ",", ":"];

function bracketEnd(f: string, i: number): number {
  // From an opening "[", past its matching "]"; "'" escapes the next character.
  let depth = 0;
  for (; i < f.length; i++) {
    const ch = f[i];
    if (ch === "'") i++;
    else if (ch === "[") depth++;
    else if (ch === "]" && --depth === 0) return i + 1;
  }
  throw new NotKnown("unclosed [ in a structured reference");
}

/** Text between quotes from `i` (a doubled quote stands for one); returns it and the index past it. */
function quoted(f: string, i: number, q: string): [string, number] {
  let s = "";
  for (let j = i + 1; j < f.length; j++) {
    if (f[j] !== q) s += f[j];
    else if (f[j + 1] === q) s += f[++j];
    else return [s, j + 1];
  }
  throw new NotKnown("unclosed quotes");
}

function tokenize(f: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < f.length) {
    const ch = f[i];
    if (ch === " " || ch === "\n" || ch === "\r" || ch === "\t") {
      // A space between references is Excel's intersection operator.
      const prev = out[out.length - 1];
      let j = i;
      while (j < f.length && /\s/.test(f[j])) j++;
      if (prev && (prev.t === "word" || prev.t === "table" || (prev.t === "op" && prev.v === ")")) && /[A-Za-z_$'(\\]/.test(f[j] ?? "")) throw new NotKnown("intersection operator");
      i = j;
      continue;
    }
    if (ch === '"') {
      const [text, end] = quoted(f, i, '"');
      out.push({ t: "str", v: text });
      i = end;
      continue;
    }
    if (ch === "{") {
      const end = f.indexOf("}", i);
      if (end < 0) throw new NotKnown("unclosed array constant");
      out.push({ t: "array", v: arrayConstant(f.slice(i + 1, end)) });
      i = end + 1;
      continue;
    }
    const num = /^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.exec(f.slice(i, i + 40));
    if (num) {
      // A row range like 1:3 is not a number.
      if (f[i + num[0].length] === ":" && /^\d+$/.test(num[0])) throw new NotKnown("whole-row reference");
      out.push({ t: "num", v: Number(num[0]) });
      i += num[0].length;
      continue;
    }
    if (ch === "#") {
      const code = ERROR_CODES.find((c) => f.startsWith(c, i) || f.slice(i, i + c.length).toUpperCase() === c);
      if (!code) throw new NotKnown(`error literal at ${f.slice(i, i + 8)}`);
      out.push({ t: "err", v: calcError(code) });
      i += code.length;
      continue;
    }
    const op = OPERATORS.find((o) => f.startsWith(o, i));
    if (op) {
      out.push({ t: "op", v: op });
      i += op.length;
      continue;
    }
    let sheet: string | undefined;
    if (ch === "'") {
      const [name, end] = quoted(f, i, "'");
      if (f[end] !== "!") throw new NotKnown("quoted name without !");
      sheet = name;
      i = end + 1;
    }
    const word = /^[A-Za-z_\\$][A-Za-z0-9_.$\\?]*/.exec(f.slice(i));
    if (!word) throw new NotKnown(`unexpected "${f.slice(i, i + 10)}"`);
    let w = word[0];
    i += w.length;
    if (!sheet && f[i] === "!") {
      sheet = w;
      i++;
      const ref = /^[A-Za-z_\\$][A-Za-z0-9_.$\\?]*/.exec(f.slice(i));
      if (!ref) throw new NotKnown("sheet reference without a cell");
      w = ref[0];
      i += w.length;
    }
    if (sheet !== undefined && (/[[\]:]/.test(sheet) || sheet === "")) throw new NotKnown("external or 3-D reference");
    if (f[i] === "(" && !sheet) {
      out.push({ t: "func", v: w.toUpperCase().replace(/^_XLFN\.(_XLWS\.)?/, "") });
      i++;
    } else if (f[i] === "[" && !sheet) {
      const end = bracketEnd(f, i);
      out.push({ t: "table", table: w, body: f.slice(i, end) });
      i = end;
    } else out.push({ t: "word", v: w, sheet });
  }
  return out;
}

/** `{"a","b";1,2}`: commas between columns, semicolons between rows; constants only. */
function arrayConstant(inner: string): ArrayValue {
  const rows = inner.match(/("([^"]|"")*"|[^;"])+/g)?.map((row) => row.match(/("([^"]|"")*"|[^,"])+/g) ?? []) ?? [];
  const cols = rows[0]?.length ?? 0;
  if (!cols || rows.some((r) => r.length !== cols)) throw new NotKnown("ragged array constant");
  const values: Scalar[] = rows.flat().map((item) => {
    const t = item.trim();
    if (/^"([^"]|"")*"$/.test(t)) return t.slice(1, -1).replace(/""/g, '"');
    if (/^-?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) return Number(t);
    if (/^(TRUE|FALSE)$/i.test(t)) return t.toUpperCase() === "TRUE";
    const code = ERROR_CODES.find((c) => c === t.toUpperCase());
    if (code) return calcError(code);
    throw new NotKnown(`array constant item ${t}`);
  });
  return new ArrayValue(rows.length, cols, values);
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

function cellOf(word: string): { row: number; col: number } | undefined {
  const m = CELL.exec(word);
  if (!m) return undefined;
  const col = columnIndex(m[1]);
  const row = Number(m[2]) - 1;
  return col < 16384 && row >= 0 && row < 1048576 ? { row, col } : undefined;
}

const LEVELS: string[][] = [["=", "<>", "<", ">", "<=", ">="], ["&"], ["+", "-"], ["*", "/"], ["^"]];

class Parser {
  private i = 0;
  constructor(private readonly tokens: Token[]) {}

  parse(): Node {
    const n = this.expr(0);
    if (this.i < this.tokens.length) throw new NotKnown("trailing tokens");
    return n;
  }

  private peekOp(): string | undefined {
    const t = this.tokens[this.i];
    return t?.t === "op" ? t.v : undefined;
  }

  private expr(level: number): Node {
    if (level === LEVELS.length) return this.unary();
    let a = this.expr(level + 1);
    for (;;) {
      const op = this.peekOp();
      if (!op || !LEVELS[level].includes(op)) return a;
      this.i++;
      a = { k: "bin", op: op as BinaryOp, a, b: this.expr(level + 1) };
    }
  }

  private unary(): Node {
    const op = this.peekOp();
    if (op === "-" || op === "+") {
      this.i++;
      const a = this.unary();
      return op === "-" ? { k: "neg", a } : a;
    }
    let n = this.primary();
    while (this.peekOp() === "%") {
      this.i++;
      n = { k: "pct", a: n };
    }
    return n;
  }

  private primary(): Node {
    const t = this.tokens[this.i++];
    if (!t) throw new NotKnown("formula ends early");
    switch (t.t) {
      case "num":
        return { k: "num", v: t.v };
      case "str":
        return { k: "str", v: t.v };
      case "err":
        return { k: "err", v: t.v };
      case "array":
        return { k: "array", v: t.v };
      case "table":
        return { k: "table", ref: parseStructured(t.table, t.body) };
      case "func":
        return { k: "call", name: t.v, args: this.args() };
      case "word":
        return this.word(t);
      case "op":
        if (t.v === "(") {
          const n = this.expr(0);
          if (this.tokens[this.i++]?.t !== "op" || (this.tokens[this.i - 1] as { v: string }).v !== ")") throw new NotKnown("union operator or unclosed (");
          return n;
        }
    }
    throw new NotKnown("unexpected operator");
  }

  private word(t: { v: string; sheet?: string }): Node {
    const cell = cellOf(t.v);
    if (!cell) {
      if (t.sheet !== undefined) throw new NotKnown(`sheet-scoped name ${t.v}`);
      const upper = t.v.toUpperCase();
      if (upper === "TRUE" || upper === "FALSE") return { k: "bool", v: upper === "TRUE" };
      return { k: "name", name: t.v };
    }
    let end = cell;
    if (this.peekOp() === ":") {
      const next = this.tokens[this.i + 1];
      const other = next?.t === "word" && next.sheet === undefined ? cellOf(next.v) : undefined;
      if (!other) throw new NotKnown("range operator between other than two cells");
      this.i += 2;
      end = other;
    }
    const row = Math.min(cell.row, end.row);
    const col = Math.min(cell.col, end.col);
    return { k: "cells", sheet: t.sheet, row, col, rows: Math.abs(end.row - cell.row) + 1, cols: Math.abs(end.col - cell.col) + 1 };
  }

  private args(): Node[] {
    const args: Node[] = [];
    if (this.peekOp() === ")") {
      this.i++;
      return args;
    }
    for (;;) {
      const op = this.peekOp();
      args.push(op === "," || op === ")" ? { k: "missing" } : this.expr(0));
      const sep = this.tokens[this.i++];
      if (sep?.t !== "op") throw new NotKnown("unclosed function call");
      if (sep.v === ")") return args;
      if (sep.v !== ",") throw new NotKnown("unexpected token in arguments");
    }
  }
}

/** The tree of a formula as a file stores it; throws NotKnown for what it does not read. */
export function parseFormula(formula: string): Node {
  const f = formula.startsWith("=") ? formula.slice(1) : formula;
  return new Parser(tokenize(f)).parse();
}

/** Every node of a tree, depth first. */
export function* walk(n: Node): Generator<Node> {
  yield n;
  if (n.k === "call") for (const a of n.args) yield* walk(a);
  else if (n.k === "neg" || n.k === "pct") yield* walk(n.a);
  else if (n.k === "bin") {
    yield* walk(n.a);
    yield* walk(n.b);
  }
}
