/**
 * Types rows into tables of a workbook held by the Excel double, through the Excel API, as a
 * user pasting data would: the first (empty) body row is filled, the rest appended in blocks.
 */
import type { ExcelDouble } from "../../src/excel-double";

export type Rows = Record<string, unknown>[];

/**
 * By default every row goes in one request (2,000 rows per rows.add). `rowsPerRequest` sends each
 * block of that many rows in a request of its own, for a double with a small request limit.
 */
export async function fillTables(double: ExcelDouble, data: Record<string, Rows | undefined>, rowsPerRequest?: number): Promise<void> {
  const rowsPerCall = rowsPerRequest ?? 2000;
  await double.run(async (ctx) => {
    const entries = Object.entries(data).filter((e): e is [string, Rows] => Boolean(e[1]?.length));
    const headers = entries.map(([name]) => ctx.workbook.tables.getItem(name).getHeaderRowRange().load("values"));
    await ctx.sync();
    const pending: (() => void)[] = [];
    entries.forEach(([name, rows], i) => {
      const cols = headers[i].values[0] as string[];
      const values = rows.map((r) => cols.map((h) => (r[h] === undefined || r[h] === null ? "" : r[h]) as string));
      const table = ctx.workbook.tables.getItem(name);
      // Computed columns keep their formulas: null leaves a cell as it is.
      const first = values[0].map((v, c) => (rows[0][cols[c]] === undefined ? null : v));
      table.getDataBodyRange().getRow(0).values = [first] as unknown as string[][];
      for (let s = 1; s < values.length; s += rowsPerCall) pending.push(() => table.rows.add(null as unknown as number, values.slice(s, s + rowsPerCall)));
    });
    for (const add of pending) {
      add();
      if (rowsPerRequest !== undefined) await ctx.sync();
    }
    await ctx.sync();
  });
}
