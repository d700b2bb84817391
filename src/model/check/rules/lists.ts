/**
 * Drop-down columns: a value outside the list (pasted, or typed before validation existed)
 * falls out of the formulas that count by it. Status and Yes/No drive the dashboard and other
 * checks (errors); descriptive lists such as Source type only label (warnings). A French or
 * Spanish plan's lists hold its own words: an English value typed there is outside them too,
 * though the rules read it back as English (english-tables.ts marks it).
 */
import { VALUE_LISTS, type ListName } from "../../contract";
import type { ColumnSpec } from "../../spec/types";
import { isBlank, sameText, textOf } from "../cells";
import type { RuleGroup } from "../rule";
import { typedCells } from "../typed-cells";
import { workbookLanguage } from "../english-tables";
import { checkWords } from "../words";

/** Value lists only: ID drop-downs (lstGoalIds...) are checked against their tables in references. */
function listOf(column: ColumnSpec): ListName | undefined {
  const rule = column.validation?.rule;
  return rule?.type === "list" && rule.source in VALUE_LISTS ? (rule.source as ListName) : undefined;
}

function ruleFor(list: ListName): string {
  if (list === "lstStatus") return "status-invalid";
  if (list === "lstYesNo") return "yes-no-invalid";
  return "value-not-in-list";
}

export const listRules: RuleGroup = {
  rules: [
    { id: "status-invalid", severity: "error" },
    { id: "yes-no-invalid", severity: "error" },
    { id: "value-not-in-list", severity: "warning" },
  ],
  run(ctx) {
    const w = ctx.words;
    // What the drop-down offers is in the workbook's language, whatever the findings' language.
    const own = checkWords(workbookLanguage(ctx.data));
    for (const { table, row, column, cell } of typedCells(ctx, (c) => listOf(c) !== undefined)) {
      // Blanks are value-required's business; error values are cell-error's.
      if (isBlank(cell) || cell.kind === "error") continue;
      const list = listOf(column) as ListName;
      const allowed: readonly string[] = VALUE_LISTS[list];
      const english = cell.kind === "text" ? allowed.find((v) => sameText(v, textOf(cell))) : undefined;
      if (english !== undefined && !cell.typedInEnglish) continue;
      const where = { table: table.info.name, row, column: column.header };
      if (english !== undefined) {
        const offered = allowed.map((v) => own.value(v)).join(", ");
        ctx.report(ruleFor(list), where, ctx.t("list-in-english", { row: row.label, column: w.header(column.header), found: w.found(cell), allowed: offered, value: w.quote(own.value(english)) }));
        continue;
      }
      const hint = cell.kind === "boolean" ? ctx.t("list-invalid.boolean", { value: w.value(cell.value ? "Yes" : "No"), found: w.found(cell) }) : ctx.t("list-invalid.pick");
      ctx.report(
        ruleFor(list),
        where,
        ctx.t("list-invalid", { row: row.label, column: w.header(column.header), found: w.found(cell), allowed: allowed.map((v) => w.value(v)).join(", "), hint }),
      );
    }
  },
};
