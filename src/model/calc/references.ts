/**
 * Where references point: cell addresses (sheet-qualified or not), structured references and
 * defined names, each resolved to a box of cells for the cell whose formula holds them. What
 * cannot be resolved (an unknown table, column, sheet or name, a sheet the host did not load,
 * a name that refers to itself) is NotKnown.
 */
import type { CalcBook, CalcSheet, CalcTable } from "./book";
import { parseFormula, walk, type Node } from "./parse";
import type { StructuredRef } from "./structured";
import { NotKnown, type Box } from "./values";

export interface Place {
  sheet: string;
  row: number;
  col: number;
}

export class References {
  private readonly sheets = new Map<string, CalcSheet>();
  private readonly tables = new Map<string, CalcTable>();
  private readonly names = new Map<string, string>();
  private readonly nameTrees = new Map<string, Node>();

  constructor(book: CalcBook) {
    for (const s of book.sheets) this.sheets.set(s.name.toLowerCase(), s);
    for (const t of book.tables) this.tables.set(t.name.toLowerCase(), t);
    for (const n of book.names) this.names.set(`${n.scope?.toLowerCase() ?? ""}!${n.name.toLowerCase()}`, n.formula);
  }

  sheet(name: string): CalcSheet {
    const s = this.sheets.get(name.toLowerCase());
    if (!s) throw new NotKnown(`sheet ${name} is not in the workbook`);
    if (!s.known) throw new NotKnown(`sheet ${name} was not loaded`);
    return s;
  }

  /** A name's tree: the sheet's own name first, then the workbook's. */
  name(name: string, sheet: string): Node {
    const lower = name.toLowerCase();
    const key = this.names.has(`${sheet.toLowerCase()}!${lower}`) ? `${sheet.toLowerCase()}!${lower}` : `!${lower}`;
    let tree = this.nameTrees.get(key);
    if (!tree) {
      const formula = this.names.get(key);
      if (formula === undefined) throw new NotKnown(`name ${name} is not defined`);
      tree = parseFormula(formula);
      for (const n of walk(tree)) {
        if (n.k === "name") throw new NotKnown(`name ${name} refers to another name`);
        // A name's relative addresses move with the cell that uses it: left to Excel.
        if (n.k === "cells" && hasRelativeAddress(formula)) throw new NotKnown(`name ${name} holds relative addresses`);
        if (n.k === "table" && n.ref.area === "#This Row") throw new NotKnown(`name ${name} holds a this-row reference`);
      }
      this.nameTrees.set(key, tree);
    }
    return tree;
  }

  cells(n: Extract<Node, { k: "cells" }>, at: Place): Box {
    const sheet = this.sheet(n.sheet ?? at.sheet).name;
    return { sheet, row: n.row, col: n.col, rows: n.rows, cols: n.cols };
  }

  table(ref: StructuredRef, at: Place): Box {
    const t = this.tables.get(ref.table.toLowerCase());
    if (!t) throw new NotKnown(`table ${ref.table} is not in the workbook`);
    this.sheet(t.sheet);
    const column = (h: string) => {
      const i = t.headers.findIndex((x) => x.toLowerCase() === h.toLowerCase());
      if (i < 0) throw new NotKnown(`table ${t.name} has no column ${h}`);
      return i;
    };
    const first = ref.first === undefined ? 0 : column(ref.first);
    const last = ref.last === undefined ? t.headers.length - 1 : column(ref.last);
    const col = t.col + Math.min(first, last);
    const cols = Math.abs(last - first) + 1;
    const body = t.row + (t.headerRow ? 1 : 0);
    switch (ref.area) {
      case "#Data":
        return { sheet: t.sheet, row: body, col, rows: t.bodyRows, cols };
      case "#All":
        return { sheet: t.sheet, row: t.row, col, rows: t.bodyRows + (t.headerRow ? 1 : 0) + (t.totalsRow ? 1 : 0), cols };
      case "#Headers":
        if (!t.headerRow) throw new NotKnown(`table ${t.name} has no header row`);
        return { sheet: t.sheet, row: t.row, col, rows: 1, cols };
      case "#Totals":
        if (!t.totalsRow) throw new NotKnown(`table ${t.name} has no totals row`);
        return { sheet: t.sheet, row: body + t.bodyRows, col, rows: 1, cols };
      case "#This Row":
        // Outside the table's rows Excel gives #VALUE!; only the plan's own cells are known here.
        if (at.sheet.toLowerCase() !== t.sheet.toLowerCase() || at.row < body || at.row >= body + t.bodyRows) throw new NotKnown(`this-row reference to ${t.name} from outside it`);
        return { sheet: t.sheet, row: at.row, col, rows: 1, cols };
    }
  }

  /** The boxes a formula reads, for the order of evaluation (names followed). */
  boxesOf(tree: Node, at: Place, out: Box[] = []): Box[] {
    for (const n of walk(tree)) {
      if (n.k === "cells") out.push(this.cells(n, at));
      else if (n.k === "table") out.push(this.table(n.ref, at));
      else if (n.k === "name") this.boxesOf(this.name(n.name, at.sheet), at, out);
    }
    return out;
  }
}

function hasRelativeAddress(formula: string): boolean {
  const bare = formula.replace(/"[^"]*"/g, "").replace(/'[^']*'!/g, "!");
  for (const m of bare.matchAll(/(?<![A-Za-z0-9_.$[\]])(\$?)[A-Za-z]{1,3}(\$?)\d+(?![A-Za-z0-9_(])/g)) if (!m[1] || !m[2]) return true;
  return false;
}
