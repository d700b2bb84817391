/** Excel.ChartSeriesCollection, Excel.ChartSeries, its format and fill. */
import { qualifiedAddress } from "./address";
import type { Api } from "./api-types";
import { chartById, editableChart, pointCount } from "./chart-model";
import type { ChartSeriesState, ChartState } from "./chart-state";
import { excelError } from "./errors";
import { CollectionProxy, ProxyBase, assertSameSession } from "./proxy";
import type { RangeDouble } from "./range";
import { normalizeColor } from "./range-format";
import { sheetById } from "./sheet-ops";
import { newId } from "./state";

declare module "./api-types" {
  interface Doubles {
    ChartSeries: [Excel.ChartSeries, ChartSeriesDouble];
    ChartSeriesCollection: [Excel.ChartSeriesCollection, ChartSeriesCollectionDouble];
    ChartSeriesFormat: [Excel.ChartSeriesFormat, ChartSeriesFormatDouble];
    ChartFill: [Excel.ChartFill, ChartFillDouble];
    ChartPointsCollection: [Excel.ChartPointsCollection, ChartPointsCollectionDouble];
    ChartPoint: [Excel.ChartPoint, ChartPointDouble];
    ChartPointFormat: [Excel.ChartPointFormat, ChartPointFormatDouble];
  }
}

interface SeriesTarget {
  chartId: string;
  seriesId: string;
}

/** A series, or one of its points (ChartPoint.format.fill shares ChartFill with the series). */
export interface FillTarget extends SeriesTarget {
  point?: number;
}

function seriesOf(chart: ChartState, seriesId: string, location: string): ChartSeriesState {
  const series = chart.series.find((s) => s.id === seriesId);
  if (!series) throw excelError("ItemNotFound", "The series no longer exists.", location);
  return series;
}

export class ChartSeriesCollectionDouble extends CollectionProxy<string, ChartSeriesDouble>
  implements Api<Excel.ChartSeriesCollection, "items" | "count" | "add" | "getItemAt" | "load"> {
  readonly typeName = "ChartSeriesCollection";
  protected readonly scalarProperties = ["count"];

  get count(): number { return this.read("count"); }

  protected itemsOf(chartId: string): ChartSeriesDouble[] {
    return chartById(this.session.state, chartId, "ChartSeriesCollection.items").chart.series.map(
      (s) => new ChartSeriesDouble(this.session, { kind: "fixed", target: { chartId, seriesId: s.id } }),
    );
  }

  protected fetch(_property: string, chartId: string): unknown {
    return chartById(this.session.state, chartId, "ChartSeriesCollection.count").chart.series.length;
  }

  /** A series with no values yet, at `index` or last (ExcelApi 1.7). */
  add(name?: string, index?: number): ChartSeriesDouble {
    const location = "ChartSeriesCollection.add";
    const args = [name ?? null, ...(index === undefined ? [] : [index])];
    return new ChartSeriesDouble(this.session, this.created<SeriesTarget>("add", args, () => {
      const chartId = this.target(location);
      const chart = editableChart(this.session.state, chartId, location);
      if (name !== undefined && typeof name !== "string") throw excelError("InvalidArgument", "A series name must be text.", location);
      const at = index ?? chart.series.length;
      if (!Number.isInteger(at) || at < 0 || at > chart.series.length) throw excelError("InvalidArgument", `Series index ${at} is outside 0..${chart.series.length}.`, location);
      const series: ChartSeriesState = { id: newId(this.session.state, "series-"), name: name ?? `Series${chart.series.length + 1}`, values: "", categories: "", fillColor: "", pointFills: {} };
      chart.series.splice(at, 0, series);
      return { chartId, seriesId: series.id };
    }));
  }

  getItemAt(index: number): ChartSeriesDouble {
    const location = "ChartSeriesCollection.getItemAt";
    return new ChartSeriesDouble(this.session, this.created<SeriesTarget>("getItemAt", [index], () => {
      const chartId = this.target(location);
      const { chart } = chartById(this.session.state, chartId, location);
      if (!Number.isInteger(index) || index < 0 || index >= chart.series.length) {
        throw excelError("InvalidArgument", `Series index ${index} is outside 0..${chart.series.length - 1}.`, location);
      }
      return { chartId, seriesId: chart.series[index].id };
    }));
  }
}

export class ChartSeriesDouble extends ProxyBase<SeriesTarget>
  implements Api<Excel.ChartSeries, "name" | "format" | "points" | "setValues" | "setXAxisValues" | "delete" | "load"> {
  readonly typeName = "ChartSeries";
  protected readonly scalarProperties = ["name"];
  private formatProxy?: ChartSeriesFormatDouble;
  private pointsProxy?: ChartPointsCollectionDouble;

  /** The series behind a target, its chart's sheet checked writable. */
  editable(target: SeriesTarget, location: string): ChartSeriesState {
    return seriesOf(editableChart(this.session.state, target.chartId, location), target.seriesId, location);
  }

  get name(): string { return this.read("name"); }
  set name(v: string) {
    this.write("name", v, (target, location) => {
      if (typeof v !== "string") throw excelError("InvalidArgument", "A series name must be text.", location);
      this.editable(target, location).name = v;
    });
  }

  get format(): ChartSeriesFormatDouble {
    return (this.formatProxy ??= new ChartSeriesFormatDouble(this.session, this.derived((t) => t)));
  }

  /** ExcelApi 1.1: one point per cell of the values. */
  get points(): ChartPointsCollectionDouble {
    return (this.pointsProxy ??= new ChartPointsCollectionDouble(this.session, this.derived((t) => t)));
  }

  protected override navigation(name: string): ProxyBase<unknown> | undefined {
    if (name === "points") return this.points;
    return name === "format" ? this.format : undefined;
  }

  protected fetch(property: string, target: SeriesTarget): unknown {
    const location = `ChartSeries.${property}`;
    return seriesOf(chartById(this.session.state, target.chartId, location).chart, target.seriesId, location).name;
  }

  private setRange(method: "setValues" | "setXAxisValues", range: RangeDouble): void {
    assertSameSession(this, range, `ChartSeries.${method}`);
    this.call(method, ["<Range>"], (target, location) => {
      const series = this.editable(target, location);
      const source = range.target(location);
      const rect = source.rect;
      if (rect.rowCount > 1 && rect.columnCount > 1) throw excelError("InvalidArgument", "A series takes one row or one column of cells.", location);
      const address = qualifiedAddress(sheetById(this.session.state, source.sheetId, location).name, rect, true);
      if (method === "setValues") series.values = address;
      else series.categories = address;
    });
  }

  /** ExcelApi 1.7. */
  setValues(sourceData: RangeDouble): void {
    this.setRange("setValues", sourceData);
  }

  /** ExcelApi 1.7: the category labels. */
  setXAxisValues(sourceData: RangeDouble): void {
    this.setRange("setXAxisValues", sourceData);
  }

  /** ExcelApi 1.7. */
  delete(): void {
    this.call("delete", [], (target, location) => {
      const chart = editableChart(this.session.state, target.chartId, location);
      const series = seriesOf(chart, target.seriesId, location);
      chart.series = chart.series.filter((s) => s !== series);
    });
  }
}

export class ChartSeriesFormatDouble extends ProxyBase<SeriesTarget> implements Api<Excel.ChartSeriesFormat, "fill"> {
  readonly typeName = "ChartSeriesFormat";
  protected readonly scalarProperties = [];
  private fillProxy?: ChartFillDouble;

  get fill(): ChartFillDouble {
    return (this.fillProxy ??= new ChartFillDouble(this.session, this.derived((t) => t)));
  }

  protected override navigation(name: string): ProxyBase<unknown> | undefined {
    return name === "fill" ? this.fill : undefined;
  }

  protected fetch(): unknown {
    return undefined;
  }
}

export class ChartFillDouble extends ProxyBase<FillTarget> implements Api<Excel.ChartFill, "setSolidColor" | "clear"> {
  readonly typeName = "ChartFill";
  protected readonly scalarProperties = [];

  protected fetch(): unknown {
    return undefined;
  }

  private series(target: SeriesTarget, location: string): ChartSeriesState {
    return seriesOf(editableChart(this.session.state, target.chartId, location), target.seriesId, location);
  }

  setSolidColor(color: string): void {
    this.call("setSolidColor", [color], (target, location) => {
      const series = this.series(target, location);
      const fill = normalizeColor(color, location);
      if (target.point === undefined) series.fillColor = fill;
      else series.pointFills[target.point] = fill;
    });
  }

  clear(): void {
    this.call("clear", [], (target, location) => {
      const series = this.series(target, location);
      if (target.point === undefined) series.fillColor = "";
      else delete series.pointFills[target.point];
    });
  }
}

/** Excel.ChartPointsCollection: a series' points, one per cell of its values (ExcelApi 1.1). */
export class ChartPointsCollectionDouble extends CollectionProxy<SeriesTarget, ChartPointDouble>
  implements Api<Excel.ChartPointsCollection, "items" | "count" | "getItemAt" | "load"> {
  readonly typeName = "ChartPointsCollection";
  protected readonly scalarProperties = ["count"];

  get count(): number { return this.read("count"); }

  private seriesAt(target: SeriesTarget, location: string): ChartSeriesState {
    return seriesOf(chartById(this.session.state, target.chartId, location).chart, target.seriesId, location);
  }

  protected itemsOf(target: SeriesTarget): ChartPointDouble[] {
    const n = pointCount(this.seriesAt(target, "ChartPointsCollection.items"));
    return Array.from({ length: n }, (_, point) => new ChartPointDouble(this.session, { kind: "fixed", target: { ...target, point } }));
  }

  protected fetch(_property: string, target: SeriesTarget): unknown {
    return pointCount(this.seriesAt(target, "ChartPointsCollection.count"));
  }

  getItemAt(index: number): ChartPointDouble {
    const location = "ChartPointsCollection.getItemAt";
    return new ChartPointDouble(this.session, this.created<FillTarget>("getItemAt", [index], () => {
      const target = this.target(location);
      const n = pointCount(this.seriesAt(target, location));
      if (!Number.isInteger(index) || index < 0 || index >= n) throw excelError("InvalidArgument", `Point index ${index} is outside 0..${n - 1}.`, location);
      return { ...target, point: index };
    }));
  }
}

/** Excel.ChartPoint: only its format (fill) is modelled. */
export class ChartPointDouble extends ProxyBase<FillTarget> implements Api<Excel.ChartPoint, "format"> {
  readonly typeName = "ChartPoint";
  protected readonly scalarProperties = [];
  private formatProxy?: ChartPointFormatDouble;

  get format(): ChartPointFormatDouble {
    return (this.formatProxy ??= new ChartPointFormatDouble(this.session, this.derived((t) => t)));
  }

  protected override navigation(name: string): ProxyBase<unknown> | undefined {
    return name === "format" ? this.format : undefined;
  }

  protected fetch(): unknown {
    return undefined;
  }
}

export class ChartPointFormatDouble extends ProxyBase<FillTarget> implements Api<Excel.ChartPointFormat, "fill"> {
  readonly typeName = "ChartPointFormat";
  protected readonly scalarProperties = [];
  private fillProxy?: ChartFillDouble;

  get fill(): ChartFillDouble {
    return (this.fillProxy ??= new ChartFillDouble(this.session, this.derived((t) => t)));
  }

  protected override navigation(name: string): ProxyBase<unknown> | undefined {
    return name === "fill" ? this.fill : undefined;
  }

  protected fetch(): unknown {
    return undefined;
  }
}
