/**
 * COUNTIF, COUNTIFS, SUMIF, SUMIFS, AVERAGEIFS, MAXIFS, MINIFS. Rows are found through the
 * equality index of a criteria range (built once per range) when a criterion is a plain
 * value, so a per-row COUNTIFS over another table costs the matches, not the table; every
 * criterion is still tested on each candidate.
 */
import { parseCriterion, type Criterion } from "../criteria";
import type { Evaluator, FunctionDef } from "../evaluate";
import type { Node } from "../parse";
import { DIV0, isError, NotKnown, RefValue, VALUE, type Box, type CalcError, type Scalar } from "../values";

function box(ev: Evaluator, n: Node): Box {
  const v = ev.value(n);
  if (!(v instanceof RefValue)) throw new NotKnown("a criteria range that is not a reference");
  return v.box;
}

/** Positions (row-major within the ranges) matching every (range, criterion) pair. */
function matching(ev: Evaluator, pairs: Node[], size?: Box): number[] | CalcError {
  const ranges: Box[] = [];
  const criteria: Criterion[] = [];
  for (let i = 0; i < pairs.length; i += 2) {
    const b = box(ev, pairs[i]);
    if (size && (b.rows !== size.rows || b.cols !== size.cols)) return VALUE;
    size = size ?? b;
    if (b.rows !== size.rows || b.cols !== size.cols) return VALUE;
    const c = ev.scalar(pairs[i + 1]);
    ranges.push(b);
    criteria.push(parseCriterion(c));
  }
  // The fewest candidates an equality index offers; otherwise every position.
  let candidates: number[] | undefined;
  criteria.forEach((c, i) => {
    if (c.key === undefined) return;
    const index = ev.equalityIndex(ranges[i]);
    // Number-like text beside a numeric criterion must be tested one by one (and is NotKnown).
    if (c.key.startsWith("n") && index.numericText) return;
    const found = index.positions.get(c.key) ?? [];
    if (!candidates || found.length < candidates.length) candidates = found;
  });
  const all = candidates ?? Array.from({ length: size!.rows * size!.cols }, (_, i) => i);
  const cells = ranges.map((b) => ev.cells(b));
  return all.filter((p) => criteria.every((c, i) => c.test(cells[i][p])));
}

type Reduce = (xs: Scalar[]) => Scalar;

/** A function of the cells of `value range` in the matching rows. */
function ifs(minArgs: number, maxArgs: number, valueFirst: boolean, reduce: Reduce): FunctionDef {
  return {
    minArgs,
    maxArgs,
    call(ev, args) {
      const target = valueFirst ? box(ev, args[0]) : undefined;
      const pairs = valueFirst ? args.slice(1) : args;
      if (pairs.length % 2) throw new NotKnown("criteria without a range");
      const found = matching(ev, pairs, target);
      if (isError(found)) return found;
      const cells = target ? ev.cells(target) : [];
      return reduce(target ? found.map((p) => cells[p]) : found.map(() => 1));
    },
  };
}

/** The numbers among the cells (text and blanks skipped); the first error is the answer. */
function numbers(xs: Scalar[]): number[] | CalcError {
  const out: number[] = [];
  for (const x of xs) {
    if (isError(x)) return x;
    if (typeof x === "number") out.push(x);
  }
  return out;
}

const sum: Reduce = (xs) => {
  const n = numbers(xs);
  return isError(n) ? n : n.reduce((a, b) => a + b, 0);
};
const extreme = (max: boolean): Reduce => (xs) => {
  const n = numbers(xs);
  if (isError(n)) return n;
  return n.length ? n.reduce((a, b) => (max ? (b > a ? b : a) : b < a ? b : a)) : 0;
};

export const CONDITIONAL: Record<string, FunctionDef> = {
  COUNTIFS: ifs(2, 254, false, (xs) => xs.length),
  COUNTIF: ifs(2, 2, false, (xs) => xs.length),
  SUMIFS: ifs(3, 255, true, sum),
  MAXIFS: ifs(3, 255, true, extreme(true)),
  MINIFS: ifs(3, 255, true, extreme(false)),
  AVERAGEIFS: ifs(3, 255, true, (xs) => {
    const n = numbers(xs);
    if (isError(n)) return n;
    return n.length ? n.reduce((a, b) => a + b, 0) / n.length : DIV0;
  }),
  // SUMIF(range, criterion, [sum range]): the sum range takes the criteria range's size.
  SUMIF: {
    minArgs: 2,
    maxArgs: 3,
    call(ev, [range, criterion, sumRange]) {
      const b = box(ev, range);
      const target = sumRange && sumRange.k !== "missing" ? box(ev, sumRange) : b;
      const found = matching(ev, [range, criterion]);
      if (isError(found)) return found;
      const cells = ev.cells({ ...target, rows: b.rows, cols: b.cols });
      return sum(found.map((p) => cells[p]));
    },
  },
};
