/**
 * Worksheet.pageLayout (ExcelApi 1.9): orientation, zoom, print title rows and the default
 * header and footer. Rules, as strictly as Excel or more (Microsoft's reference for PageLayout,
 * PageLayoutZoomOptions and HeaderFooter; ⚠ where it is silent):
 * - orientation is "Portrait" or "Landscape"; anything else is InvalidArgument.
 * - zoom is set whole (`zoom = {...}`). Either a `scale` from 10 to 400, or pages to fit to
 *   (whole numbers; 0 pages is Excel's "Automatic": as many as the sheet needs, as
 *   `fitToHeight="0"` in the file). Both together are refused ⚠; null stands for absent. A fit
 *   the object leaves out keeps the sheet's value, which is 1 after a scale (the file format's
 *   default: `{horizontalFitToPages: 1}` alone prints the sheet on one page, tall or not).
 * - setPrintTitleRows takes whole rows ("$6:$6", "6:8" or a Range over entire rows) on this
 *   sheet; anything else is InvalidArgument. Stored as Excel writes it: "$6:$6".
 * - a header or footer, its three sections together as Excel stores them (&L...&C...&R...), is at
 *   most 255 characters (Excel's limit for the file; ⚠ the API's answer beyond it is unverified:
 *   InvalidArgument here).
 */
import { type Rect, isWholeRows, parseAddress } from "./address";
import type { Api } from "./api-types";
import { excelError } from "./errors";
import { ProxyBase } from "./proxy";
import { RangeDouble } from "./range";
import type { RangeTarget } from "./range-target";
import { assertUnprotected, sheetById } from "./sheet-ops";
import type { PageLayoutState, SheetState } from "./state";

declare module "./api-types" {
  interface Doubles {
    PageLayout: [Excel.PageLayout, PageLayoutDouble];
    HeaderFooterGroup: [Excel.HeaderFooterGroup, HeaderFooterGroupDouble];
    HeaderFooter: [Excel.HeaderFooter, HeaderFooterDouble];
  }
}

export const MAX_HEADER_FOOTER_CHARS = 255;

type Zoom = PageLayoutState["zoom"];

function checkZoom(value: unknown, current: Zoom, location: string): Zoom {
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw excelError("InvalidArgument", "zoom takes an object.", location);
  const given = value as Record<string, unknown>;
  for (const k of Object.keys(given)) {
    if (!["scale", "horizontalFitToPages", "verticalFitToPages"].includes(k)) throw excelError("InvalidArgument", `zoom has no option '${k}'.`, location);
  }
  const present = (k: string) => given[k] !== undefined && given[k] !== null;
  const fits = ["horizontalFitToPages", "verticalFitToPages"].filter(present);
  if (present("scale")) {
    if (fits.length) throw excelError("InvalidArgument", "zoom takes a scale or pages to fit to, not both.", location);
    const scale = given.scale;
    if (typeof scale !== "number" || !Number.isInteger(scale) || scale < 10 || scale > 400) throw excelError("InvalidArgument", "The scale is between 10 and 400.", location);
    return { scale };
  }
  if (!fits.length) throw excelError("InvalidArgument", "zoom names neither a scale nor pages to fit to.", location);
  const pages = (k: "horizontalFitToPages" | "verticalFitToPages"): number => {
    if (!present(k)) return current.scale !== undefined ? 1 : current[k] ?? 1;
    const v = given[k];
    if (typeof v !== "number" || !Number.isInteger(v) || v < 0 || v > 32767) throw excelError("InvalidArgument", `${k} is a whole number of pages from 0 to 32767.`, location);
    return v;
  };
  const zoom = { horizontalFitToPages: pages("horizontalFitToPages"), verticalFitToPages: pages("verticalFitToPages") };
  if (zoom.horizontalFitToPages === 0 && zoom.verticalFitToPages === 0) throw excelError("InvalidArgument", "Fitting to 0 pages both ways fits to nothing.", location);
  return zoom;
}

function layoutOf(proxy: ProxyBase<string>, id: string, location: string): { sheet: SheetState; layout: PageLayoutState } {
  const sheet = sheetById(proxy.session.state, id, location);
  return { sheet, layout: sheet.pageLayout };
}

export class PageLayoutDouble extends ProxyBase<string>
  implements Api<Excel.PageLayout, "orientation" | "zoom" | "headersFooters" | "setPrintTitleRows" | "getPrintTitleRowsOrNullObject" | "load"> {
  readonly typeName = "PageLayout";
  protected readonly scalarProperties = ["orientation", "zoom"];
  private headersFootersProxy?: HeaderFooterGroupDouble;

  get headersFooters(): HeaderFooterGroupDouble {
    return (this.headersFootersProxy ??= new HeaderFooterGroupDouble(this.session, this.derived((id) => id)));
  }

  protected override navigation(name: string): ProxyBase<unknown> | undefined {
    return name === "headersFooters" ? this.headersFooters : undefined;
  }

  get orientation(): "Portrait" | "Landscape" { return this.read("orientation"); }
  set orientation(v: "Portrait" | "Landscape") {
    this.write("orientation", v, (id, location) => {
      const { sheet, layout } = layoutOf(this, id, location);
      assertUnprotected(sheet, location);
      if (v !== "Portrait" && v !== "Landscape") throw excelError("InvalidArgument", `Unknown orientation '${String(v)}'.`, location);
      layout.orientation = v;
    });
  }

  get zoom(): Excel.PageLayoutZoomOptions { return this.read("zoom"); }
  set zoom(v: Excel.PageLayoutZoomOptions) {
    this.write("zoom", v, (id, location) => {
      const { sheet, layout } = layoutOf(this, id, location);
      assertUnprotected(sheet, location);
      layout.zoom = checkZoom(v, layout.zoom, location);
    });
  }

  setPrintTitleRows(printTitleRows: RangeDouble | string): void {
    this.call("setPrintTitleRows", [typeof printTitleRows === "string" ? printTitleRows : "<Range>"], (id, location) => {
      const { sheet, layout } = layoutOf(this, id, location);
      assertUnprotected(sheet, location);
      let rect: Rect | undefined;
      if (typeof printTitleRows === "string") {
        const parsed = parseAddress(printTitleRows);
        if (parsed && (parsed.sheet === undefined || parsed.sheet.toLowerCase() === sheet.name.toLowerCase())) rect = parsed.rect;
      } else if (printTitleRows instanceof RangeDouble) {
        const target = printTitleRows.target(location);
        if (target.sheetId === sheet.id) rect = target.rect;
      }
      if (!rect || !isWholeRows(rect)) throw excelError("InvalidArgument", "Print title rows are whole rows of this sheet, such as \"$6:$6\".", location);
      layout.printTitleRows = `$${rect.row + 1}:$${rect.row + rect.rowCount}`;
    });
  }

  getPrintTitleRowsOrNullObject(): RangeDouble {
    const location = "PageLayout.getPrintTitleRowsOrNullObject";
    return new RangeDouble(this.session, this.created<RangeTarget>("getPrintTitleRowsOrNullObject", [], () => {
      const { sheet, layout } = layoutOf(this, this.target(location), location);
      return layout.printTitleRows === null ? null : { sheetId: sheet.id, rect: parseAddress(layout.printTitleRows)!.rect };
    }, true));
  }

  protected fetch(property: string, id: string): unknown {
    const { layout } = layoutOf(this, id, `PageLayout.${property}`);
    return property === "zoom" ? { ...layout.zoom } : layout.orientation;
  }
}

export class HeaderFooterGroupDouble extends ProxyBase<string> implements Api<Excel.HeaderFooterGroup, "defaultForAllPages" | "load"> {
  readonly typeName = "HeaderFooterGroup";
  protected readonly scalarProperties = [];
  private defaultProxy?: HeaderFooterDouble;

  get defaultForAllPages(): HeaderFooterDouble {
    return (this.defaultProxy ??= new HeaderFooterDouble(this.session, this.derived((id) => id)));
  }

  protected override navigation(name: string): ProxyBase<unknown> | undefined {
    return name === "defaultForAllPages" ? this.defaultForAllPages : undefined;
  }

  protected fetch(): unknown {
    return undefined;
  }
}

type Section = "leftHeader" | "centerHeader" | "rightHeader" | "leftFooter" | "centerFooter" | "rightFooter";
const SECTIONS: Section[] = ["leftHeader", "centerHeader", "rightHeader", "leftFooter", "centerFooter", "rightFooter"];

/** The header or footer as the file stores it: "&L" left "&C" centre "&R" right, empty sections left out. */
export function storedText(parts: Record<Section, string>, kind: "Header" | "Footer"): string {
  const codes = [["&L", parts[`left${kind}`]], ["&C", parts[`center${kind}`]], ["&R", parts[`right${kind}`]]] as const;
  return codes.filter(([, text]) => text !== "").map(([code, text]) => code + text).join("");
}

/** HeaderFooterGroup.defaultForAllPages: the header and footer of every page. */
export class HeaderFooterDouble extends ProxyBase<string> implements Api<Excel.HeaderFooter, Section | "load"> {
  readonly typeName = "HeaderFooter";
  protected readonly scalarProperties = SECTIONS;

  private section(name: Section, value: string): void {
    this.write(name, value, (id, location) => {
      const { sheet, layout } = layoutOf(this, id, location);
      assertUnprotected(sheet, location);
      if (typeof value !== "string") throw excelError("InvalidArgument", `${name} takes a string.`, location);
      const next = { ...layout.headersFooters, [name]: value };
      const kind = name.endsWith("Footer") ? "Footer" : "Header";
      const stored = storedText(next, kind);
      if (stored.length > MAX_HEADER_FOOTER_CHARS) {
        throw excelError("InvalidArgument", `The ${kind.toLowerCase()} would be ${stored.length} characters; Excel keeps at most ${MAX_HEADER_FOOTER_CHARS}.`, location);
      }
      layout.headersFooters = next;
    });
  }

  get leftHeader(): string { return this.read("leftHeader"); }
  set leftHeader(v: string) { this.section("leftHeader", v); }
  get centerHeader(): string { return this.read("centerHeader"); }
  set centerHeader(v: string) { this.section("centerHeader", v); }
  get rightHeader(): string { return this.read("rightHeader"); }
  set rightHeader(v: string) { this.section("rightHeader", v); }
  get leftFooter(): string { return this.read("leftFooter"); }
  set leftFooter(v: string) { this.section("leftFooter", v); }
  get centerFooter(): string { return this.read("centerFooter"); }
  set centerFooter(v: string) { this.section("centerFooter", v); }
  get rightFooter(): string { return this.read("rightFooter"); }
  set rightFooter(v: string) { this.section("rightFooter", v); }

  protected fetch(property: string, id: string): unknown {
    return layoutOf(this, id, `HeaderFooter.${property}`).layout.headersFooters[property as Section];
  }
}
