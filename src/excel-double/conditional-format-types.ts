/** The type-specific parts of a conditional format whose rule is a plain object. */
import type { Api } from "./api-types";
import { type FormatTarget, formatEntry, writableEntry } from "./conditional-format-entry";
import { ConditionalRangeFormatDouble } from "./conditional-range-format";
import { excelError } from "./errors";
import { ProxyBase } from "./proxy";
import { normalizeColor } from "./range-format";
import type { ConditionalFormatState } from "./state";

declare module "./api-types" {
  interface Doubles {
    CellValueConditionalFormat: [Excel.CellValueConditionalFormat, CellValueConditionalFormatDouble];
    ColorScaleConditionalFormat: [Excel.ColorScaleConditionalFormat, ColorScaleConditionalFormatDouble];
    TextConditionalFormat: [Excel.TextConditionalFormat, TextConditionalFormatDouble];
  }
}

const CELL_OPERATORS = ["Between", "NotBetween", "EqualTo", "NotEqualTo", "GreaterThan", "LessThan", "GreaterThanOrEqual", "LessThanOrEqual"];
const TEXT_OPERATORS = ["Contains", "NotContains", "BeginsWith", "EndsWith"];
const CRITERION_TYPES = ["LowestValue", "HighestValue", "Number", "Percent", "Formula", "Percentile"];

const nonEmpty = (v: unknown): v is string => typeof v === "string" && v.trim() !== "";

/** A part with a `format` sub-object and a plain-object property stored on the format entry. */
abstract class RulePart<R> extends ProxyBase<FormatTarget> {
  private formatProxy?: ConditionalRangeFormatDouble;

  get format(): ConditionalRangeFormatDouble {
    return (this.formatProxy ??= new ConditionalRangeFormatDouble(this.session, this.derived((t) => t)));
  }

  protected override navigation(name: string): ProxyBase<unknown> | undefined {
    return name === "format" ? this.format : undefined;
  }

  protected store(property: string, value: R, apply: (cf: ConditionalFormatState, location: string) => void): void {
    this.write(property, value, (target, location) => {
      if (typeof value !== "object" || value === null) throw excelError("InvalidArgument", `${property} must be an object.`, location);
      apply(writableEntry(this.session.state, target, location), location);
    });
  }

  protected entry(target: FormatTarget, property: string): ConditionalFormatState {
    return formatEntry(this.session.state, target, `${this.typeName}.${property}`).cf;
  }
}

type CellValueRule = Excel.ConditionalCellValueRule;

export class CellValueConditionalFormatDouble extends RulePart<CellValueRule> implements Api<Excel.CellValueConditionalFormat, "format" | "rule" | "load"> {
  readonly typeName = "CellValueConditionalFormat";
  protected readonly scalarProperties = ["rule"];

  get rule(): CellValueRule { return this.read("rule"); }
  set rule(v: CellValueRule) {
    this.store("rule", v, (cf, location) => {
      if (!CELL_OPERATORS.includes(v.operator)) throw excelError("InvalidArgument", `Unknown operator '${v.operator}'.`, location);
      if (!nonEmpty(v.formula1)) throw excelError("InvalidArgument", "formula1 is required.", location);
      const two = v.operator === "Between" || v.operator === "NotBetween";
      if (two && !nonEmpty(v.formula2)) throw excelError("InvalidArgument", `${v.operator} needs formula2.`, location);
      cf.rule = { formula1: v.formula1, operator: v.operator, ...(two ? { formula2: v.formula2 } : {}) };
    });
  }

  protected fetch(_property: string, target: FormatTarget): unknown {
    const { formula1 = "", formula2, operator = "Invalid" } = this.entry(target, "rule").rule;
    return formula2 === undefined ? { formula1, operator } : { formula1, formula2, operator };
  }
}

type TextRule = Excel.ConditionalTextComparisonRule;

export class TextConditionalFormatDouble extends RulePart<TextRule> implements Api<Excel.TextConditionalFormat, "format" | "rule" | "load"> {
  readonly typeName = "TextConditionalFormat";
  protected readonly scalarProperties = ["rule"];

  get rule(): TextRule { return this.read("rule"); }
  set rule(v: TextRule) {
    this.store("rule", v, (cf, location) => {
      if (!TEXT_OPERATORS.includes(v.operator)) throw excelError("InvalidArgument", `Unknown operator '${v.operator}'.`, location);
      if (typeof v.text !== "string") throw excelError("InvalidArgument", "text must be a string.", location);
      cf.rule = { operator: v.operator, text: v.text };
    });
  }

  protected fetch(_property: string, target: FormatTarget): unknown {
    const { operator = "Invalid", text = "" } = this.entry(target, "rule").rule;
    return { operator, text };
  }
}

type Criteria = Excel.ConditionalColorScaleCriteria;
type Criterion = Excel.ConditionalColorScaleCriterion;

export class ColorScaleConditionalFormatDouble extends ProxyBase<FormatTarget>
  implements Api<Excel.ColorScaleConditionalFormat, "criteria" | "load"> {
  readonly typeName = "ColorScaleConditionalFormat";
  protected readonly scalarProperties = ["criteria"];

  get criteria(): Criteria { return this.read("criteria"); }
  set criteria(v: Criteria) {
    this.write("criteria", v, (target, location) => {
      const cf = writableEntry(this.session.state, target, location);
      if (typeof v !== "object" || v === null || !v.minimum || !v.maximum) {
        throw excelError("InvalidArgument", "criteria needs a minimum and a maximum.", location);
      }
      const check = (c: Criterion): { type: string; formula?: string; color?: string } => {
        if (!CRITERION_TYPES.includes(c.type)) throw excelError("InvalidArgument", `Unknown criterion type '${c.type}'.`, location);
        if (c.type !== "LowestValue" && c.type !== "HighestValue" && !nonEmpty(c.formula)) {
          throw excelError("InvalidArgument", `A ${c.type} criterion needs a formula.`, location);
        }
        return { type: c.type, ...(c.formula !== undefined ? { formula: c.formula } : {}), ...(c.color !== undefined ? { color: normalizeColor(c.color, location) } : {}) };
      };
      cf.criteria = { minimum: check(v.minimum), maximum: check(v.maximum), ...(v.midpoint ? { midpoint: check(v.midpoint) } : {}) };
    });
  }

  protected fetch(_property: string, target: FormatTarget): unknown {
    const criteria = formatEntry(this.session.state, target, "ColorScaleConditionalFormat.criteria").cf.criteria;
    return criteria ? structuredClone(criteria) : null;
  }
}
