/**
 * Keeps every request under Excel on the web's 5 MB limit: writes are counted as they are
 * queued, and the batch is synced before one would push the request over the budget. Syncs
 * therefore grow with the number of 4 MB blocks, never with the number of rows.
 */
export const REQUEST_BUDGET_BYTES = 4 * 1024 * 1024;
/** A rough per-command overhead of Office.js's JSON protocol. */
const COMMAND_BYTES = 120;

export function estimateBytes(payload: unknown): number {
  if (payload === undefined) return COMMAND_BYTES;
  return COMMAND_BYTES + JSON.stringify(payload).length;
}

export class RequestBudget {
  private used = 0;
  syncs = 0;

  constructor(
    private readonly sync: () => Promise<void>,
    private readonly budget = REQUEST_BUDGET_BYTES,
  ) {}

  /** Call before queueing a command carrying `payload`. */
  async spend(payload: unknown): Promise<void> {
    const bytes = estimateBytes(payload);
    if (this.used > 0 && this.used + bytes > this.budget) await this.flush();
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
