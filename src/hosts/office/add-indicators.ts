/**
 * Adds indicators picked from the catalogue to tblIndicators: next free IDs, the official code
 * and name written as text (never read as a formula), the name's source beside it, and the
 * table's calculated columns carried into the new rows. Three syncs (look-up, read, write), the
 * write with the add-in's events off.
 */
import type { CatalogIndicator } from "../../model/catalog/catalog";
import { buildWorkbookSpec, tablesOf } from "../../model/workbook";
import { DEFAULT_SETTINGS, LANGUAGE_NAME } from "../../model/settings";
import type { ColumnSpec } from "../../model/spec/types";
import { DEFAULT_LANGUAGE, type Language } from "../../model/i18n/language";
import { toEnglish, toLanguage } from "../../model/i18n/workbook/terms";
import type { SetupWords } from "../../model/layout/setup-words";
import { snapshotLanguage } from "../../model/layout/snapshot";
import { asTypedValue } from "./cell-text";
import type { EventPause } from "./events";
import { PlannerError } from "../../service/planner-service";
import { loadConstantName } from "./read-snapshot";

/** tblIndicators' columns as a workbook in `language` has them: its headers, its formulas. */
const indicatorColumns = new Map<Language, ColumnSpec[]>();
function indicatorColumnsIn(language: Language): ColumnSpec[] {
  let columns = indicatorColumns.get(language);
  if (!columns) {
    columns = tablesOf(buildWorkbookSpec({ ...DEFAULT_SETTINGS, language })).find((t) => t.placed.table.name === "tblIndicators")!.placed.table.columns;
    indicatorColumns.set(language, columns);
  }
  return columns;
}

export function nextIds(existing: string[], count: number): string[] {
  const taken = new Set(existing.map((e) => e.trim().toLowerCase()));
  let n = Math.max(0, ...existing.map((e) => Number(/^I(\d+)$/i.exec(e.trim())?.[1] ?? 0)));
  const out: string[] = [];
  while (out.length < count) {
    n++;
    if (!taken.has(`i${n}`)) out.push(`I${n}`);
  }
  return out;
}

export async function addIndicators(ctx: Excel.RequestContext, items: CatalogIndicator[], events: EventPause, { t }: SetupWords): Promise<string[]> {
  const table = ctx.workbook.tables.getItemOrNullObject("tblIndicators");
  const planLanguage = loadConstantName(ctx, LANGUAGE_NAME);
  await ctx.sync();
  // The workbook's own headers and formulas: a French plan's "ID indicateur", not "Indicator ID".
  const language = snapshotLanguage({ sheets: [], tables: [], names: [], language: planLanguage.value() }) ?? DEFAULT_LANGUAGE;
  const columns = indicatorColumnsIn(language);
  const english = toEnglish(language);
  // Named as the workbook's caption names the table, in the workbook's language.
  const caption = toLanguage(language)("captions", "Indicators");
  if (table.isNullObject) throw new PlannerError(t("indicators.noTable", { caption }), "ItemNotFound");
  const header = table.getHeaderRowRange().load("values");
  const body = table.getDataBodyRange().load("values,formulas");
  await ctx.sync();
  const headers = (header.values[0] as unknown[]).map(String);
  const inEnglish = (h: string) => english("headers", h.trim()).toLowerCase();
  const at = (h: string) => headers.findIndex((x) => inEnglish(x) === h.toLowerCase());
  const idCol = at("Indicator ID");
  if (idCol < 0) throw new PlannerError(t("indicators.noIdColumn", { caption, column: toLanguage(language)("headers", "Indicator ID") }), "InvalidArgument");
  const ids = nextIds(body.values.map((r) => String(r[idCol] ?? "")), items.length);
  const formulaOf = (h: string) => columns.find((c) => c.header.toLowerCase() === h.trim().toLowerCase())?.formula;
  const rows = items.map((item, i) =>
    headers.map((h) => {
      const formula = formulaOf(h);
      if (formula) return formula;
      const v = ({ "indicator id": ids[i], indicator: item.name, code: item.code, "name source": item.source } as Record<string, string>)[inEnglish(h)];
      return v === undefined ? "" : asTypedValue(v);
    }),
  );
  // A new table's only body row is empty: fill it rather than leave a blank row above the new ones.
  const typed = headers.map((h, c) => (formulaOf(h) ? null : c)).filter((c): c is number => c !== null);
  const onlyBlank = body.values.length === 1 && typed.every((c) => body.values[0][c] === "");
  events.pause();
  if (onlyBlank) {
    body.getRow(0).formulas = [rows[0]] as unknown as string[][];
    if (rows.length > 1) table.rows.add(null as unknown as number, rows.slice(1) as unknown as string[][]);
  } else {
    table.rows.add(null as unknown as number, rows as unknown as string[][]);
  }
  await events.lastSync(() => ctx.sync());
  return ids;
}
