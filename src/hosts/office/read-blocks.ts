/**
 * Reads table bodies in blocks whose responses stay under Excel on the web's 5 MB limit, sized by
 * bytes, not by cells: a plan of short codes and numbers and a plan of long notes differ tenfold
 * per cell. The first block assumes a modest size per cell; each later one is sized by the
 * largest bytes per cell seen so far, and a block Excel still refuses as too large
 * (ResponsePayloadSizeLimitExceeded) is read again in halves. Syncs grow with the bytes read,
 * never with the number of rows.
 */
import { box } from "./range-box";

/** What one response may carry: below the 5 MB limit, leaving room for the envelope. */
export const RESPONSE_BUDGET_BYTES = 4 * 1024 * 1024;
/** First guess of a cell's share of a response (values and, when read, their types). */
const FIRST_GUESS_BYTES_PER_CELL = 40;

export interface BlockSource {
  sheet: string;
  /** First body row and column, zero-based. */
  row: number;
  col: number;
  rowCount: number;
  cols: number;
}

export interface BlockRows {
  values: unknown[][];
  valueTypes?: string[][];
}

interface Piece {
  source: number;
  start: number;
  count: number;
}

function isTooLarge(e: unknown): boolean {
  return (e as { code?: string } | null)?.code === "ResponsePayloadSizeLimitExceeded";
}

/** Reads every source's rows; returns them per source, in order, and the syncs taken. */
export async function readBlocks(ctx: Excel.RequestContext, sources: BlockSource[], withTypes: boolean, budget = RESPONSE_BUDGET_BYTES): Promise<{ rows: BlockRows[]; syncs: number }> {
  const rows: BlockRows[] = sources.map(() => ({ values: [], ...(withTypes ? { valueTypes: [] } : {}) }));
  const parts: { source: number; start: number; values: unknown[][]; types?: string[][] }[] = [];
  let bytesPerCell = FIRST_GUESS_BYTES_PER_CELL;
  let syncs = 0;
  // Every source's rows as one queue of pieces, cut so no piece is wider than the budget allows.
  const queue: Piece[] = sources.flatMap((s, source) => (s.rowCount > 0 ? [{ source, start: 0, count: s.rowCount }] : []));
  while (queue.length) {
    const batch: Piece[] = [];
    let cells = 0;
    const room = Math.max(1, Math.floor(budget / bytesPerCell));
    while (queue.length) {
      const piece = queue[0];
      const cols = Math.max(1, sources[piece.source].cols);
      if (batch.length && room - cells < cols) break;
      const take = Math.min(piece.count, Math.max(1, Math.floor((room - cells) / cols)));
      batch.push({ ...piece, count: take });
      cells += take * cols;
      if (take < piece.count) {
        queue[0] = { ...piece, start: piece.start + take, count: piece.count - take };
        break;
      }
      queue.shift();
    }
    const reads = batch.map((p) => {
      const s = sources[p.source];
      const range = ctx.workbook.worksheets.getItem(s.sheet).getRange(box(s.row + p.start, s.col, p.count, Math.max(1, s.cols)));
      return { piece: p, range: range.load(withTypes ? "values,valueTypes" : "values") };
    });
    try {
      await ctx.sync();
      syncs++;
    } catch (e) {
      syncs++;
      if (!isTooLarge(e)) throw e;
      if (batch.length === 1 && batch[0].count === 1) throw e; // one row too large for any response
      // Read again, in batches half as large.
      queue.unshift(...batch);
      bytesPerCell = Math.max(bytesPerCell, Math.ceil(budget / cells)) * 2;
      continue;
    }
    let bytes = 0;
    for (const r of reads) {
      const values = r.range.values;
      const types = withTypes ? (r.range.valueTypes as unknown as string[][]) : undefined;
      bytes += JSON.stringify(values).length + (types ? JSON.stringify(types).length : 0);
      parts.push({ source: r.piece.source, start: r.piece.start, values, types });
    }
    if (cells > 0) bytesPerCell = Math.max(bytesPerCell, Math.ceil((1.25 * bytes) / cells));
  }
  parts.sort((a, b) => a.source - b.source || a.start - b.start);
  for (const p of parts) {
    rows[p.source].values.push(...p.values);
    if (p.types) rows[p.source].valueTypes!.push(...p.types);
  }
  return { rows, syncs };
}
