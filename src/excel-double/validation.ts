/**
 * Range.dataValidation. Rules live per sheet with their address; one rule per cell, so setting a
 * rule where part of the range already has one is refused until clear() — as in Excel.
 */
import { type Rect, cellCount, cellKey, formatRect, parseAddress, rectContains, rectsEqual, rectsIntersect, subtractRect } from "./address";
import type { Api } from "./api-types";
import { existingCells } from "./cells";
import { excelError } from "./errors";
import { ProxyBase } from "./proxy";
import type { RangeTarget } from "./range-target";
import { assertUnprotected, sheetById } from "./sheet-ops";
import type { SheetState, ValidationState } from "./state";
import { cellIsValid, normalizeRule, ruleType } from "./validation-rules";

declare module "./api-types" {
  interface Doubles {
    DataValidation: [Excel.DataValidation, DataValidationDouble];
  }
}

const DEFAULT_PROMPT = { message: "", showPrompt: false, title: "" };
const DEFAULT_ALERT = { message: "", showAlert: true, style: "Stop", title: "" };

function rectOf(entry: ValidationState): Rect {
  return parseAddress(entry.address)!.rect;
}

function touching(sheet: SheetState, rect: Rect): ValidationState[] {
  return sheet.validations.filter((v) => rectsIntersect(rectOf(v), rect));
}

/** The one entry covering the whole range, if there is exactly one and nothing else. */
function covering(sheet: SheetState, rect: Rect): ValidationState | undefined {
  const found = touching(sheet, rect);
  return found.length === 1 && rectContains(rectOf(found[0]), rect) ? found[0] : undefined;
}

type Members = "rule" | "prompt" | "errorAlert" | "ignoreBlanks" | "type" | "valid" | "clear" | "load";

export class DataValidationDouble extends ProxyBase<RangeTarget> implements Api<Excel.DataValidation, Members> {
  readonly typeName = "DataValidation";
  protected readonly scalarProperties = ["rule", "prompt", "errorAlert", "ignoreBlanks", "type", "valid"];

  private sheet(target: RangeTarget, location: string): SheetState {
    return sheetById(this.session.state, target.sheetId, location);
  }

  get rule(): Excel.DataValidationRule { return this.read("rule"); }
  set rule(v: Excel.DataValidationRule) {
    this.write("rule", v, (target, location) => {
      const sheet = this.sheet(target, location);
      assertUnprotected(sheet, location);
      const rule = normalizeRule(this.session.state, v, location);
      const entry = this.entryFor(sheet, target.rect, location);
      if (ruleType(entry.rule) !== "None") {
        throw excelError("InvalidArgument", "The range already has a data-validation rule; clear() it first.", location);
      }
      entry.rule = rule;
    });
  }

  get prompt(): Excel.DataValidationPrompt { return this.read("prompt"); }
  set prompt(v: Excel.DataValidationPrompt) {
    this.update("prompt", v, (entry) => { entry.prompt = { ...DEFAULT_PROMPT, ...entry.prompt, ...v }; });
  }
  get errorAlert(): Excel.DataValidationErrorAlert { return this.read("errorAlert"); }
  set errorAlert(v: Excel.DataValidationErrorAlert) {
    this.update("errorAlert", v, (entry) => { entry.errorAlert = { ...DEFAULT_ALERT, ...entry.errorAlert, ...v }; });
  }
  get ignoreBlanks(): boolean { return this.read("ignoreBlanks"); }
  set ignoreBlanks(v: boolean) {
    this.update("ignoreBlanks", v, (entry, location) => {
      if (typeof v !== "boolean") throw excelError("InvalidArgument", "ignoreBlanks must be true or false.", location);
      entry.ignoreBlanks = v;
    });
  }
  get type(): "None" | "WholeNumber" | "Decimal" | "List" | "Date" | "Time" | "TextLength" | "Custom" | "Inconsistent" | "MixedCriteria" {
    return this.read("type");
  }
  get valid(): boolean { return this.read("valid"); }

  private update(property: string, value: unknown, apply: (entry: ValidationState, location: string) => void): void {
    this.write(property, value, (target, location) => {
      const sheet = this.sheet(target, location);
      assertUnprotected(sheet, location);
      if (typeof value !== "object" && property !== "ignoreBlanks") throw excelError("InvalidArgument", `${property} must be an object.`, location);
      apply(this.entryFor(sheet, target.rect, location), location);
    });
  }

  /** The entry for exactly this range, created if the range has none; partial overlaps are refused. */
  private entryFor(sheet: SheetState, rect: Rect, location: string): ValidationState {
    const found = touching(sheet, rect);
    if (found.length === 0) {
      const entry: ValidationState = { address: formatRect(rect), rule: {}, prompt: { ...DEFAULT_PROMPT }, errorAlert: { ...DEFAULT_ALERT }, ignoreBlanks: true };
      sheet.validations.push(entry);
      return entry;
    }
    if (found.length === 1 && rectsEqual(rectOf(found[0]), rect)) return found[0];
    throw excelError("InvalidArgument", "Part of the range already has data validation; clear() it first.", location);
  }

  clear(): void {
    this.call("clear", [], (target, location) => {
      const sheet = this.sheet(target, location);
      assertUnprotected(sheet, location);
      sheet.validations = sheet.validations.flatMap((entry) =>
        subtractRect(rectOf(entry), target.rect).map((piece) => ({ ...structuredClone(entry), address: formatRect(piece) })));
    });
  }

  protected fetch(property: string, target: RangeTarget): unknown {
    const sheet = this.sheet(target, `DataValidation.${property}`);
    const entry = covering(sheet, target.rect);
    const mixed = !entry && touching(sheet, target.rect).length > 0;
    switch (property) {
      case "type": return entry ? ruleType(entry.rule) : mixed ? "Inconsistent" : "None";
      case "rule": return entry ? structuredClone(entry.rule) : {};
      case "prompt": return { ...(entry?.prompt ?? DEFAULT_PROMPT) };
      case "errorAlert": return { ...(entry?.errorAlert ?? DEFAULT_ALERT) };
      case "ignoreBlanks": return entry?.ignoreBlanks ?? true;
      default: return this.validity(sheet, target.rect);
    }
  }

  /** true when every cell passes, false when none does, null for a mix (as Excel reports). */
  private validity(sheet: SheetState, rect: Rect): boolean | null {
    const results = new Set<boolean>();
    const judge = (row: number, column: number): void => {
      const entry = sheet.validations.find((v) => rectContains(rectOf(v), { row, column, rowCount: 1, columnCount: 1 }));
      results.add(entry ? cellIsValid(this.session.state, entry.rule, entry.ignoreBlanks, sheet.cells[cellKey(row, column)]) : true);
    };
    if (cellCount(rect) <= 100_000) {
      for (let r = rect.row; r < rect.row + rect.rowCount; r++) for (let c = rect.column; c < rect.column + rect.columnCount; c++) judge(r, c);
    } else {
      for (const { row, column } of existingCells(sheet, rect)) judge(row, column);
      results.add(true);
    }
    return results.size === 1 ? [...results][0] : null;
  }
}
