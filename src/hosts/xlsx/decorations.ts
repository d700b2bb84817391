/** Data validation and conditional formats on a table column's body, in exceljs terms. */
import type { Worksheet } from "exceljs";
import type { ColumnSpec, ConditionalFormatSpec } from "../../model/spec/types";
import { parseRange, cellAddress } from "../../model/address";
import { argb } from "./styles";

type DataValidationModel = Record<string, unknown>;

function validationFor(c: ColumnSpec): DataValidationModel | undefined {
  const v = c.validation;
  if (!v) return undefined;
  const base = { allowBlank: true, showInputMessage: true, promptTitle: c.header, prompt: v.prompt, showErrorMessage: true, errorStyle: v.style ?? "stop", errorTitle: c.header, error: v.error };
  switch (v.rule.type) {
    case "list":
      return { ...base, type: "list", formulae: [v.rule.source] };
    case "whole":
      return { ...base, type: "whole", operator: "between", formulae: [v.rule.min, v.rule.max] };
    case "decimal":
      return v.rule.max === undefined
        ? { ...base, type: "decimal", operator: "greaterThanOrEqual", formulae: [v.rule.min] }
        : { ...base, type: "decimal", operator: "between", formulae: [v.rule.min, v.rule.max] };
    case "date":
      return { ...base, type: "date", operator: "greaterThan", formulae: [new Date(Date.UTC(1950, 0, 1))] };
  }
}

/** Replaces any rule on the column's body cells with ours (one rule per cell, as in Excel). */
export function applyValidation(ws: Worksheet, address: string, c: ColumnSpec): void {
  const rule = validationFor(c);
  if (!rule) return;
  const box = parseRange(address);
  const model = (ws as unknown as { dataValidations: { model: Record<string, unknown> } }).dataValidations.model;
  for (const key of Object.keys(model)) {
    const k = parseRange(key.includes(":") ? key.split(":")[0] : key);
    if (k.col === box.col && k.row >= box.row && k.row < box.row + box.rows) delete model[key];
  }
  model[address] = rule;
}

function ruleFor(cf: ConditionalFormatSpec, priority: number): Record<string, unknown> {
  const style = (fill: string, font: string) => ({ fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(fill) } }, font: { color: { argb: argb(font) } } });
  switch (cf.kind) {
    case "equals":
      return { type: "cellIs", operator: "equal", formulae: [`"${cf.text}"`], style: style(cf.fill, cf.font), priority };
    case "greaterThan":
      return { type: "cellIs", operator: "greaterThan", formulae: [String(cf.value)], style: style(cf.fill, cf.font), priority };
    case "compare":
      return { type: "cellIs", operator: cf.operator, formulae: cf.formula2 ? [cf.formula1, cf.formula2] : [cf.formula1], style: style(cf.fill, cf.font), priority };
    case "colorScale":
      return {
        type: "colorScale",
        cfvo: [{ type: "num", value: 0 }, { type: "num", value: 4 }],
        color: [{ argb: argb(cf.minColor) }, { argb: argb(cf.maxColor) }],
        priority,
      };
  }
}

/** Our formats on a column replace earlier ones starting at the same top cell (set-up re-runs). */
export function applyConditionalFormats(ws: Worksheet, address: string, c: ColumnSpec): void {
  if (!c.conditionalFormats?.length) return;
  const box = parseRange(address);
  const top = cellAddress(box.row, box.col);
  // exceljs keeps the formats for which the filter returns true.
  ws.removeConditionalFormatting(((cf: { ref: string }) => cf.ref.split(":")[0].replace(/\$/g, "") !== top) as never);
  ws.addConditionalFormatting({ ref: address, rules: c.conditionalFormats.map((cf, i) => ruleFor(cf, i + 1)) as never });
}
