/** Which tables a table's formulas read: they must exist before those formulas are written. */
import type { TableSpec, WorkbookSpec } from "../spec/types";

export function tablesReferenced(table: TableSpec): string[] {
  const found = new Set<string>();
  for (const column of table.columns) {
    for (const m of (column.formula ?? "").matchAll(/\b(tbl[A-Za-z]+)\[/g)) {
      if (m[1] !== table.name) found.add(m[1]);
    }
  }
  return [...found];
}

/** Sheet names needed by the given sheets, following formula references transitively. */
export function sheetsNeeded(spec: WorkbookSpec, sheetNames: string[]): Set<string> {
  const sheetOfTable = new Map<string, string>();
  for (const sheet of spec.sheets) for (const t of sheet.tables) sheetOfTable.set(t.table.name, sheet.name);
  const needed = new Set(sheetNames);
  const queue = [...sheetNames];
  while (queue.length) {
    const next = queue.shift();
    const sheet = spec.sheets.find((s) => s.name === next);
    for (const placed of sheet?.tables ?? []) {
      for (const ref of tablesReferenced(placed.table)) {
        const other = sheetOfTable.get(ref);
        if (other && !needed.has(other)) {
          needed.add(other);
          queue.push(other);
        }
      }
    }
  }
  return needed;
}
