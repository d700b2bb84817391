/**
 * Marks cells the plan check found at fault with a conditional format: it shows on top of the
 * cell's own look and never changes its value or formatting, and the marker in its formula lets
 * "Clear marks" find exactly the formats the add-in made. Marks are made and removed with the
 * add-in's events off (events.ts).
 */
import { parseRange, rangeAddress } from "../../model/address";
import type { EventPause } from "./events";
import { REQUEST_BUDGET_BYTES, RequestBudget } from "./request-budget";

export const MARK_FORMULA = '=N("M&D Planner check mark")=0';
const MARK_FILL = "#FFC7CE";
const MARK_FONT = "#9C0006";

/** The cells markCells marks: each once, and only addresses naming their sheet. */
export function markableCells(addresses: string[]): string[] {
  return [...new Set(addresses)].filter((a) => Boolean(parseRange(a).sheet));
}

/**
 * Cells at fault grouped into runs of adjacent rows in one column ("Sheet!C7:C12"): one mark
 * (one conditional format) per run. A mark is about 1,800 bytes of request (measured with
 * Microsoft's client), so a check of 10,000 faults in a few columns costs a few hundred rules,
 * not 10,000.
 */
export function markRuns(addresses: string[]): { sheet: string; range: string }[] {
  const byColumn = new Map<string, { sheet: string; col: number; rows: number[] }>();
  for (const address of markableCells(addresses)) {
    const p = parseRange(address);
    const sheet = p.sheet!;
    for (let col = p.col; col < p.col + p.cols; col++) {
      const key = `${sheet.toLowerCase()}\u0000${col}`;
      const entry = byColumn.get(key) ?? { sheet, col, rows: [] };
      for (let row = p.row; row < p.row + p.rows; row++) entry.rows.push(row);
      byColumn.set(key, entry);
    }
  }
  const runs: { sheet: string; range: string }[] = [];
  for (const { sheet, col, rows } of byColumn.values()) {
    const sorted = [...new Set(rows)].sort((a, b) => a - b);
    let start = 0;
    for (let i = 1; i <= sorted.length; i++) {
      if (i < sorted.length && sorted[i] === sorted[i - 1] + 1) continue;
      runs.push({ sheet, range: rangeAddress(sorted[start], col, sorted[i - 1] - sorted[start] + 1, 1) });
      start = i;
    }
  }
  return runs;
}

/** Queues the marks (syncing per request budget); the caller syncs the rest. Returns the cells marked. */
export async function markCells(ctx: Excel.RequestContext, addresses: string[], budget: RequestBudget, events: EventPause): Promise<number> {
  for (const run of markRuns(addresses)) {
    // getItem, getRange, conditionalFormats, add, custom, rule, formula, format, fill, color, font, color
    await budget.spend([run.sheet, run.range, MARK_FORMULA, MARK_FILL, MARK_FONT], 12);
    events.pause();
    const cf = ctx.workbook.worksheets.getItem(run.sheet).getRange(run.range).conditionalFormats.add("Custom");
    cf.custom.rule.formula = MARK_FORMULA;
    cf.custom.format.fill.color = MARK_FILL;
    cf.custom.format.font.color = MARK_FONT;
  }
  return markableCells(addresses).length;
}

export interface Cleared {
  /** Cells the removed marks covered. */
  removed: number;
  /** Protected sheets: Excel refuses any change there, so their marks are neither removed nor made. */
  protectedSheets: string[];
}

/**
 * Five syncs for a few hundred marks: sheets, used ranges and protection, formats, custom
 * formulas, then the deletion of ours; more only when the formulas' loads or the deletions pass
 * the request budget. `last`: the deletion is the batch's last sync, so events come back with
 * it; otherwise the caller's later sync brings them back.
 */
export async function clearMarks(ctx: Excel.RequestContext, events: EventPause, last: boolean, budgetBytes = REQUEST_BUDGET_BYTES): Promise<Cleared> {
  const sheets = ctx.workbook.worksheets.load("items/name");
  await ctx.sync();
  const parts = sheets.items.map((ws) => ({ name: ws.name, used: ws.getUsedRangeOrNullObject(false).load("address"), protection: ws.protection.load("protected") }));
  await ctx.sync();
  const protectedSheets = parts.filter((p) => p.protection.protected).map((p) => p.name);
  const collections = parts.filter((p) => !p.used.isNullObject && !p.protection.protected).map((p) => p.used.conditionalFormats.load("items/type"));
  await ctx.sync();
  const formats = collections.flatMap((c) => c.items.filter((f) => f.type === "Custom"));
  if (!formats.length) return { removed: 0, protectedSheets };
  const reading = new RequestBudget(() => ctx.sync(), budgetBytes);
  const customs: { f: Excel.ConditionalFormat; rule: Excel.ConditionalFormatRule; range: Excel.Range }[] = [];
  for (const f of formats) {
    // the item, custom, rule and its query; getRange and its query
    await reading.spend(undefined, 6);
    customs.push({ f, rule: f.custom.rule.load("formula"), range: f.getRange().load("cellCount") });
  }
  await reading.flush();
  const ours = customs.filter((c) => c.rule.formula === MARK_FORMULA);
  if (ours.length) events.pause();
  const deleting = new RequestBudget(() => ctx.sync(), budgetBytes);
  for (const c of ours) {
    await deleting.spend(undefined, 2);
    c.f.delete();
  }
  if (last) await events.lastSync(() => deleting.flush());
  else await deleting.flush();
  // A mark covers a run of cells: the user is told how many cells were marked, not how many rules.
  return { removed: ours.reduce((n, c) => n + c.range.cellCount, 0), protectedSheets };
}

/** Cells on sheets that can take a mark, and the protected sheets that held some of the cells. */
export function splitByProtection(cells: string[], protectedSheets: string[]): { markable: string[]; skippedSheets: string[] } {
  const locked = new Set(protectedSheets.map((s) => s.toLowerCase()));
  const skipped = new Set<string>();
  const markable = cells.filter((c) => {
    const sheet = parseRange(c).sheet ?? "";
    if (!locked.has(sheet.toLowerCase())) return true;
    skipped.add(sheet);
    return false;
  });
  return { markable, skippedSheets: [...skipped] };
}

export async function selectCell(ctx: Excel.RequestContext, address: string): Promise<void> {
  const p = parseRange(address);
  if (!p.sheet) throw new Error(`The address ${address} names no sheet.`);
  const ws = ctx.workbook.worksheets.getItem(p.sheet);
  ws.activate();
  ws.getRange(address.slice(address.lastIndexOf("!") + 1)).select();
  await ctx.sync();
}
