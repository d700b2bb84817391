/** Charts as plain data, as state.ts keeps them on their sheet (the rules: chart-model.ts). */
export interface ChartSeriesState {
  id: string;
  name: string;
  /** Qualified absolute address, e.g. "Dashboard!$R$7:$R$11"; "" for a series added without values. */
  values: string;
  /** Category (X axis) labels, qualified like `values`; "" when Excel numbers the points 1, 2, 3... */
  categories: string;
  /** From format.fill.setSolidColor, "#RRGGBB" (or a colour name); "" while automatic. */
  fillColor: string;
  /** points.getItemAt(i).format.fill.setSolidColor, by point index; absent while automatic. */
  pointFills: Record<number, string>;
}

/** Chart.dataLabels: what is written on every point. */
export interface ChartDataLabelsState {
  showValue: boolean;
  showCategoryName: boolean;
  showSeriesName: boolean;
  showLegendKey: boolean;
  /** Excel.ChartDataLabelPosition; "" while Excel's default for the chart type. */
  position: string;
  /** "" while linked to the cells' format. */
  numberFormat: string;
}

/** A chart axis: null while Excel picks the value automatically. */
export interface ChartAxisState {
  minimum: number | null;
  maximum: number | null;
  majorUnit: number | null;
  /** "" while linked to the cells' format. */
  numberFormat: string;
  /** Categories from the far end (a bar chart's first at the top). */
  reversePlotOrder: boolean;
  /** Where the other axis crosses this one: Excel.ChartAxisPosition. */
  position: string;
}

export interface ChartState {
  /** Stable, like Chart.id. */
  id: string;
  name: string;
  /** Excel.ChartType, e.g. "BarClustered". */
  chartType: string;
  title: { text: string; visible: boolean };
  legend: { visible: boolean; position: string };
  series: ChartSeriesState[];
  dataLabels: ChartDataLabelsState;
  axes: { value: ChartAxisState; category: ChartAxisState };
  /** Cells given to setPosition (unqualified); bottomRight is "" when only a start cell was given. Null until placed. */
  position: { topLeft: string; bottomRight: string } | null;
}
