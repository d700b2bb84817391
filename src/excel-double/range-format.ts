/**
 * Range.format, .font and .fill. Reads follow Excel: one value when every cell agrees, null when
 * they differ.
 */
import { cellCount, cellKey } from "./address";
import type { Api } from "./api-types";
import { existingCells, pruneCell } from "./cells";
import { excelError } from "./errors";
import { displayText } from "./number-format";
import { ProxyBase } from "./proxy";
import type { RangeTarget } from "./range-target";
import { assertUnprotected, sheetById } from "./sheet-ops";
import { type CellFormat, DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT, type SheetState } from "./state";

declare module "./api-types" {
  interface Doubles {
    RangeFormat: [Excel.RangeFormat, RangeFormatDouble];
    RangeFont: [Excel.RangeFont, RangeFontDouble];
    RangeFill: [Excel.RangeFill, RangeFillDouble];
  }
}

/** Per-cell formatting of bigger ranges (whole columns) touches only cells that already exist. */
const PER_CELL_LIMIT = 100_000;

const FORMAT_DEFAULTS: Required<CellFormat> = {
  bold: false,
  italic: false,
  fontColor: "#000000",
  fontSize: 11,
  fillColor: "#FFFFFF",
  wrapText: false,
  horizontalAlignment: "General",
  verticalAlignment: "Bottom",
  fontName: "Calibri",
};

/** Excel's tallest row, in points. */
export const MAX_ROW_HEIGHT = 409;

const NAMED_COLORS: Record<string, string> = {
  black: "#000000", white: "#FFFFFF", red: "#FF0000", green: "#008000", blue: "#0000FF", yellow: "#FFFF00",
  orange: "#FFA500", gray: "#808080", grey: "#808080", purple: "#800080", lightgray: "#D3D3D3", lightgrey: "#D3D3D3",
};

/** Excel reads colours back as "#RRGGBB"; HTML names it does not know here are kept as given. */
export function normalizeColor(value: unknown, location: string): string {
  if (typeof value !== "string") throw excelError("InvalidArgument", "A colour must be a string.", location);
  const hex = /^#?([0-9a-f]{6})$/i.exec(value);
  if (hex) return `#${hex[1].toUpperCase()}`;
  if (NAMED_COLORS[value.toLowerCase()]) return NAMED_COLORS[value.toLowerCase()];
  if (/^[a-z]+$/i.test(value)) return value;
  throw excelError("InvalidArgument", `'${value}' is not a colour.`, location);
}

function sheetFor(proxy: ProxyBase<RangeTarget>, target: RangeTarget, location: string): SheetState {
  return sheetById(proxy.session.state, target.sheetId, location);
}

function editCells(sheet: SheetState, target: RangeTarget, mutate: (format: CellFormat) => void): void {
  const rect = target.rect;
  const keys =
    cellCount(rect) <= PER_CELL_LIMIT
      ? Array.from({ length: rect.rowCount * rect.columnCount }, (_, i) =>
          cellKey(rect.row + Math.floor(i / rect.columnCount), rect.column + (i % rect.columnCount)))
      : existingCells(sheet, rect).map((c) => c.key);
  for (const key of keys) {
    const cell = (sheet.cells[key] ??= { value: "", numberFormat: "General" });
    const format = { ...cell.format };
    mutate(format);
    for (const k of Object.keys(format) as Array<keyof CellFormat>) if (format[k] === undefined) delete format[k];
    if (Object.keys(format).length > 0) cell.format = format;
    else delete cell.format;
    pruneCell(sheet, key);
  }
}

function readCells<K extends keyof CellFormat>(sheet: SheetState, target: RangeTarget, key: K): Required<CellFormat>[K] | null {
  const found = new Set<unknown>();
  const cells = existingCells(sheet, target.rect);
  if (cells.length < cellCount(target.rect)) found.add(FORMAT_DEFAULTS[key]);
  for (const { cell } of cells) found.add(cell.format?.[key] ?? FORMAT_DEFAULTS[key]);
  return found.size === 1 ? ([...found][0] as Required<CellFormat>[K]) : null;
}

/** A format property backed by one CellFormat key. */
function formatWrite<K extends keyof CellFormat>(
  proxy: ProxyBase<RangeTarget>,
  write: (property: string, value: unknown, apply: (t: RangeTarget, location: string) => void) => void,
  property: string,
  key: K,
  value: unknown,
  check: (v: unknown, location: string) => CellFormat[K],
): void {
  write(property, value, (target, location) => {
    const sheet = sheetFor(proxy, target, location);
    assertUnprotected(sheet, location);
    const checked = check(value, location);
    editCells(sheet, target, (f) => { f[key] = checked; });
  });
}

const isBool = (v: unknown, location: string): boolean => {
  if (typeof v !== "boolean") throw excelError("InvalidArgument", "Expected true or false.", location);
  return v;
};

const ALIGNMENTS = ["General", "Left", "Center", "Right", "Fill", "Justify", "CenterAcrossSelection", "Distributed"];
type Alignment = "General" | "Left" | "Center" | "Right" | "Fill" | "Justify" | "CenterAcrossSelection" | "Distributed";
const VERTICAL_ALIGNMENTS = ["Top", "Center", "Bottom", "Justify", "Distributed"];
type VerticalAlignment = "Top" | "Center" | "Bottom" | "Justify" | "Distributed";

export class RangeFormatDouble extends ProxyBase<RangeTarget>
  implements Api<Excel.RangeFormat, "columnWidth" | "rowHeight" | "wrapText" | "horizontalAlignment" | "verticalAlignment" | "font" | "fill" | "autofitColumns" | "load"> {
  readonly typeName = "RangeFormat";
  protected readonly scalarProperties = ["columnWidth", "rowHeight", "wrapText", "horizontalAlignment", "verticalAlignment"];
  private fontProxy?: RangeFontDouble;
  private fillProxy?: RangeFillDouble;

  get font(): RangeFontDouble { return (this.fontProxy ??= new RangeFontDouble(this.session, this.derived((t) => t))); }
  get fill(): RangeFillDouble { return (this.fillProxy ??= new RangeFillDouble(this.session, this.derived((t) => t))); }

  protected override navigation(name: string): ProxyBase<unknown> | undefined {
    return name === "font" ? this.font : name === "fill" ? this.fill : undefined;
  }

  get wrapText(): boolean { return this.read("wrapText"); }
  set wrapText(v: boolean) { formatWrite(this, this.write.bind(this), "wrapText", "wrapText", v, isBool); }

  get horizontalAlignment(): Alignment { return this.read("horizontalAlignment"); }
  set horizontalAlignment(v: Alignment) {
    formatWrite(this, this.write.bind(this), "horizontalAlignment", "horizontalAlignment", v, (x, location) => {
      if (typeof x !== "string" || !ALIGNMENTS.includes(x)) throw excelError("InvalidArgument", `Unknown alignment '${String(x)}'.`, location);
      return x;
    });
  }

  get verticalAlignment(): VerticalAlignment { return this.read("verticalAlignment"); }
  set verticalAlignment(v: VerticalAlignment) {
    formatWrite(this, this.write.bind(this), "verticalAlignment", "verticalAlignment", v, (x, location) => {
      if (typeof x !== "string" || !VERTICAL_ALIGNMENTS.includes(x)) throw excelError("InvalidArgument", `Unknown vertical alignment '${String(x)}'.`, location);
      return x;
    });
  }

  get columnWidth(): number { return this.read("columnWidth"); }
  set columnWidth(v: number) { this.setSize("columnWidth", v); }
  get rowHeight(): number { return this.read("rowHeight"); }
  set rowHeight(v: number) { this.setSize("rowHeight", v); }

  private setSize(property: "columnWidth" | "rowHeight", value: number): void {
    this.write(property, value, (target, location) => {
      const sheet = sheetFor(this, target, location);
      assertUnprotected(sheet, location);
      if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
        throw excelError("InvalidArgument", `${property} must be a non-negative number.`, location);
      }
      if (property === "rowHeight" && value > MAX_ROW_HEIGHT) throw excelError("InvalidArgument", `A row is at most ${MAX_ROW_HEIGHT} points tall.`, location);
      const r = target.rect;
      if (property === "columnWidth") for (let c = r.column; c < r.column + r.columnCount; c++) sheet.columnWidths[c] = value;
      else if (r.rowCount <= PER_CELL_LIMIT) for (let i = r.row; i < r.row + r.rowCount; i++) sheet.rowHeights[i] = value;
      else for (const { row } of existingCells(sheet, r)) sheet.rowHeights[row] = value;
    });
  }

  autofitColumns(): void {
    this.call("autofitColumns", [], (target, location) => {
      const sheet = sheetFor(this, target, location);
      assertUnprotected(sheet, location);
      const widest = new Map<number, number>();
      for (const { column, cell } of existingCells(sheet, target.rect)) {
        const text = cell.formula ?? displayText(cell.value, undefined, cell.numberFormat);
        widest.set(column, Math.max(widest.get(column) ?? 0, text.length));
      }
      // About 5.6 points per character of the default font, plus padding.
      for (const [column, chars] of widest) sheet.columnWidths[column] = Math.round((chars * 5.6 + 8) * 100) / 100;
    });
  }

  protected fetch(property: string, target: RangeTarget): unknown {
    const sheet = sheetFor(this, target, `RangeFormat.${property}`);
    const r = target.rect;
    const uniform = (values: number[]): number | null => (new Set(values).size === 1 ? values[0] : null);
    switch (property) {
      case "columnWidth":
        return uniform(Array.from({ length: r.columnCount }, (_, i) => sheet.columnWidths[r.column + i] ?? DEFAULT_COLUMN_WIDTH));
      case "rowHeight": {
        const heights = Object.entries(sheet.rowHeights).filter(([row]) => Number(row) >= r.row && Number(row) < r.row + r.rowCount);
        const values = heights.map(([, h]) => h);
        if (heights.length < r.rowCount) values.push(DEFAULT_ROW_HEIGHT);
        return uniform(values);
      }
      default:
        return readCells(sheet, target, property as keyof CellFormat);
    }
  }
}

export class RangeFontDouble extends ProxyBase<RangeTarget> implements Api<Excel.RangeFont, "bold" | "color" | "size" | "italic" | "name" | "load"> {
  readonly typeName = "RangeFont";
  protected readonly scalarProperties = ["bold", "color", "size", "italic", "name"];

  get name(): string { return this.read("name"); }
  /** Excel keeps a font name of up to 31 characters (⚠ longer ones refused here). */
  set name(v: string) {
    formatWrite(this, this.write.bind(this), "name", "fontName", v, (x, location) => {
      if (typeof x !== "string" || x.trim() === "" || x.length > 31) throw excelError("InvalidArgument", "A font name is 1 to 31 characters.", location);
      return x;
    });
  }

  get bold(): boolean { return this.read("bold"); }
  set bold(v: boolean) { formatWrite(this, this.write.bind(this), "bold", "bold", v, isBool); }
  get italic(): boolean { return this.read("italic"); }
  set italic(v: boolean) { formatWrite(this, this.write.bind(this), "italic", "italic", v, isBool); }
  get color(): string { return this.read("color"); }
  set color(v: string) { formatWrite(this, this.write.bind(this), "color", "fontColor", v, normalizeColor); }
  get size(): number { return this.read("size"); }
  set size(v: number) {
    formatWrite(this, this.write.bind(this), "size", "fontSize", v, (x, location) => {
      if (typeof x !== "number" || !(x >= 1 && x <= 409)) throw excelError("InvalidArgument", "Font size must be between 1 and 409.", location);
      return x;
    });
  }

  protected fetch(property: string, target: RangeTarget): unknown {
    const sheet = sheetFor(this, target, `RangeFont.${property}`);
    const key = ({ bold: "bold", italic: "italic", color: "fontColor", size: "fontSize", name: "fontName" } as const)[property as "bold"];
    return readCells(sheet, target, key);
  }
}

export class RangeFillDouble extends ProxyBase<RangeTarget> implements Api<Excel.RangeFill, "color" | "clear" | "load"> {
  readonly typeName = "RangeFill";
  protected readonly scalarProperties = ["color"];

  get color(): string { return this.read("color"); }
  set color(v: string) {
    formatWrite(this, this.write.bind(this), "color", "fillColor", v, (x, location) => (x === "" ? undefined : normalizeColor(x, location)));
  }

  clear(): void {
    this.call("clear", [], (target, location) => {
      const sheet = sheetFor(this, target, location);
      assertUnprotected(sheet, location);
      for (const { key, cell } of existingCells(sheet, target.rect)) {
        if (cell.format) delete cell.format.fillColor;
        pruneCell(sheet, key);
      }
    });
  }

  protected fetch(_property: string, target: RangeTarget): unknown {
    return readCells(sheetFor(this, target, "RangeFill.color"), target, "fillColor");
  }
}

