/**
 * The order of evaluation, from the references each formula holds (its precedents, not only
 * those a run through it would read): every formula comes after the formulas it reads, found by
 * Tarjan's strongly connected components over cells and shared range nodes (a whole column read
 * by 50,000 rows is one node). A formula in a cycle, or one that reads, directly or through
 * others, a formula with no known value, is marked with the reason and gets no value.
 */
import { boxKey, NotKnown, type Box } from "./values";

export interface Graph {
  /** Formula cells are nodes 0..count-1. */
  count: number;
  /** Why a formula cannot be evaluated before looking at what it reads (parse, unknown function). */
  intrinsic(id: number): string | undefined;
  /** The boxes formula `id` reads; NotKnown when one cannot be resolved. */
  boxes(id: number): Box[];
  /** The formula at a cell, if any. */
  formulaAt(sheet: string, row: number, col: number): number | undefined;
  /** The formulas inside a box. */
  formulasIn(box: Box): number[];
}

export interface Order {
  /** Formula ids, each after those it reads. */
  order: number[];
  /** Why each formula gets no value; undefined when it can be evaluated. */
  bad: (string | undefined)[];
}

export function evaluationOrder(g: Graph): Order {
  const index: number[] = [];
  const low: number[] = [];
  const onStack: boolean[] = [];
  const done: boolean[] = [];
  const bad: (string | undefined)[] = [];
  const taint: (string | undefined)[] = [];
  const selfLoop: boolean[] = [];
  const rangeMembers: number[][] = [];
  const rangeIds = new Map<string, number>();
  const stack: number[] = [];
  const order: number[] = [];
  let counter = 0;

  const successors = (v: number): number[] => {
    if (v >= g.count) return rangeMembers[v - g.count];
    const why = g.intrinsic(v);
    if (why) {
      taint[v] = why;
      return [];
    }
    let boxes: Box[];
    try {
      boxes = g.boxes(v);
    } catch (e) {
      if (!(e instanceof NotKnown)) throw e;
      taint[v] = e.why;
      return [];
    }
    const out: number[] = [];
    for (const b of boxes) {
      if (b.rows === 1 && b.cols === 1) {
        const f = g.formulaAt(b.sheet, b.row, b.col);
        if (f !== undefined) out.push(f);
        continue;
      }
      const key = boxKey(b);
      let id = rangeIds.get(key);
      if (id === undefined) {
        const members = g.formulasIn(b);
        id = members.length ? g.count + rangeMembers.push(members) - 1 : -1;
        rangeIds.set(key, id);
      }
      if (id >= 0) out.push(id);
    }
    return out;
  };

  const frames: { v: number; succ: number[]; i: number }[] = [];
  const open = (v: number) => {
    index[v] = low[v] = counter++;
    stack.push(v);
    onStack[v] = true;
    frames.push({ v, succ: successors(v), i: 0 });
  };
  const absorb = (v: number, w: number) => {
    if (done[w] && bad[w] && !taint[v]) taint[v] = bad[w];
  };

  for (let root = 0; root < g.count; root++) {
    if (index[root] !== undefined) continue;
    open(root);
    while (frames.length) {
      const f = frames[frames.length - 1];
      if (f.i < f.succ.length) {
        const w = f.succ[f.i++];
        if (w === f.v) selfLoop[w] = true;
        if (index[w] === undefined) open(w);
        else if (onStack[w]) low[f.v] = Math.min(low[f.v], index[w]);
        else absorb(f.v, w);
        continue;
      }
      frames.pop();
      const v = f.v;
      if (frames.length) {
        const parent = frames[frames.length - 1].v;
        low[parent] = Math.min(low[parent], low[v]);
      }
      if (low[v] === index[v]) {
        const members: number[] = [];
        let w: number;
        do {
          w = stack.pop()!;
          onStack[w] = false;
          members.push(w);
        } while (w !== v);
        const cyclic = members.length > 1 || selfLoop[v];
        const why = cyclic ? "a circular reference" : members.map((m) => taint[m]).find((t) => t !== undefined);
        for (const m of members) {
          done[m] = true;
          bad[m] = why;
          if (m < g.count) order.push(m);
        }
      }
      // The parent learns of a finished child's trouble only now.
      if (frames.length && done[v]) absorb(frames[frames.length - 1].v, v);
    }
  }
  return { order, bad: bad.slice(0, g.count) };
}
