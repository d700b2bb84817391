/**
 * The Excel double's charts (Worksheet.charts and below): what ChartCollection.add makes of a
 * source range, what the chart, title, legend and series calls store, and where they fail as
 * Excel does (null objects, protection, requirement sets, other runs' proxies).
 */
import { type ExcelDouble, createExcelDouble } from "../../src/excel-double";

/* eslint-disable @typescript-eslint/no-explicit-any */

async function expectCode(promise: Promise<unknown>, code: string): Promise<any> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toMatchObject({ code });
  return error;
}

let xl: ExcelDouble;
const chartsOn = (sheet: string) => xl.state.sheets.find((s) => s.name === sheet)!.charts;

beforeEach(() => {
  xl = createExcelDouble();
  xl.seedSheet("Data", {
    A2: "On track", A3: "At risk", A4: "Off track",
    B2: 3, B3: 1, B4: 0,
    C2: 10, C3: 20, C4: 30,
    D2: "=SUM(B2:C2)", D3: "=SUM(B3:C3)", D4: "=SUM(B4:C4)",
    F1: "Q1", G1: "Q2", H1: "Q3", F2: 1, G2: 2, H2: 3,
  });
});

describe("adding charts", () => {
  test("a text column then numbers: the first column labels the points, each other column is a series", async () => {
    await xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Data");
      ws.charts.add("ColumnClustered", ws.getRange("A2:C4"), "Columns");
      await ctx.sync();
    });
    const [chart] = chartsOn("Data");
    expect(chart).toMatchObject({ name: "Chart 1", chartType: "ColumnClustered", position: null, title: { text: "", visible: false } });
    expect(chart.series.map((s) => [s.name, s.categories, s.values])).toEqual([
      ["Series1", "Data!$A$2:$A$4", "Data!$B$2:$B$4"],
      ["Series2", "Data!$A$2:$A$4", "Data!$C$2:$C$4"],
    ]);
  });

  test("one column, numbers first, formulas or rows: no categories, or series by row", async () => {
    await xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Data");
      ws.charts.add("Pie", ws.getRange("B2:B4"));
      ws.charts.add("BarClustered", ws.getRange("B2:C4"), "Columns");
      ws.charts.add("BarClustered", ws.getRange("D2:D4"), "Columns");
      ws.charts.add("Line", ws.getRange("F1:H2"), "Rows");
      await ctx.sync();
    });
    const charts = chartsOn("Data");
    expect(charts.map((c) => c.name)).toEqual(["Chart 1", "Chart 2", "Chart 3", "Chart 4"]);
    expect(charts[0].series).toEqual([expect.objectContaining({ values: "Data!$B$2:$B$4", categories: "" })]);
    expect(charts[1].series.map((s) => s.values)).toEqual(["Data!$B$2:$B$4", "Data!$C$2:$C$4"]);
    // Formula cells have no value without a formula engine: they never count as labels.
    expect(charts[2].series).toEqual([expect.objectContaining({ values: "Data!$D$2:$D$4", categories: "" })]);
    expect(charts[3].series.map((s) => [s.values, s.categories])).toEqual([
      ["Data!$F$2:$H$2", "Data!$F$1:$H$1"],
    ]);
  });

  test("the source may be on another sheet; addresses are quoted when the name needs it", async () => {
    xl.seedSheet("My data", { A1: "x", B1: 1 });
    await xl.run(async (ctx) => {
      const source = ctx.workbook.worksheets.getItem("My data").getRange("A1:B1");
      ctx.workbook.worksheets.getItem("Data").charts.add("ColumnClustered", source, "Rows");
      await ctx.sync();
    });
    expect(chartsOn("Data")[0].series[0]).toMatchObject({ values: "'My data'!$A$1:$B$1", categories: "" });
  });

  test("an unknown chart type or seriesBy is InvalidArgument and adds nothing", async () => {
    await xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Data");
      ws.charts.add("Invalid", ws.getRange("A2:B4"));
      await expectCode(ctx.sync(), "InvalidArgument");
      ws.charts.add("Pie", ws.getRange("A2:B4"), "Diagonal" as never);
      await expectCode(ctx.sync(), "InvalidArgument");
    });
    expect(chartsOn("Data")).toEqual([]);
  });
});

describe("a chart's settings", () => {
  test("name, title, legend, position, series name, values, categories and colour are stored", async () => {
    await xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Data");
      const chart = ws.charts.add("BarClustered", ws.getRange("C2:C4"), "Columns");
      chart.name = "chtBudget";
      chart.title.text = "Budget by goal";
      chart.title.visible = true;
      chart.legend.visible = false;
      chart.setPosition("F2", ws.getRange("H10:I12"));
      const first = chart.series.getItemAt(0);
      first.name = "Budget";
      first.setXAxisValues(ws.getRange("A2:A4"));
      first.format.fill.setSolidColor("#2e75b6");
      const second = chart.series.add("Count");
      second.setValues(ws.getRange("B2:B4"));
      second.format.fill.setSolidColor("red");
      expect(chart.name).toBe("chtBudget");
      await ctx.sync();
    });
    const [chart] = chartsOn("Data");
    expect(chart).toMatchObject({
      name: "chtBudget",
      chartType: "BarClustered",
      title: { text: "Budget by goal", visible: true },
      legend: { visible: false, position: "Bottom" },
      position: { topLeft: "F2", bottomRight: "I12" },
    });
    expect(chart.series.map((s) => [s.name, s.values, s.categories, s.fillColor])).toEqual([
      ["Budget", "Data!$C$2:$C$4", "Data!$A$2:$A$4", "#2E75B6"],
      ["Count", "Data!$B$2:$B$4", "", "#FF0000"],
    ]);
  });

  test("loads read back names, counts, title and legend; getItem finds a chart by name in any case", async () => {
    await xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Data");
      const a = ws.charts.add("Pie", ws.getRange("A2:B4"));
      a.name = "chtA";
      a.title.text = "A";
      ws.charts.add("Pie", ws.getRange("A2:B4"));
      await ctx.sync();
      const charts = ws.charts.load("items/name, count");
      const found = ws.charts.getItem("CHTA").load("name, id");
      const title = found.title.load("text, visible");
      const legend = found.legend.load("visible, position");
      const series = found.series.load("items/name, count");
      const second = ws.charts.getItemAt(1).load("name");
      await ctx.sync();
      expect(charts.items.map((c) => c.name)).toEqual(["chtA", "Chart 2"]);
      expect(charts.count).toBe(2);
      expect([found.name, found.id]).toEqual(["chtA", chartsOn("Data")[0].id]);
      expect([title.text, title.visible, legend.visible, legend.position]).toEqual(["A", false, true, "Bottom"]);
      expect([series.count, series.items.map((s) => s.name)]).toEqual([1, ["Series1"]]);
      expect(second.name).toBe("Chart 2");
    });
  });

  test("getItemOrNullObject: isNullObject after sync; delete removes the chart, getItem of it then fails", async () => {
    await xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Data");
      ws.charts.add("Pie", ws.getRange("A2:B4")).name = "chtPie";
      const missing = ws.charts.getItemOrNullObject("nope");
      const present = ws.charts.getItemOrNullObject("chtpie");
      await ctx.sync();
      expect([missing.isNullObject, present.isNullObject]).toEqual([true, false]);
      present.delete();
      await ctx.sync();
      expect(chartsOn("Data")).toEqual([]);
      ws.charts.getItem("chtPie");
      await expectCode(ctx.sync(), "ItemNotFound");
      missing.delete();
      await expectCode(ctx.sync(), "ItemNotFound");
    });
  });

  test("two charts on a sheet cannot share a name (the double's stricter reading)", async () => {
    await xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Data");
      ws.charts.add("Pie", ws.getRange("A2:B4")).name = "chtX";
      await ctx.sync();
      ws.charts.add("Pie", ws.getRange("A2:B4")).name = "CHTX";
      await expectCode(ctx.sync(), "ItemAlreadyExists");
      ws.charts.getItem("Chart 2").name = "";
      await expectCode(ctx.sync(), "InvalidArgument");
    });
    expect(chartsOn("Data").map((c) => c.name)).toEqual(["chtX", "Chart 2"]);
  });

  test("bad positions, series ranges and indexes are InvalidArgument", async () => {
    xl.seedSheet("Other");
    const bad: Array<(chart: Excel.Chart, ws: Excel.Worksheet, ctx: Excel.RequestContext) => void> = [
      (chart) => chart.setPosition("H10", "F2"),
      (chart) => chart.setPosition("Other!A1"),
      (chart, _ws, ctx) => chart.setPosition(ctx.workbook.worksheets.getItem("Other").getRange("A1")),
      (chart) => chart.setPosition("not a cell"),
      (chart, ws) => chart.series.getItemAt(0).setValues(ws.getRange("B2:C4")),
      (chart) => (chart.series.getItemAt(5).name = "x"),
      (chart) => chart.series.add("x", 9),
      (chart) => (chart.legend.position = "Middle" as never),
      (chart) => chart.series.getItemAt(0).format.fill.setSolidColor("#12"),
    ];
    await xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Data");
      ws.charts.add("Pie", ws.getRange("B2:B4")).name = "c";
      await ctx.sync();
      for (const use of bad) {
        use(ws.charts.getItem("c"), ws, ctx);
        await expectCode(ctx.sync(), "InvalidArgument");
      }
      ws.charts.getItemAt(3);
      await expectCode(ctx.sync(), "InvalidArgument");
    });
    expect(chartsOn("Data")[0]).toMatchObject({ position: null, series: [expect.objectContaining({ values: "Data!$B$2:$B$4" })] });
  });
});

describe("charts and the rest of the workbook", () => {
  test("every change to a chart on a protected sheet is AccessDenied", async () => {
    await xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Data");
      ws.charts.add("Pie", ws.getRange("A2:B4")).name = "c";
      await ctx.sync();
    });
    xl.protectSheet("Data");
    const writes: Array<(ws: Excel.Worksheet) => void> = [
      (ws) => ws.charts.add("Pie", ws.getRange("A2:B4")),
      (ws) => (ws.charts.getItem("c").name = "d"),
      (ws) => (ws.charts.getItem("c").title.text = "t"),
      (ws) => (ws.charts.getItem("c").legend.visible = false),
      (ws) => ws.charts.getItem("c").setPosition("A1", "B2"),
      (ws) => ws.charts.getItem("c").series.getItemAt(0).format.fill.setSolidColor("#000000"),
      (ws) => (ws.charts.getItem("c").series.getItemAt(0).name = "s"),
      (ws) => ws.charts.getItem("c").series.add("s"),
      (ws) => ws.charts.getItem("c").delete(),
    ];
    await xl.run(async (ctx) => {
      for (const write of writes) {
        write(ctx.workbook.worksheets.getItem("Data"));
        await expectCode(ctx.sync(), "AccessDenied");
      }
    });
    expect(chartsOn("Data")).toHaveLength(1);
  });

  test("renaming a sheet rewrites series addresses; deleting it turns them into #REF! and takes its charts", async () => {
    xl.seedSheet("Charts");
    await xl.run(async (ctx) => {
      const data = ctx.workbook.worksheets.getItem("Data");
      ctx.workbook.worksheets.getItem("Charts").charts.add("ColumnClustered", data.getRange("A2:B4"), "Columns");
      data.charts.add("Pie", data.getRange("A2:B4"));
      await ctx.sync();
      data.name = "Figures 2025";
      await ctx.sync();
    });
    expect(chartsOn("Charts")[0].series[0]).toMatchObject({ values: "'Figures 2025'!$B$2:$B$4", categories: "'Figures 2025'!$A$2:$A$4" });
    await xl.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Figures 2025").delete();
      await ctx.sync();
    });
    expect(chartsOn("Charts")[0].series[0]).toMatchObject({ values: "#REF!$B$2:$B$4", categories: "#REF!$A$2:$A$4" });
    expect(xl.state.sheets.map((s) => s.name)).not.toContain("Figures 2025");
  });

  test("requirement sets: getItemOrNullObject needs 1.4; series.add, setValues, setXAxisValues and delete need 1.7", async () => {
    const cases: Array<[string, (ws: Excel.Worksheet) => void]> = [
      ["1.3", (ws) => ws.charts.getItemOrNullObject("c")],
      ["1.6", (ws) => ws.charts.getItem("c").series.add("x")],
      ["1.6", (ws) => ws.charts.getItem("c").series.getItemAt(0).setValues(ws.getRange("B2:B4"))],
      ["1.6", (ws) => ws.charts.getItem("c").series.getItemAt(0).setXAxisValues(ws.getRange("A2:A4"))],
      ["1.6", (ws) => ws.charts.getItem("c").series.getItemAt(0).delete()],
      ["1.6", (ws) => ws.charts.getItem("c").load("id")],
    ];
    for (const [version, use] of cases) {
      const old = createExcelDouble({ supportedApiVersion: version });
      old.seedSheet("Data", { A2: "a", B2: 1 });
      await old.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem("Data");
        const chart = ws.charts.add("ColumnClustered", ws.getRange("A2:B2"), "Rows");
        chart.name = "c";
        chart.title.text = "ExcelApi 1.1";
        chart.setPosition("D2", "F10");
        chart.series.getItemAt(0).format.fill.setSolidColor("#000000");
        await ctx.sync();
        use(ws);
        await expectCode(ctx.sync(), "ApiNotFound");
      });
    }
  });

  test("proxies from another run are refused as chart sources", async () => {
    let stale: Excel.Range | undefined;
    await xl.run(async (ctx) => {
      stale = ctx.workbook.worksheets.getItem("Data").getRange("A2:B4");
      await ctx.sync();
    });
    await xl.run(async (ctx) => {
      expect(() => ctx.workbook.worksheets.getItem("Data").charts.add("Pie", stale!)).toThrow(expect.objectContaining({ code: "InvalidRequestContext" }));
    });
  });

  test("a chart made and deleted in a batch that fails after it is not undone, like every other command", async () => {
    await expectCode(
      xl.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem("Data");
        ws.charts.add("Pie", ws.getRange("A2:B4")).name = "kept";
        ws.charts.getItem("missing").delete();
        ws.charts.add("Pie", ws.getRange("A2:B4")).name = "never";
        await ctx.sync();
      }),
      "ItemNotFound",
    );
    expect(chartsOn("Data").map((c) => c.name)).toEqual(["kept"]);
  });
});

describe("point colours, data labels and axes", () => {
  async function column(type: "ColumnClustered" | "Pie" = "ColumnClustered"): Promise<void> {
    await xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Data");
      ws.charts.add(type, ws.getRange("A2:B4"), "Columns").name = "c";
      await ctx.sync();
    });
  }

  test("each point takes its own fill; the series' fill stays; labels and the value axis are stored", async () => {
    await column();
    await xl.run(async (ctx) => {
      const chart = ctx.workbook.worksheets.getItem("Data").charts.getItem("c");
      const series = chart.series.getItemAt(0);
      series.format.fill.setSolidColor("#70AD47");
      series.points.getItemAt(2).format.fill.setSolidColor("#c00000");
      chart.dataLabels.showValue = true;
      chart.dataLabels.position = "OutsideEnd";
      chart.dataLabels.numberFormat = "0";
      chart.axes.valueAxis.minimum = 0;
      chart.axes.valueAxis.majorUnit = 1;
      chart.axes.valueAxis.numberFormat = "#,##0";
      const points = series.points.load("count");
      await ctx.sync();
      expect(points.count).toBe(3);
    });
    const [chart] = chartsOn("Data");
    expect(chart.series[0]).toMatchObject({ fillColor: "#70AD47", pointFills: { 2: "#C00000" } });
    expect(chart.dataLabels).toMatchObject({ showValue: true, position: "OutsideEnd", numberFormat: "0" });
    expect(chart.axes.value).toEqual({ minimum: 0, maximum: null, majorUnit: 1, numberFormat: "#,##0", reversePlotOrder: false, position: "Automatic" });
  });

  test("refused as Excel refuses them: a point the values lack, a label position the chart type lacks, a unit of 0, a minimum above the maximum, a pie's axes", async () => {
    await column();
    const cases: Array<(chart: Excel.Chart) => void> = [
      (c) => c.series.getItemAt(0).points.getItemAt(3).format.fill.setSolidColor("#000000"),
      (c) => (c.dataLabels.position = "Top"),
      (c) => (c.dataLabels.position = "BestFit"),
      (c) => (c.axes.valueAxis.majorUnit = 0),
      (c) => { c.axes.valueAxis.maximum = 5; c.axes.valueAxis.minimum = 5; },
    ];
    for (const use of cases) {
      await xl.run(async (ctx) => {
        use(ctx.workbook.worksheets.getItem("Data").charts.getItem("c"));
        await expectCode(ctx.sync(), "InvalidArgument");
      });
    }
    await xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Data");
      ws.charts.add("Pie", ws.getRange("A2:B4"), "Columns").name = "pie";
      await ctx.sync();
      ws.charts.getItem("pie").axes.valueAxis.majorUnit = 1;
      await expectCode(ctx.sync(), "InvalidArgument");
    });
    await xl.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Data").charts.getItem("pie").dataLabels.position = "BestFit";
      await ctx.sync();
    });
    expect(chartsOn("Data")[1].dataLabels.position).toBe("BestFit");
  });

  test("requirement sets: points, labels and axis bounds are ExcelApi 1.1; reversed categories 1.7; number formats of labels and axes, and where axes cross, 1.8", async () => {
    const old = createExcelDouble({ supportedApiVersion: "1.1" });
    old.seedSheet("Data", { A2: "a", A3: "b", B2: 1, B3: 2 });
    await old.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Data");
      const chart = ws.charts.add("ColumnClustered", ws.getRange("A2:B3"), "Columns");
      chart.series.getItemAt(0).points.getItemAt(1).format.fill.setSolidColor("#FF0000");
      chart.dataLabels.showValue = true;
      chart.dataLabels.position = "InsideEnd";
      chart.axes.valueAxis.minimum = 0;
      chart.axes.valueAxis.majorUnit = 1;
      await ctx.sync();
    });
    for (const [version, use] of [
      ["1.7", (c: Excel.Chart) => (c.dataLabels.numberFormat = "0")],
      ["1.7", (c: Excel.Chart) => (c.axes.valueAxis.numberFormat = "0")],
      ["1.7", (c: Excel.Chart) => (c.axes.categoryAxis.position = "Maximum")],
      ["1.6", (c: Excel.Chart) => (c.axes.categoryAxis.reversePlotOrder = true)],
    ] as const) {
      const v17 = createExcelDouble({ supportedApiVersion: version });
      v17.seedSheet("Data", { A2: "a", B2: 1 });
      await v17.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem("Data");
        const chart = ws.charts.add("ColumnClustered", ws.getRange("A2:B2"), "Columns");
        await ctx.sync();
        use(chart);
        await expectCode(ctx.sync(), "ApiNotFound");
      });
    }
  });
});
