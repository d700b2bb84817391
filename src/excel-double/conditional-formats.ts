/**
 * Range.conditionalFormats with the four types the add-in uses (Custom, CellValue, ColorScale,
 * ContainsText). Formats live per sheet in priority order; add() puts a new one at priority 0.
 */
import { type Rect, formatRect, parseAddress, rectsIntersect, subtractRect } from "./address";
import type { Api } from "./api-types";
import { CellValueConditionalFormatDouble, ColorScaleConditionalFormatDouble, TextConditionalFormatDouble } from "./conditional-format-types";
import { ConditionalRangeFormatDouble } from "./conditional-range-format";
import { excelError } from "./errors";
import { CollectionProxy, type Locator, ProxyBase } from "./proxy";
import { RangeDouble } from "./range";
import type { RangeTarget } from "./range-target";
import { ClientResultDouble } from "./session";
import { assertFormulaResolves } from "./formula-names";
import { assertUnprotected, sheetById } from "./sheet-ops";
import { type FormatTarget, formatEntry, writableEntry } from "./conditional-format-entry";
import { type ConditionalFormatState, type ConditionalFormatType, type SheetState, newId } from "./state";

declare module "./api-types" {
  interface Doubles {
    ConditionalFormatCollection: [Excel.ConditionalFormatCollection, ConditionalFormatCollectionDouble];
    ConditionalFormat: [Excel.ConditionalFormat, ConditionalFormatDouble];
    CustomConditionalFormat: [Excel.CustomConditionalFormat, CustomConditionalFormatDouble];
    ConditionalFormatRule: [Excel.ConditionalFormatRule, ConditionalFormatRuleDouble];
  }
}

const SUPPORTED: ConditionalFormatType[] = ["Custom", "CellValue", "ColorScale", "ContainsText"];
const NOT_IMPLEMENTED = ["DataBar", "IconSet", "TopBottom", "PresetCriteria"];
type AnyFormatType = "Custom" | "DataBar" | "ColorScale" | "IconSet" | "TopBottom" | "PresetCriteria" | "ContainsText" | "CellValue";

function rectOf(cf: ConditionalFormatState): Rect {
  return parseAddress(cf.address)!.rect;
}

export class ConditionalFormatCollectionDouble extends CollectionProxy<RangeTarget, ConditionalFormatDouble>
  implements Api<Excel.ConditionalFormatCollection, "items" | "add" | "clearAll" | "getCount" | "load"> {
  readonly typeName = "ConditionalFormatCollection";
  protected readonly scalarProperties = [];

  private sheet(target: RangeTarget, location: string): SheetState {
    return sheetById(this.session.state, target.sheetId, location);
  }

  private intersecting(target: RangeTarget, location: string): ConditionalFormatState[] {
    return this.sheet(target, location).conditionalFormats.filter((cf) => rectsIntersect(rectOf(cf), target.rect));
  }

  protected itemsOf(target: RangeTarget): ConditionalFormatDouble[] {
    return this.intersecting(target, "ConditionalFormatCollection.items").map(
      (cf) => new ConditionalFormatDouble(this.session, { kind: "fixed", target: { sheetId: target.sheetId, id: cf.id } }),
    );
  }

  protected fetch(): unknown {
    return undefined;
  }

  add(type: AnyFormatType): ConditionalFormatDouble {
    if (NOT_IMPLEMENTED.includes(type)) throw new Error(`excel-double: conditional format type ${type} is not implemented`);
    const location = "ConditionalFormatCollection.add";
    return new ConditionalFormatDouble(this.session, this.created<FormatTarget>("add", [type], () => {
      const target = this.target(location);
      const sheet = this.sheet(target, location);
      assertUnprotected(sheet, location);
      if (!SUPPORTED.includes(type as ConditionalFormatType)) throw excelError("InvalidArgument", `Unknown conditional format type '${type}'.`, location);
      const cf: ConditionalFormatState = { id: newId(this.session.state, "cf-"), address: formatRect(target.rect), type: type as ConditionalFormatType, rule: {}, format: {} };
      sheet.conditionalFormats.unshift(cf);
      return { sheetId: sheet.id, id: cf.id };
    }));
  }

  clearAll(): void {
    this.call("clearAll", [], (target, location) => {
      const sheet = this.sheet(target, location);
      assertUnprotected(sheet, location);
      sheet.conditionalFormats = sheet.conditionalFormats.flatMap((cf) =>
        subtractRect(rectOf(cf), target.rect).map((piece, i) => ({
          ...structuredClone(cf),
          id: i === 0 ? cf.id : newId(this.session.state, "cf-"),
          address: formatRect(piece),
        })));
    });
  }

  getCount(): ClientResultDouble<number> {
    const location = "ConditionalFormatCollection.getCount";
    const result = new ClientResultDouble<number>(location);
    this.session.enqueue({
      location,
      statement: `${location}();`,
      isLoad: true,
      mutates: false,
      run: () => result.fill(this.intersecting(this.target(location), location).length),
    });
    return result;
  }
}

type FormatMembers = "type" | "priority" | "custom" | "cellValue" | "colorScale" | "textComparison" | "getRange" | "load" | "isNullObject";

export class ConditionalFormatDouble extends ProxyBase<FormatTarget> implements Api<Excel.ConditionalFormat, FormatMembers | "delete"> {
  readonly typeName = "ConditionalFormat";
  protected readonly scalarProperties = ["type", "priority"];
  private readonly parts = new Map<string, ProxyBase<FormatTarget>>();

  get type(): AnyFormatType { return this.read("type"); }
  get priority(): number { return this.read("priority"); }
  set priority(v: number) {
    this.write("priority", v, (target, location) => {
      const { sheet, cf } = formatEntry(this.session.state, target, location);
      assertUnprotected(sheet, location);
      if (!Number.isInteger(v) || v < 0) throw excelError("InvalidArgument", "priority must be a non-negative integer.", location);
      const rest = sheet.conditionalFormats.filter((c) => c !== cf);
      rest.splice(Math.min(v, rest.length), 0, cf);
      sheet.conditionalFormats = rest;
    });
  }

  /** A type-specific accessor works only on a format of that type, as in Excel. */
  private part<P extends ProxyBase<FormatTarget>>(name: string, type: ConditionalFormatType, make: (locator: Locator<FormatTarget>) => P): P {
    let proxy = this.parts.get(name);
    if (!proxy) {
      proxy = make(this.derived((t: FormatTarget) => {
        const { cf } = formatEntry(this.session.state, t, `ConditionalFormat.${name}`);
        if (cf.type !== type) throw excelError("InvalidOperation", `The conditional format is ${cf.type}, not ${type}.`, `ConditionalFormat.${name}`);
        return t;
      }));
      this.parts.set(name, proxy);
    }
    return proxy as P;
  }

  get custom(): CustomConditionalFormatDouble {
    return this.part("custom", "Custom", (l) => new CustomConditionalFormatDouble(this.session, l));
  }
  get cellValue(): CellValueConditionalFormatDouble {
    return this.part("cellValue", "CellValue", (l) => new CellValueConditionalFormatDouble(this.session, l));
  }
  get colorScale(): ColorScaleConditionalFormatDouble {
    return this.part("colorScale", "ColorScale", (l) => new ColorScaleConditionalFormatDouble(this.session, l));
  }
  get textComparison(): TextConditionalFormatDouble {
    return this.part("textComparison", "ContainsText", (l) => new TextConditionalFormatDouble(this.session, l));
  }

  protected override navigation(name: string): ProxyBase<unknown> | undefined {
    switch (name) {
      case "custom": return this.custom;
      case "cellValue": return this.cellValue;
      case "colorScale": return this.colorScale;
      case "textComparison": return this.textComparison;
      default: return undefined;
    }
  }

  protected fetch(property: string, target: FormatTarget): unknown {
    const { sheet, cf } = formatEntry(this.session.state, target, `ConditionalFormat.${property}`);
    return property === "type" ? cf.type : sheet.conditionalFormats.indexOf(cf);
  }

  /** The range the format applies to (one area: the double keeps formats as single rectangles). */
  getRange(): RangeDouble {
    const location = "ConditionalFormat.getRange";
    return new RangeDouble(this.session, this.created<RangeTarget>("getRange", [], () => {
      const target = this.target(location);
      return { sheetId: target.sheetId, rect: rectOf(formatEntry(this.session.state, target, location).cf) };
    }));
  }

  delete(): void {
    this.call("delete", [], (target, location) => {
      const { sheet, cf } = formatEntry(this.session.state, target, location);
      assertUnprotected(sheet, location);
      sheet.conditionalFormats = sheet.conditionalFormats.filter((c) => c !== cf);
    });
  }
}

export class CustomConditionalFormatDouble extends ProxyBase<FormatTarget> implements Api<Excel.CustomConditionalFormat, "rule" | "format" | "load"> {
  readonly typeName = "CustomConditionalFormat";
  protected readonly scalarProperties = [];
  private ruleProxy?: ConditionalFormatRuleDouble;
  private formatProxy?: ConditionalRangeFormatDouble;

  get rule(): ConditionalFormatRuleDouble { return (this.ruleProxy ??= new ConditionalFormatRuleDouble(this.session, this.derived((t) => t))); }
  get format(): ConditionalRangeFormatDouble { return (this.formatProxy ??= new ConditionalRangeFormatDouble(this.session, this.derived((t) => t))); }
  protected override navigation(name: string): ProxyBase<unknown> | undefined {
    return name === "rule" ? this.rule : name === "format" ? this.format : undefined;
  }
  protected fetch(): unknown {
    return undefined;
  }
}

export class ConditionalFormatRuleDouble extends ProxyBase<FormatTarget> implements Api<Excel.ConditionalFormatRule, "formula" | "load"> {
  readonly typeName = "ConditionalFormatRule";
  protected readonly scalarProperties = ["formula"];

  get formula(): string { return this.read("formula"); }
  set formula(v: string) {
    this.write("formula", v, (target, location) => {
      const cf = writableEntry(this.session.state, target, location);
      if (typeof v !== "string" || !v.startsWith("=") || v.length < 2) throw excelError("InvalidArgument", "A rule formula must start with '='.", location);
      assertFormulaResolves(this.session.state, v, location, true);
      cf.rule = { formula: v };
    });
  }
  protected fetch(_property: string, target: FormatTarget): unknown {
    return formatEntry(this.session.state, target, "ConditionalFormatRule.formula").cf.rule.formula ?? "";
  }
}
