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

/**
 * Five syncs whatever the number of marks: sheets, used ranges, formats, custom formulas, then
 * the deletion of ours. `last`: the deletion is the batch's last sync, so events come back
 * with it; otherwise the caller's later sync brings them back.
 */
export async function clearMarks(ctx: Excel.RequestContext, events: EventPause, last: boolean): Promise<number> {
  const sheets = ctx.workbook.worksheets.load("items/name");
  await ctx.sync();
  const used = sheets.items.map((ws) => ws.getUsedRangeOrNullObject(false));
  used.forEach((u) => u.load("address"));
  await ctx.sync();
  const collections = used.filter((u) => !u.isNullObject).map((u) => u.conditionalFormats.load("items/type"));
  await ctx.sync();
  const customs = collections.flatMap((c) => c.items.filter((f) => f.type === "Custom").map((f) => ({ f, rule: f.custom.rule.load("formula") })));
  if (!customs.length) return 0;
  await ctx.sync();
  const ours = customs.filter((c) => c.rule.formula === MARK_FORMULA);
  if (ours.length) events.pause();
  for (const c of ours) c.f.delete();
  if (last) await events.lastSync(() => ctx.sync());
  else await ctx.sync();
  return ours.length;
}

export async function selectCell(ctx: Excel.RequestContext, address: string): Promise<void> {
  const p = parseRange(address);
  if (!p.sheet) throw new Error(`The address ${address} names no sheet.`);
  const ws = ctx.workbook.worksheets.getItem(p.sheet);
  ws.activate();
  ws.getRange(address.slice(address.lastIndexOf("!") + 1)).select();
  await ctx.sync();
}
