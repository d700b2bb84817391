/** The format a conditional format applies: fill colour and font colour / bold / italic. */
import type { Api } from "./api-types";
import { type FormatTarget, formatEntry, writableEntry } from "./conditional-format-entry";
import { excelError } from "./errors";
import { ProxyBase } from "./proxy";
import { normalizeColor } from "./range-format";
import type { ConditionalFormatState } from "./state";

declare module "./api-types" {
  interface Doubles {
    ConditionalRangeFormat: [Excel.ConditionalRangeFormat, ConditionalRangeFormatDouble];
    ConditionalRangeFont: [Excel.ConditionalRangeFont, ConditionalRangeFontDouble];
    ConditionalRangeFill: [Excel.ConditionalRangeFill, ConditionalRangeFillDouble];
  }
}

type FormatKey = keyof ConditionalFormatState["format"];

/** Shared by fill and font: one key of the stored format per property. */
abstract class FormatPart extends ProxyBase<FormatTarget> {
  protected abstract readonly keys: Record<string, FormatKey>;

  protected set(property: string, value: unknown, check: (v: unknown, location: string) => unknown): void {
    this.write(property, value, (target, location) => {
      const cf = writableEntry(this.session.state, target, location);
      cf.format = { ...cf.format, [this.keys[property]]: check(value, location) };
    });
  }

  protected fetch(property: string, target: FormatTarget): unknown {
    return formatEntry(this.session.state, target, `${this.typeName}.${property}`).cf.format[this.keys[property]] ?? null;
  }
}

const isBool = (v: unknown, location: string): boolean => {
  if (typeof v !== "boolean") throw excelError("InvalidArgument", "Expected true or false.", location);
  return v;
};

export class ConditionalRangeFontDouble extends FormatPart implements Api<Excel.ConditionalRangeFont, "bold" | "color" | "italic" | "load"> {
  readonly typeName = "ConditionalRangeFont";
  protected readonly scalarProperties = ["bold", "color", "italic"];
  protected readonly keys: Record<string, FormatKey> = { bold: "bold", color: "fontColor", italic: "italic" };

  get bold(): boolean { return this.read("bold"); }
  set bold(v: boolean) { this.set("bold", v, isBool); }
  get italic(): boolean { return this.read("italic"); }
  set italic(v: boolean) { this.set("italic", v, isBool); }
  get color(): string { return this.read("color"); }
  set color(v: string) { this.set("color", v, normalizeColor); }
}

export class ConditionalRangeFillDouble extends FormatPart implements Api<Excel.ConditionalRangeFill, "color" | "clear" | "load"> {
  readonly typeName = "ConditionalRangeFill";
  protected readonly scalarProperties = ["color"];
  protected readonly keys: Record<string, FormatKey> = { color: "fillColor" };

  get color(): string { return this.read("color"); }
  set color(v: string) { this.set("color", v, normalizeColor); }

  clear(): void {
    this.call("clear", [], (target, location) => {
      const cf = writableEntry(this.session.state, target, location);
      const { fillColor: _removed, ...rest } = cf.format;
      cf.format = rest;
    });
  }
}

export class ConditionalRangeFormatDouble extends ProxyBase<FormatTarget> implements Api<Excel.ConditionalRangeFormat, "fill" | "font" | "load"> {
  readonly typeName = "ConditionalRangeFormat";
  protected readonly scalarProperties = [];
  private fillProxy?: ConditionalRangeFillDouble;
  private fontProxy?: ConditionalRangeFontDouble;

  get fill(): ConditionalRangeFillDouble { return (this.fillProxy ??= new ConditionalRangeFillDouble(this.session, this.derived((t) => t))); }
  get font(): ConditionalRangeFontDouble { return (this.fontProxy ??= new ConditionalRangeFontDouble(this.session, this.derived((t) => t))); }

  protected override navigation(name: string): ProxyBase<unknown> | undefined {
    return name === "fill" ? this.fill : name === "font" ? this.font : undefined;
  }

  protected fetch(): unknown {
    return undefined;
  }
}
