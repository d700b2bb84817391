/**
 * Stage 6 values as M&E officers report them: one row per indicator, period and
 * disaggregation. Latest value adds up the total rows of the latest period, so an unknown
 * indicator is never counted, a malformed period is never the latest, and a second total row
 * for the same period is added to the first (contract: the check flags it).
 */
import { isoDate } from "../../dates";
import { idKey, isBlank, readDate, sameText, textOf } from "../cells";
import type { CheckRow } from "../context";
import type { ReadCell } from "../plan-tables";
import type { RuleGroup } from "../rule";

/**
 * The period's key as the workbook's Period key formula computes it: year × 100 + the last month
 * the period covers. 2027, 2027-S2, 2027-Q4 and 2027-12 share a key, so they count as one period.
 */
export function periodKey(cell: ReadCell | undefined): number | undefined {
  if (!cell || cell.kind === "error" || cell.kind === "boolean") return undefined;
  const p = textOf(cell).toUpperCase();
  const m = /^(\d{4})(?:-(?:S([12])|Q([1-4])|(0[1-9]|1[0-2])))?$/.exec(p);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (year < 1950 || year > 2100) return undefined;
  const month = m[2] ? Number(m[2]) * 6 : m[3] ? Number(m[3]) * 3 : m[4] ? Number(m[4]) : 12;
  return year * 100 + month;
}

const isTotal = (row: CheckRow, column: string) => isBlank(row.cell(column)) || sameText(row.text(column), "Total");

export const indicatorValueRules: RuleGroup = {
  rules: [
    { id: "values-indicator-unknown", severity: "error" },
    { id: "values-period-invalid", severity: "error" },
    { id: "values-total-duplicate", severity: "error" },
  ],
  run(ctx) {
    const values = ctx.table("tblIndicatorValues", "Indicator ID");
    if (!values) return;
    const indicators = ctx.index("tblIndicators", "Indicator ID");
    const known = indicators ? [...indicators.values()].map((i) => i.id) : [];
    const hasPeriod = values.has("Period");
    const totals = new Map<string, CheckRow>();
    const w = ctx.words;
    const blank = ctx.t("found.blank");
    for (const row of values.rows) {
      const id = row.text("Indicator ID");
      const idCell = row.cell("Indicator ID");
      const period = row.text("Period");
      const label = ctx.t("values.row", { table: w.table("tblIndicatorValues"), number: String(row.number), id: id || blank, period: period || blank });
      if (indicators && id && idCell?.kind !== "error" && !indicators.has(idKey(id))) {
        ctx.report(
          "values-indicator-unknown",
          { table: "tblIndicatorValues", row, column: "Indicator ID" },
          ctx.t("values-indicator-unknown", { row: label, column: w.header("Indicator ID"), id, list: w.list(known), table: w.table("tblIndicators") }),
        );
      }
      if (!hasPeriod) continue;
      const cell = row.cell("Period");
      if (isBlank(cell) || cell?.kind === "error") continue; // value-required / cell-error
      const key = periodKey(cell);
      if (key === undefined) {
        // A period typed as 2027-03 into a cell without the text format becomes a date.
        const d = readDate(cell);
        const asDate = cell?.kind === "number" && d.status === "date" ? ctx.t("values-period-invalid.asDate", { date: isoDate(d.serial), month: isoDate(d.serial).slice(0, 7) }) : "";
        ctx.report(
          "values-period-invalid",
          { table: "tblIndicatorValues", row, column: "Period" },
          ctx.t("values-period-invalid", { row: label, column: w.header("Period"), found: w.found(cell), asDate }),
        );
        continue;
      }
      if (!id || !isTotal(row, "Sex") || !isTotal(row, "Age group")) continue;
      const k = `${idKey(id)}|${key}`;
      const first = totals.get(k);
      if (!first) {
        totals.set(k, row);
        continue;
      }
      const same = sameText(first.text("Period"), row.text("Period")) ? "" : ctx.t("values-total-duplicate.same", { first: first.text("Period"), second: row.text("Period") });
      ctx.report(
        "values-total-duplicate",
        { table: "tblIndicatorValues", row, column: "Period" },
        ctx.t("values-total-duplicate", {
          row: label,
          id,
          period: row.text("Period"),
          same,
          first: String(first.number),
          cell: w.cell(String(first.cell("Period")?.address)),
          sex: w.header("Sex"),
          age: w.header("Age group"),
          total: w.value("Total"),
          latest: w.header("Latest value"),
        }),
      );
    }
  },
};
