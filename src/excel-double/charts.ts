/** Excel.ChartCollection (a worksheet's charts), Excel.Chart, its title and its legend. */
import { parseAddress, type Rect } from "./address";
import type { Api } from "./api-types";
import { ChartAxesDouble, ChartDataLabelsDouble } from "./chart-format";
import { ChartSeriesCollectionDouble } from "./chart-series";
import {
  LEGEND_POSITIONS, addChart, chartById, chartsOf, editableChart, placeChart, validateChartName,
} from "./chart-model";
import { excelError } from "./errors";
import { CollectionProxy, ProxyBase, assertSameSession } from "./proxy";
import type { RangeDouble } from "./range";
import { sheetById } from "./sheet-ops";
import type { SheetState } from "./state";

declare module "./api-types" {
  interface Doubles {
    Chart: [Excel.Chart, ChartDouble];
    ChartCollection: [Excel.ChartCollection, ChartCollectionDouble];
    ChartTitle: [Excel.ChartTitle, ChartTitleDouble];
    ChartLegend: [Excel.ChartLegend, ChartLegendDouble];
  }
}

type ChartTypeName = Parameters<Excel.ChartCollection["add"]>[0];

interface SheetScope {
  sheetId: string;
}

export class ChartCollectionDouble extends CollectionProxy<SheetScope, ChartDouble>
  implements Api<Excel.ChartCollection, "items" | "count" | "add" | "getItem" | "getItemAt" | "getItemOrNullObject" | "load"> {
  readonly typeName = "ChartCollection";
  protected readonly scalarProperties = ["count"];

  get count(): number { return this.read("count"); }

  private sheet(scope: SheetScope, location: string): SheetState {
    return sheetById(this.session.state, scope.sheetId, location);
  }

  protected itemsOf(scope: SheetScope): ChartDouble[] {
    return chartsOf(this.sheet(scope, "ChartCollection.items")).map((c) => new ChartDouble(this.session, { kind: "fixed", target: c.id }));
  }

  protected fetch(_property: string, scope: SheetScope): unknown {
    return chartsOf(this.sheet(scope, "ChartCollection.count")).length;
  }

  add(type: ChartTypeName, sourceData: RangeDouble, seriesBy?: "Auto" | "Columns" | "Rows"): ChartDouble {
    const location = "ChartCollection.add";
    assertSameSession(this, sourceData, location);
    const args = [type, "<Range>", ...(seriesBy === undefined ? [] : [seriesBy])];
    return new ChartDouble(this.session, this.created("add", args, () => {
      const state = this.session.state;
      const sheet = this.sheet(this.target(location), location);
      if (!sourceData || typeof (sourceData as { target?: unknown }).target !== "function") {
        throw excelError("InvalidArgument", "The source data must be a Range.", location);
      }
      const source = sourceData.target(location);
      return addChart(state, sheet, type, { sheet: sheetById(state, source.sheetId, location), rect: source.rect }, seriesBy, location).id;
    }));
  }

  private find(scope: SheetScope, name: string, location: string): string | null {
    const lower = name.toLowerCase();
    return chartsOf(this.sheet(scope, location)).find((c) => c.name.toLowerCase() === lower)?.id ?? null;
  }

  getItem(name: string): ChartDouble {
    const location = "ChartCollection.getItem";
    return new ChartDouble(this.session, this.created("getItem", [name], () => this.find(this.target(location), name, location)));
  }

  getItemOrNullObject(name: string): ChartDouble {
    const location = "ChartCollection.getItemOrNullObject";
    return new ChartDouble(this.session, this.created("getItemOrNullObject", [name], () => this.find(this.target(location), name, location), true));
  }

  getItemAt(index: number): ChartDouble {
    const location = "ChartCollection.getItemAt";
    return new ChartDouble(this.session, this.created("getItemAt", [index], () => {
      const charts = chartsOf(this.sheet(this.target(location), location));
      if (!Number.isInteger(index) || index < 0 || index >= charts.length) {
        throw excelError("InvalidArgument", `Chart index ${index} is outside 0..${charts.length - 1}.`, location);
      }
      return charts[index].id;
    }));
  }
}

type ChartMembers = "id" | "name" | "chartType" | "title" | "legend" | "series" | "dataLabels" | "axes" | "setPosition" | "delete" | "load" | "isNullObject";

export class ChartDouble extends ProxyBase<string> implements Api<Excel.Chart, ChartMembers> {
  readonly typeName = "Chart";
  protected readonly scalarProperties = ["id", "name", "chartType"];
  private titleProxy?: ChartTitleDouble;
  private legendProxy?: ChartLegendDouble;
  private seriesProxy?: ChartSeriesCollectionDouble;
  private dataLabelsProxy?: ChartDataLabelsDouble;
  private axesProxy?: ChartAxesDouble;

  get id(): string { return this.read("id"); }
  get chartType(): ChartTypeName { return this.read("chartType"); }
  get name(): string { return this.read("name"); }
  set name(v: string) {
    this.write("name", v, (id, location) => {
      const chart = editableChart(this.session.state, id, location);
      chart.name = validateChartName(chartById(this.session.state, id, location).sheet, v, location, chart);
    });
  }

  get title(): ChartTitleDouble {
    return (this.titleProxy ??= new ChartTitleDouble(this.session, this.derived((id) => id)));
  }
  get legend(): ChartLegendDouble {
    return (this.legendProxy ??= new ChartLegendDouble(this.session, this.derived((id) => id)));
  }
  get series(): ChartSeriesCollectionDouble {
    return (this.seriesProxy ??= new ChartSeriesCollectionDouble(this.session, this.derived((id) => id)));
  }
  /** ExcelApi 1.1: labels on every point of every series. */
  get dataLabels(): ChartDataLabelsDouble {
    return (this.dataLabelsProxy ??= new ChartDataLabelsDouble(this.session, this.derived((id) => id)));
  }
  /** ExcelApi 1.1. */
  get axes(): ChartAxesDouble {
    return (this.axesProxy ??= new ChartAxesDouble(this.session, this.derived((id) => id)));
  }

  protected override navigation(name: string): ProxyBase<unknown> | undefined {
    switch (name) {
      case "title": return this.title;
      case "legend": return this.legend;
      case "series": return this.series;
      case "dataLabels": return this.dataLabels;
      case "axes": return this.axes;
      default: return undefined;
    }
  }

  protected fetch(property: string, id: string): unknown {
    return chartById(this.session.state, id, `Chart.${property}`).chart[property as "id" | "name" | "chartType"];
  }

  /** A cell argument: an address on the chart's sheet, or a Range there. */
  private cell(arg: RangeDouble | string, sheet: SheetState, location: string): Rect {
    if (typeof arg === "string") {
      const parsed = parseAddress(arg);
      if (!parsed || (parsed.sheet !== undefined && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase())) {
        throw excelError("InvalidArgument", `'${arg}' is not a cell on sheet '${sheet.name}'.`, location);
      }
      return parsed.rect;
    }
    const target = arg.target(location);
    if (target.sheetId !== sheet.id) throw excelError("InvalidArgument", "The cell is not on the chart's sheet.", location);
    return target.rect;
  }

  setPosition(startCell: RangeDouble | string, endCell?: RangeDouble | string): void {
    assertSameSession(this, startCell, "Chart.setPosition");
    assertSameSession(this, endCell, "Chart.setPosition");
    const args = [startCell, endCell].filter((a) => a !== undefined).map((a) => (typeof a === "string" ? a : "<Range>"));
    this.call("setPosition", args, (id, location) => {
      const chart = editableChart(this.session.state, id, location);
      const { sheet } = chartById(this.session.state, id, location);
      placeChart(chart, this.cell(startCell, sheet, location), endCell === undefined ? undefined : this.cell(endCell, sheet, location), location);
    });
  }

  delete(): void {
    this.call("delete", [], (id, location) => {
      const chart = editableChart(this.session.state, id, location);
      const { sheet } = chartById(this.session.state, id, location);
      sheet.charts = chartsOf(sheet).filter((c) => c !== chart);
    });
  }
}

export class ChartTitleDouble extends ProxyBase<string> implements Api<Excel.ChartTitle, "text" | "visible" | "load"> {
  readonly typeName = "ChartTitle";
  protected readonly scalarProperties = ["text", "visible"];

  get text(): string { return this.read("text"); }
  set text(v: string) {
    this.write("text", v, (id, location) => {
      if (typeof v !== "string") throw excelError("InvalidArgument", "A title must be text.", location);
      editableChart(this.session.state, id, location).title.text = v;
    });
  }
  get visible(): boolean { return this.read("visible"); }
  set visible(v: boolean) {
    this.write("visible", v, (id, location) => {
      if (typeof v !== "boolean") throw excelError("InvalidArgument", "visible must be true or false.", location);
      editableChart(this.session.state, id, location).title.visible = v;
    });
  }

  protected fetch(property: string, id: string): unknown {
    return chartById(this.session.state, id, `ChartTitle.${property}`).chart.title[property as "text" | "visible"];
  }
}

type LegendPosition = Excel.ChartLegend["position"];

export class ChartLegendDouble extends ProxyBase<string> implements Api<Excel.ChartLegend, "visible" | "position" | "load"> {
  readonly typeName = "ChartLegend";
  protected readonly scalarProperties = ["visible", "position"];

  get visible(): boolean { return this.read("visible"); }
  set visible(v: boolean) {
    this.write("visible", v, (id, location) => {
      if (typeof v !== "boolean") throw excelError("InvalidArgument", "visible must be true or false.", location);
      editableChart(this.session.state, id, location).legend.visible = v;
    });
  }
  get position(): LegendPosition { return this.read("position"); }
  set position(v: LegendPosition) {
    this.write("position", v, (id, location) => {
      if (typeof v !== "string" || !LEGEND_POSITIONS.has(v)) throw excelError("InvalidArgument", `Unknown legend position '${String(v)}'.`, location);
      editableChart(this.session.state, id, location).legend.position = v;
    });
  }

  protected fetch(property: string, id: string): unknown {
    return chartById(this.session.state, id, `ChartLegend.${property}`).chart.legend[property as "visible" | "position"];
  }
}
