/**
 * Cached results for a workbook's formulas: what a viewer that does not recalculate (a phone,
 * a mail preview, a script reading values) shows. The rule: a formula gets a value only when
 * every step is known here to be Excel's. Anything the evaluator does not know (an unknown
 * function, syntax it does not parse, a reference it cannot resolve, a cycle, a case where
 * engines part) leaves that cell with no value, and every formula that reads it too: a blank
 * in a viewer, never a wrong figure. Excel and LibreOffice recalculate on opening regardless.
 */
import { cellKey, type CalcBook, type CalcSheet } from "./book";
import { Evaluator } from "./evaluate";
import { FUNCTIONS } from "./functions";
import { evaluationOrder } from "./order";
import { parseFormula, walk, type Node } from "./parse";
import { References, type Place } from "./references";
import { NotKnown, type Box, type Scalar } from "./values";

export interface CalcOptions {
  /** TODAY(): the date serial of the day the file is written. */
  today: number;
}

export interface Unknown extends Place {
  formula: string;
  why: string;
}

export interface CalcResults {
  /** The cached value of the formula at a cell; undefined when it has none (or no formula is there). */
  value(sheet: string, row: number, col: number): Scalar | undefined;
  /** Formulas evaluated. */
  computed: number;
  /** Formulas left without a value, with the reason. */
  unknown: Unknown[];
}

interface Formula {
  sheet: CalcSheet;
  row: number;
  col: number;
  text: string;
}

/** Parsed once per distinct text: a calculated column's 50,000 cells share one tree. */
function parser() {
  const trees = new Map<string, Node | NotKnown>();
  return (text: string): Node | NotKnown => {
    let t = trees.get(text);
    if (t === undefined) {
      try {
        t = parseFormula(text);
        for (const n of walk(t)) if (n.k === "call" && !FUNCTIONS.has(n.name)) throw new NotKnown(`function ${n.name}`);
      } catch (e) {
        if (!(e instanceof NotKnown)) throw e;
        t = e;
      }
      trees.set(text, t);
    }
    return t;
  };
}

export function calculate(book: CalcBook, options: CalcOptions): CalcResults {
  const refs = new References(book);
  const parse = parser();
  const formulas: Formula[] = [];
  const ids = new Map<string, Map<number, number>>();
  /** Per sheet and column, the rows holding formulas, ascending. */
  const columns = new Map<string, Map<number, number[]>>();
  for (const sheet of book.sheets) {
    if (!sheet.known) continue;
    const byCell = new Map<number, number>();
    const byColumn = new Map<number, number[]>();
    const keys = [...sheet.cells.keys()].sort((a, b) => a - b);
    for (const key of keys) {
      const c = sheet.cells.get(key);
      if (c === null || typeof c !== "object" || !("formula" in c)) continue;
      const row = Math.floor(key / 16384);
      const col = key % 16384;
      byCell.set(key, formulas.push({ sheet, row, col, text: c.formula }) - 1);
      const list = byColumn.get(col);
      if (list) list.push(row);
      else byColumn.set(col, [row]);
    }
    ids.set(sheet.name.toLowerCase(), byCell);
    columns.set(sheet.name.toLowerCase(), byColumn);
  }
  const formulaAt = (sheet: string, row: number, col: number) => ids.get(sheet.toLowerCase())?.get(cellKey(row, col));
  const place = (f: Formula): Place => ({ sheet: f.sheet.name, row: f.row, col: f.col });

  // Boxes read by references that do not depend on the row, per tree and sheet.
  const fixedBoxes = new WeakMap<Node, Map<string, Box[] | NotKnown>>();
  const rowNodes = new WeakMap<Node, Node[]>();
  const boxes = (id: number): Box[] => {
    const f = formulas[id];
    const tree = parse(f.text) as Node;
    let perSheet = fixedBoxes.get(tree);
    if (!perSheet) fixedBoxes.set(tree, (perSheet = new Map()));
    let fixed = perSheet.get(f.sheet.name);
    if (!fixed) {
      try {
        fixed = [];
        const rowDependent: Node[] = [];
        for (const n of walk(tree)) {
          if (n.k === "table" && n.ref.area === "#This Row") rowDependent.push(n);
          else if (n.k === "cells" || n.k === "table" || n.k === "name") refs.boxesOf(n, place(f), fixed);
        }
        rowNodes.set(tree, rowDependent);
      } catch (e) {
        if (!(e instanceof NotKnown)) throw e;
        fixed = e;
      }
      perSheet.set(f.sheet.name, fixed);
    }
    if (fixed instanceof NotKnown) throw fixed;
    const own = rowNodes.get(tree)!;
    if (!own.length) return fixed;
    const out = fixed.slice();
    for (const n of own) refs.boxesOf(n, place(f), out);
    return out;
  };
  const formulasIn = (b: Box): number[] => {
    const byColumn = columns.get(b.sheet.toLowerCase());
    const out: number[] = [];
    if (!byColumn) return out;
    for (let c = b.col; c < b.col + b.cols; c++) {
      const rows = byColumn.get(c);
      if (!rows) continue;
      let lo = 0;
      let hi = rows.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (rows[mid] < b.row) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo; i < rows.length && rows[i] < b.row + b.rows; i++) out.push(formulaAt(b.sheet, rows[i], c)!);
    }
    return out;
  };
  const { order, bad } = evaluationOrder({
    count: formulas.length,
    intrinsic: (id) => {
      const t = parse(formulas[id].text);
      return t instanceof NotKnown ? t.why : undefined;
    },
    boxes,
    formulaAt,
    formulasIn,
  });

  const results: (Scalar | undefined)[] = new Array(formulas.length);
  const why: (string | undefined)[] = bad.slice();
  const read = (sheet: string, row: number, col: number): Scalar => {
    const s = refs.sheet(sheet);
    const key = cellKey(row, col);
    const id = ids.get(s.name.toLowerCase())?.get(key);
    if (id === undefined) {
      const v = s.cells.get(key);
      return v === undefined || (v !== null && typeof v === "object" && "formula" in v) ? null : v;
    }
    const r = results[id];
    if (r === undefined) throw new NotKnown(why[id] ? `reads ${s.name}!${row + 1},${col + 1}, which has no value` : "read before it was computed");
    return r;
  };
  const ev = new Evaluator(refs, read, options.today, FUNCTIONS);
  let computed = 0;
  for (const id of order) {
    if (why[id]) continue;
    const f = formulas[id];
    ev.at = place(f);
    try {
      const v = ev.toScalar(ev.value(parse(f.text) as Node));
      // A formula that ends on an empty cell shows 0.
      results[id] = v === null ? 0 : v;
      computed++;
    } catch (e) {
      // A fault of the evaluator's own costs that cell its value, not the whole file.
      why[id] = e instanceof NotKnown ? e.why : `evaluator failure: ${(e as Error).message}`;
    }
  }
  return {
    value: (sheet, row, col) => {
      const id = formulaAt(sheet, row, col);
      return id === undefined ? undefined : results[id];
    },
    computed,
    unknown: formulas.flatMap((f, id) => (why[id] ? [{ ...place(f), formula: f.text, why: why[id]! }] : [])),
  };
}
