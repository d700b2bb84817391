/**
 * Keeps every request under Excel on the web's 5 MB limit: writes are counted as they are
 * queued, and the batch is synced before one would push the request over the budget. Syncs
 * therefore grow with the number of 4 MB blocks, never with the number of rows.
 *
 * The estimate follows what Microsoft's office.js client really serialises (measured with the
 * web runtime, excel-web-16.00.js): each API call the add-in makes (a getRange, a property set,
 * a method) costs an object path, an Instantiate action and the action itself, about 150 to 250
 * bytes of JSON besides its arguments; `ws.getRange("B7").values = [["x"]]` alone is about 600.
 * test/hosts/office/request-budget.test.ts runs set-up, refresh and check through the real
 * client under a small limit and fails when an estimate is low.
 */
export const REQUEST_BUDGET_BYTES = 4 * 1024 * 1024;
/** What one API call adds to the request besides its arguments (measured: 150 to 250 bytes). */
export const CALL_BYTES = 250;
/**
 * office.js splits a write of more than 1,500 cells into blocks of rows, each addressed by
 * getRow, getRow and getBoundingRect before its own set (excel-web-16.00.debug.js, Range values
 * setter): four calls per 1,500 cells.
 */
const CLIENT_CHUNK_CELLS = 1500;

/** API calls office.js makes for writing a 2-D block: the set, plus its own splitting. */
export function gridCalls(rows: readonly unknown[][]): number {
  const cells = rows.length * (rows[0]?.length ?? 0);
  return 1 + (cells > CLIENT_CHUNK_CELLS ? 1 + 4 * Math.ceil(cells / CLIENT_CHUNK_CELLS) : 0);
}

export function estimateBytes(payload: unknown, calls = 1): number {
  const json = payload === undefined ? 0 : JSON.stringify(payload).length;
  return calls * CALL_BYTES + json;
}

export class RequestBudget {
  private used = 0;
  syncs = 0;

  constructor(
    private readonly sync: () => Promise<void>,
    readonly limit = REQUEST_BUDGET_BYTES,
  ) {}

  /** Call before queueing `calls` API calls that carry `payload` between them. */
  async spend(payload: unknown, calls = 1): Promise<void> {
    const bytes = estimateBytes(payload, calls);
    if (this.used > 0 && this.used + bytes > this.limit) await this.flush();
    this.used += bytes;
  }

  async flush(): Promise<void> {
    await this.sync();
    this.syncs++;
    this.used = 0;
  }

  get pending(): boolean {
    return this.used > 0;
  }

  /** The size of one block of rows written in one call: half the budget. */
  get blockBytes(): number {
    return this.limit / 2;
  }
}

/** Splits rows into blocks whose JSON stays under the budget (a block holds at least one row). */
export function rowBlocks<T>(rows: T[][], budget = REQUEST_BUDGET_BYTES / 2): { start: number; rows: T[][] }[] {
  const blocks: { start: number; rows: T[][] }[] = [];
  let start = 0;
  let size = 0;
  let current: T[][] = [];
  rows.forEach((row, i) => {
    const bytes = JSON.stringify(row).length + 1;
    if (current.length && size + bytes > budget) {
      blocks.push({ start, rows: current });
      start = i;
      size = 0;
      current = [];
    }
    current.push(row);
    size += bytes;
  });
  if (current.length || !blocks.length) blocks.push({ start, rows: current });
  return blocks;
}
