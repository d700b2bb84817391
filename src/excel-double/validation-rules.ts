/**
 * Data-validation rules as plain data: checking a rule as Excel would when it is set, and judging
 * one cell against it for DataValidation.valid.
 */
import { qualifiedAddress } from "./address";
import { readGrid } from "./cells";
import { excelError } from "./errors";
import { ProxyBase } from "./proxy";
import type { RangeTarget } from "./range-target";
import { assertFormulaResolves } from "./formula-names";
import { isStructuredReference, refersToMissingSheet, resolveReference } from "./references";
import { sheetById } from "./sheet-ops";
import { type CellData, type ValidationRuleState, type WorkbookState, findName } from "./state";

const OPERATORS = ["Between", "NotBetween", "EqualTo", "NotEqualTo", "GreaterThan", "LessThan", "GreaterThanOrEqualTo", "LessThanOrEqualTo"];
const KINDS = ["list", "wholeNumber", "decimal", "textLength", "date", "time", "custom"] as const;
/** Excel's limit for a typed-in list ("a,b,c"). */
const LIST_LITERAL_LIMIT = 255;

export const RULE_TYPES: Record<(typeof KINDS)[number], string> = {
  list: "List", wholeNumber: "WholeNumber", decimal: "Decimal", textLength: "TextLength", date: "Date", time: "Time", custom: "Custom",
};

/** A Range argument (list source, formula1...) becomes an absolute reference formula. */
function asFormula(state: WorkbookState, value: unknown, location: string): unknown {
  if (!(value instanceof ProxyBase)) return value instanceof Date ? value.toISOString().slice(0, 10) : value;
  const target = (value as ProxyBase<RangeTarget>).target(location);
  return `=${qualifiedAddress(sheetById(state, target.sheetId, location).name, target.rect, true)}`;
}

function checkListSource(state: WorkbookState, source: unknown, location: string): string {
  if (typeof source !== "string" || source.trim() === "") throw excelError("InvalidArgument", "A list needs a source.", location);
  if (!source.startsWith("=")) {
    if (source.length > LIST_LITERAL_LIMIT) throw excelError("InvalidArgument", "A typed-in list is limited to 255 characters.", location);
    return source;
  }
  const body = source.slice(1).trim();
  // Excel does not reliably accept a table reference as a list source (use a defined name): refuse it.
  if (isStructuredReference(body)) throw excelError("InvalidArgument", `A structured reference (${body}) cannot be a list source here; refer to a defined name.`, location);
  if (refersToMissingSheet(state, body)) throw excelError("InvalidArgument", `The list source ${source} refers to a missing sheet.`, location);
  if (/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(body) && !findName(state, body)) {
    throw excelError("InvalidArgument", `The list source refers to an unknown name '${body}'.`, location);
  }
  return source;
}

/** Checks the rule the way Excel does when it is set, and returns its plain form. */
export function normalizeRule(state: WorkbookState, rule: unknown, location: string): ValidationRuleState {
  if (typeof rule !== "object" || rule === null) throw excelError("InvalidArgument", "A rule must be an object.", location);
  const given = KINDS.filter((k) => (rule as Record<string, unknown>)[k] !== undefined && (rule as Record<string, unknown>)[k] !== null);
  if (given.length !== 1) throw excelError("InvalidArgument", "A data-validation rule has exactly one type.", location);
  const kind = given[0];
  const spec = (rule as Record<string, Record<string, unknown>>)[kind];
  if (kind === "list") {
    return { list: { inCellDropDown: spec.inCellDropDown !== false, source: checkListSource(state, asFormula(state, spec.source, location), location) } };
  }
  if (kind === "custom") {
    if (typeof spec.formula !== "string" || spec.formula.trim() === "") throw excelError("InvalidArgument", "A custom rule needs a formula.", location);
    assertFormulaResolves(state, spec.formula, location, true);
    return { custom: { formula: spec.formula } };
  }
  const operator = spec.operator;
  if (typeof operator !== "string" || !OPERATORS.includes(operator)) throw excelError("InvalidArgument", `Unknown operator '${String(operator)}'.`, location);
  const formula1 = asFormula(state, spec.formula1, location);
  const formula2 = asFormula(state, spec.formula2, location);
  const usable = (f: unknown): boolean => (typeof f === "number" && Number.isFinite(f)) || (typeof f === "string" && f.trim() !== "");
  if (!usable(formula1)) throw excelError("InvalidArgument", "formula1 is required.", location);
  for (const f of [formula1, formula2]) if (typeof f === "string" && f.startsWith("=")) assertFormulaResolves(state, f, location, true);
  const needsTwo = operator === "Between" || operator === "NotBetween";
  if (needsTwo && !usable(formula2)) throw excelError("InvalidArgument", `${operator} needs formula2.`, location);
  const body = { formula1: formula1 as string | number, operator, ...(needsTwo ? { formula2: formula2 as string | number } : {}) };
  if (kind === "date" || kind === "time") {
    return { [kind]: { ...body, formula1: String(body.formula1), ...(needsTwo ? { formula2: String(formula2) } : {}) } };
  }
  return { [kind]: body };
}

export function ruleType(rule: ValidationRuleState): string {
  const kind = KINDS.find((k) => rule[k] !== undefined);
  return kind ? RULE_TYPES[kind] : "None";
}

function numeric(f: unknown): number | undefined {
  if (typeof f === "number") return f;
  if (typeof f === "string" && /^=?\s*[+-]?(\d+\.?\d*|\.\d+)\s*$/.test(f)) return Number(f.replace("=", ""));
  return undefined;
}

function compare(x: number, operator: string, a: number, b: number | undefined): boolean {
  switch (operator) {
    case "Between": return x >= a && x <= (b ?? a);
    case "NotBetween": return x < a || x > (b ?? a);
    case "EqualTo": return x === a;
    case "NotEqualTo": return x !== a;
    case "GreaterThan": return x > a;
    case "LessThan": return x < a;
    case "GreaterThanOrEqualTo": return x >= a;
    default: return x <= a;
  }
}

/** Whether one cell passes; anything needing a formula engine counts as valid. */
export function cellIsValid(state: WorkbookState, rule: ValidationRuleState, ignoreBlanks: boolean, cell: CellData | undefined): boolean {
  const blank = !cell || (cell.value === "" && cell.formula === undefined);
  if (blank) return ignoreBlanks || ruleType(rule) === "None";
  if (cell.formula !== undefined) return true;
  if (rule.list) {
    const src = rule.list.source;
    let allowed: string[];
    if (src.startsWith("=")) {
      const ref = resolveReference(state, src);
      if (!ref) return true;
      allowed = readGrid(ref.sheet, ref.rect, "values").flat().map((v) => String(v));
    } else allowed = src.split(",").map((s) => s.trim());
    const text = String(cell.value).toLowerCase();
    return allowed.some((a) => a.toLowerCase() === text);
  }
  const basic = rule.wholeNumber ?? rule.decimal ?? rule.textLength;
  if (!basic) return true;
  const a = numeric(basic.formula1);
  const b = numeric(basic.formula2);
  if (a === undefined) return true;
  if (rule.textLength) return compare(String(cell.value).length, basic.operator, a, b);
  if (typeof cell.value !== "number") return false;
  if (rule.wholeNumber && !Number.isInteger(cell.value)) return false;
  return compare(cell.value, basic.operator, a, b);
}
