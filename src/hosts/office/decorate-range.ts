/** Data validation and conditional formats, in Office.js terms, for one table column's body. */
import type { ColumnSpec, ConditionalFormatSpec } from "../../model/spec/types";

export function validationRule(c: ColumnSpec): Excel.DataValidationRule | undefined {
  const rule = c.validation?.rule;
  if (!rule) return undefined;
  switch (rule.type) {
    case "list":
      return { list: { inCellDropDown: true, source: `=${rule.source}` } };
    case "whole":
      return { wholeNumber: { formula1: rule.min, formula2: rule.max, operator: "Between" } };
    case "decimal":
      return rule.max === undefined
        ? { decimal: { formula1: rule.min, operator: "GreaterThanOrEqualTo" } }
        : { decimal: { formula1: rule.min, formula2: rule.max, operator: "Between" } };
    case "date":
      return { date: { formula1: "1950-01-01", operator: "GreaterThan" } };
  }
}

export function applyValidation(range: Excel.Range, c: ColumnSpec): void {
  const rule = validationRule(c);
  if (!rule || !c.validation) return;
  // One rule per cell: a rule over cells that already have one is refused, so clear first.
  range.dataValidation.clear();
  range.dataValidation.rule = rule;
  range.dataValidation.prompt = { showPrompt: true, title: c.header.slice(0, 32), message: c.validation.prompt };
  range.dataValidation.errorAlert = { showAlert: true, style: c.validation.style === "information" ? "Information" : "Stop", title: c.header.slice(0, 32), message: c.validation.error };
}

function addOne(range: Excel.Range, cf: ConditionalFormatSpec): void {
  if (cf.kind === "colorScale") {
    const f = range.conditionalFormats.add("ColorScale");
    f.colorScale.criteria = {
      minimum: { formula: "0", type: "Number", color: cf.minColor },
      maximum: { formula: "4", type: "Number", color: cf.maxColor },
    };
    return;
  }
  const f = range.conditionalFormats.add("CellValue");
  f.cellValue.format.fill.color = cf.fill;
  f.cellValue.format.font.color = cf.font;
  f.cellValue.rule = cellValueRule(cf);
}

const OPERATORS = { greaterThanOrEqual: "GreaterThanOrEqual", lessThan: "LessThan", between: "Between" } as const;

function cellValueRule(cf: Exclude<ConditionalFormatSpec, { kind: "colorScale" }>): Excel.ConditionalCellValueRule {
  switch (cf.kind) {
    case "equals":
      return { formula1: `="${cf.text}"`, operator: "EqualTo" };
    case "greaterThan":
      return { formula1: String(cf.value), operator: "GreaterThan" };
    case "compare":
      return { formula1: `=${cf.formula1}`, ...(cf.formula2 ? { formula2: `=${cf.formula2}` } : {}), operator: OPERATORS[cf.operator] };
  }
}

/** The column's formats are ours: replace them rather than pile up a copy on each run. */
export function applyConditionalFormats(range: Excel.Range, c: ColumnSpec): void {
  if (!c.conditionalFormats?.length) return;
  range.conditionalFormats.clearAll();
  for (const cf of c.conditionalFormats) addOne(range, cf);
}
