/** Excel.ChartDataLabels (a chart's labels on every point), Excel.ChartAxes and Excel.ChartAxis. */
import type { Api } from "./api-types";
import { chartById, editableChart, hasAxes, labelPositions } from "./chart-model";
import type { ChartAxisState, ChartDataLabelsState } from "./chart-state";
import { excelError } from "./errors";
import { ProxyBase } from "./proxy";

declare module "./api-types" {
  interface Doubles {
    ChartDataLabels: [Excel.ChartDataLabels, ChartDataLabelsDouble];
    ChartAxes: [Excel.ChartAxes, ChartAxesDouble];
    ChartAxis: [Excel.ChartAxis, ChartAxisDouble];
  }
}

type LabelFlag = "showValue" | "showCategoryName" | "showSeriesName" | "showLegendKey";
type LabelPosition = Excel.ChartDataLabels["position"];

export class ChartDataLabelsDouble extends ProxyBase<string>
  implements Api<Excel.ChartDataLabels, LabelFlag | "position" | "numberFormat" | "load"> {
  readonly typeName = "ChartDataLabels";
  protected readonly scalarProperties = ["showValue", "showCategoryName", "showSeriesName", "showLegendKey", "position", "numberFormat"];

  private labels(id: string, location: string): ChartDataLabelsState {
    return editableChart(this.session.state, id, location).dataLabels;
  }

  private flag(name: LabelFlag, v: boolean): void {
    this.write(name, v, (id, location) => {
      if (typeof v !== "boolean") throw excelError("InvalidArgument", `${name} must be true or false.`, location);
      this.labels(id, location)[name] = v;
    });
  }

  get showValue(): boolean { return this.read("showValue"); }
  set showValue(v: boolean) { this.flag("showValue", v); }
  get showCategoryName(): boolean { return this.read("showCategoryName"); }
  set showCategoryName(v: boolean) { this.flag("showCategoryName", v); }
  get showSeriesName(): boolean { return this.read("showSeriesName"); }
  set showSeriesName(v: boolean) { this.flag("showSeriesName", v); }
  get showLegendKey(): boolean { return this.read("showLegendKey"); }
  set showLegendKey(v: boolean) { this.flag("showLegendKey", v); }

  /** ExcelApi 1.1; only the positions the chart type offers. */
  get position(): LabelPosition { return this.read("position"); }
  set position(v: LabelPosition) {
    this.write("position", v, (id, location) => {
      const chart = editableChart(this.session.state, id, location);
      if (typeof v !== "string" || !labelPositions(chart.chartType).has(v)) {
        throw excelError("InvalidArgument", `A ${chart.chartType} chart cannot put its labels at '${String(v)}'.`, location);
      }
      chart.dataLabels.position = v;
    });
  }

  /** ExcelApi 1.8. */
  get numberFormat(): string { return this.read("numberFormat"); }
  set numberFormat(v: string) {
    this.write("numberFormat", v, (id, location) => {
      if (typeof v !== "string") throw excelError("InvalidArgument", "A number format must be text.", location);
      this.labels(id, location).numberFormat = v;
    });
  }

  protected fetch(property: string, id: string): unknown {
    return chartById(this.session.state, id, `ChartDataLabels.${property}`).chart.dataLabels[property as keyof ChartDataLabelsState];
  }
}

interface AxisTarget {
  chartId: string;
  axis: "value" | "category";
}

export class ChartAxesDouble extends ProxyBase<string> implements Api<Excel.ChartAxes, "valueAxis" | "categoryAxis"> {
  readonly typeName = "ChartAxes";
  protected readonly scalarProperties = [];
  private valueProxy?: ChartAxisDouble;
  private categoryProxy?: ChartAxisDouble;

  get valueAxis(): ChartAxisDouble {
    return (this.valueProxy ??= new ChartAxisDouble(this.session, this.derived((chartId) => ({ chartId, axis: "value" as const }))));
  }
  get categoryAxis(): ChartAxisDouble {
    return (this.categoryProxy ??= new ChartAxisDouble(this.session, this.derived((chartId) => ({ chartId, axis: "category" as const }))));
  }

  protected override navigation(name: string): ProxyBase<unknown> | undefined {
    if (name === "valueAxis") return this.valueAxis;
    return name === "categoryAxis" ? this.categoryAxis : undefined;
  }

  protected fetch(): unknown {
    return undefined;
  }
}

export class ChartAxisDouble extends ProxyBase<AxisTarget>
  implements Api<Excel.ChartAxis, "minimum" | "maximum" | "majorUnit" | "numberFormat" | "reversePlotOrder" | "position" | "load"> {
  readonly typeName = "ChartAxis";
  protected readonly scalarProperties = ["minimum", "maximum", "majorUnit", "numberFormat", "reversePlotOrder", "position"];

  /** ExcelApi 1.7. */
  get reversePlotOrder(): boolean { return this.read("reversePlotOrder"); }
  set reversePlotOrder(v: boolean) {
    this.write("reversePlotOrder", v, (target, location) => {
      if (typeof v !== "boolean") throw excelError("InvalidArgument", "reversePlotOrder must be true or false.", location);
      this.axis(target, location).reversePlotOrder = v;
    });
  }

  /** ExcelApi 1.8: "Custom" only through setPositionAt, which the double does not model. */
  get position(): Excel.ChartAxis["position"] { return this.read("position") as Excel.ChartAxis["position"]; }
  set position(v: Excel.ChartAxis["position"]) {
    this.write("position", v, (target, location) => {
      if (typeof v !== "string" || !["Automatic", "Maximum", "Minimum"].includes(v)) throw excelError("InvalidArgument", `Unknown axis position '${String(v)}'.`, location);
      this.axis(target, location).position = v;
    });
  }

  /** The axis, checked writable and present: a pie or doughnut has none. */
  private axis(target: AxisTarget, location: string): ChartAxisState {
    const chart = editableChart(this.session.state, target.chartId, location);
    if (!hasAxes(chart.chartType)) throw excelError("InvalidArgument", `A ${chart.chartType} chart has no axes.`, location);
    return chart.axes[target.axis];
  }

  private number(name: "minimum" | "maximum" | "majorUnit", v: unknown, check: (axis: ChartAxisState, n: number, location: string) => void): void {
    this.write(name, v, (target, location) => {
      if (typeof v !== "number" || !Number.isFinite(v)) throw excelError("InvalidArgument", `${name} must be a number.`, location);
      const axis = this.axis(target, location);
      check(axis, v, location);
      axis[name] = v;
    });
  }

  /** ExcelApi 1.1 (minimum, maximum, majorUnit). */
  get minimum(): number { return this.read("minimum"); }
  set minimum(v: number) {
    this.number("minimum", v, (axis, n, location) => {
      if (axis.maximum !== null && n >= axis.maximum) throw excelError("InvalidArgument", "The minimum must be below the maximum.", location);
    });
  }
  get maximum(): number { return this.read("maximum"); }
  set maximum(v: number) {
    this.number("maximum", v, (axis, n, location) => {
      if (axis.minimum !== null && n <= axis.minimum) throw excelError("InvalidArgument", "The maximum must be above the minimum.", location);
    });
  }
  get majorUnit(): number { return this.read("majorUnit"); }
  set majorUnit(v: number) {
    this.number("majorUnit", v, (_axis, n, location) => {
      if (n <= 0) throw excelError("InvalidArgument", "The major unit must be above 0.", location);
    });
  }

  /** ExcelApi 1.8. */
  get numberFormat(): string { return this.read("numberFormat"); }
  set numberFormat(v: string) {
    this.write("numberFormat", v, (target, location) => {
      if (typeof v !== "string") throw excelError("InvalidArgument", "A number format must be text.", location);
      this.axis(target, location).numberFormat = v;
    });
  }

  protected fetch(property: string, target: AxisTarget): unknown {
    return chartById(this.session.state, target.chartId, `ChartAxis.${property}`).chart.axes[target.axis][property as keyof ChartAxisState];
  }
}
