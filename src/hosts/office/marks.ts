/**
 * Marks cells the plan check found at fault with a conditional format: it shows on top of the
 * cell's own look and never changes its value or formatting, and the marker in its formula lets
 * "Clear marks" find exactly the formats the add-in made. Marks are made and removed with the
 * add-in's events off (events.ts).
 */
import { parseRange } from "../../model/address";
import type { EventPause } from "./events";
import { RequestBudget } from "./request-budget";

export const MARK_FORMULA = '=N("M&D Planner check mark")=0';
const MARK_FILL = "#FFC7CE";
const MARK_FONT = "#9C0006";

/** The cells markCells marks: each once, and only addresses naming their sheet. */
export function markableCells(addresses: string[]): string[] {
  return [...new Set(addresses)].filter((a) => Boolean(parseRange(a).sheet));
}

/** Queues the marks (syncing per request budget); the caller syncs the rest. */
export async function markCells(ctx: Excel.RequestContext, addresses: string[], budget: RequestBudget, events: EventPause): Promise<number> {
  const unique = markableCells(addresses);
  for (const address of unique) {
    const p = parseRange(address);
    if (!p.sheet) continue;
    await budget.spend(address);
    events.pause();
    const ws = ctx.workbook.worksheets.getItem(p.sheet);
    const cf = ws.getRange(address.slice(address.lastIndexOf("!") + 1)).conditionalFormats.add("Custom");
    cf.custom.rule.formula = MARK_FORMULA;
    cf.custom.format.fill.color = MARK_FILL;
    cf.custom.format.font.color = MARK_FONT;
  }
  return unique.length;
}

export interface Cleared {
  removed: number;
  /** Protected sheets: Excel refuses any change there, so their marks are neither removed nor made. */
  protectedSheets: string[];
}

/**
 * Five syncs whatever the number of marks: sheets, used ranges and protection, formats, custom
 * formulas, then the deletion of ours. `last`: the deletion is the batch's last sync, so events
 * come back with it; otherwise the caller's later sync brings them back.
 */
export async function clearMarks(ctx: Excel.RequestContext, events: EventPause, last: boolean): Promise<Cleared> {
  const sheets = ctx.workbook.worksheets.load("items/name");
  await ctx.sync();
  const parts = sheets.items.map((ws) => ({ name: ws.name, used: ws.getUsedRangeOrNullObject(false).load("address"), protection: ws.protection.load("protected") }));
  await ctx.sync();
  const protectedSheets = parts.filter((p) => p.protection.protected).map((p) => p.name);
  const collections = parts.filter((p) => !p.used.isNullObject && !p.protection.protected).map((p) => p.used.conditionalFormats.load("items/type"));
  await ctx.sync();
  const customs = collections.flatMap((c) => c.items.filter((f) => f.type === "Custom").map((f) => ({ f, rule: f.custom.rule.load("formula") })));
  if (!customs.length) return { removed: 0, protectedSheets };
  await ctx.sync();
  const ours = customs.filter((c) => c.rule.formula === MARK_FORMULA);
  if (ours.length) events.pause();
  for (const c of ours) c.f.delete();
  if (last) await events.lastSync(() => ctx.sync());
  else await ctx.sync();
  return { removed: ours.length, protectedSheets };
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
