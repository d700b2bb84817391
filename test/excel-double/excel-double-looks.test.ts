/**
 * The double's print settings, merged cells, hidden and grouped columns, frozen panes and the
 * formats the plan's looks use: each fails where Excel fails (or stricter, where Excel's answer is
 * unknown), with Excel's codes, and only from the API set that has it.
 */
import { type ExcelDouble, createExcelDouble } from "../../src/excel-double";

/* eslint-disable @typescript-eslint/no-explicit-any */

async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  return promise.then(
    () => undefined,
    (e: any) => e.code as string,
  );
}

let xl: ExcelDouble;
beforeEach(() => {
  xl = createExcelDouble();
  xl.seedSheet("Plan", { A1: "Title" });
});

const sheet = () => xl.state.sheets.find((s) => s.name === "Plan")!;
const run = (fn: (ws: Excel.Worksheet, ctx: Excel.RequestContext) => void | Promise<void>) =>
  xl.run(async (ctx) => {
    await fn(ctx.workbook.worksheets.getItem("Plan"), ctx);
    await ctx.sync();
  });

describe("page layout (ExcelApi 1.9)", () => {
  test("orientation, one page wide and as many tall as needed, title rows and footer are kept and read back", async () => {
    await run((ws) => {
      ws.pageLayout.orientation = "Landscape";
      ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      ws.pageLayout.setPrintTitleRows("$6:$6");
      ws.pageLayout.headersFooters.defaultForAllPages.leftFooter = "&9A && B";
      ws.pageLayout.headersFooters.defaultForAllPages.centerFooter = "&9Page &P of &N";
    });
    expect(sheet().pageLayout).toMatchObject({
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: "$6:$6",
      headersFooters: { leftFooter: "&9A && B", centerFooter: "&9Page &P of &N", rightFooter: "" },
    });
    await xl.run(async (ctx) => {
      const layout = ctx.workbook.worksheets.getItem("Plan").pageLayout.load("orientation, zoom");
      const titles = layout.getPrintTitleRowsOrNullObject().load("address");
      const footer = layout.headersFooters.defaultForAllPages.load("leftFooter");
      await ctx.sync();
      expect([layout.orientation, layout.zoom, titles.address, footer.leftFooter]).toEqual(["Landscape", { horizontalFitToPages: 1, verticalFitToPages: 0 }, "Plan!6:6", "&9A && B"]);
    });
  });

  test("a fit that the zoom leaves out keeps the sheet's value: one page wide alone prints on one page, tall or not", async () => {
    await run((ws) => {
      ws.pageLayout.zoom = { horizontalFitToPages: 1 };
    });
    expect(sheet().pageLayout.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 1 });
    await run((ws) => {
      ws.pageLayout.zoom = { scale: 80 };
    });
    expect(sheet().pageLayout.zoom).toEqual({ scale: 80 });
  });

  test.each([
    ["an unknown orientation", (ws: Excel.Worksheet) => void (ws.pageLayout.orientation = "Sideways" as any)],
    ["a scale under 10", (ws: Excel.Worksheet) => void (ws.pageLayout.zoom = { scale: 5 })],
    ["a scale and pages together", (ws: Excel.Worksheet) => void (ws.pageLayout.zoom = { scale: 80, horizontalFitToPages: 1 })],
    ["a fraction of a page", (ws: Excel.Worksheet) => void (ws.pageLayout.zoom = { horizontalFitToPages: 0.5, verticalFitToPages: 0 })],
    ["0 pages both ways", (ws: Excel.Worksheet) => void (ws.pageLayout.zoom = { horizontalFitToPages: 0, verticalFitToPages: 0 })],
    ["title rows that are not whole rows", (ws: Excel.Worksheet) => ws.pageLayout.setPrintTitleRows("A6:F6")],
    ["title rows on another sheet", (ws: Excel.Worksheet) => ws.pageLayout.setPrintTitleRows("Sheet1!$6:$6")],
    ["a footer over 255 characters", (ws: Excel.Worksheet) => void (ws.pageLayout.headersFooters.defaultForAllPages.leftFooter = "x".repeat(254))],
  ])("%s is InvalidArgument, and nothing changes", async (_what, write) => {
    const before = structuredClone(sheet().pageLayout);
    expect(await codeOf(run(write))).toBe("InvalidArgument");
    expect(sheet().pageLayout).toEqual(before);
  });

  test("a footer whose three sections together pass 255 characters is refused; each alone would fit", async () => {
    await run((ws) => void (ws.pageLayout.headersFooters.defaultForAllPages.leftFooter = "x".repeat(200)));
    expect(await codeOf(run((ws) => void (ws.pageLayout.headersFooters.defaultForAllPages.rightFooter = "y".repeat(60))))).toBe("InvalidArgument");
    expect(sheet().pageLayout.headersFooters.rightFooter).toBe("");
  });

  test("title rows given as a Range over whole rows are taken", async () => {
    await run((ws) => ws.pageLayout.setPrintTitleRows(ws.getRange("5:6")));
    expect(sheet().pageLayout.printTitleRows).toBe("$5:$6");
  });

  test("below ExcelApi 1.9 every page layout member is ApiNotFound", async () => {
    xl = createExcelDouble({ supportedApiVersion: "1.8" });
    xl.seedSheet("Plan");
    expect(await codeOf(run((ws) => void (ws.pageLayout.orientation = "Landscape")))).toBe("ApiNotFound");
    expect(await codeOf(run((ws) => ws.pageLayout.setPrintTitleRows("$1:$1")))).toBe("ApiNotFound");
    expect(await codeOf(run((ws) => void (ws.pageLayout.headersFooters.defaultForAllPages.leftFooter = "x")))).toBe("ApiNotFound");
    expect(sheet().pageLayout.orientation).toBe("Portrait");
  });
});

describe("merged cells (ExcelApi 1.2)", () => {
  test("merge keeps the top-left value; merge(true) merges each row; unmerge undoes it", async () => {
    xl.seedSheet("Plan", { B3: "gone", A5: "x" });
    await run((ws) => {
      ws.getRange("A3:D3").merge(false);
      ws.getRange("A5:C6").merge(true);
    });
    expect(sheet().merged).toEqual(["A3:D3", "A5:C5", "A6:C6"]);
    expect(xl.cell("Plan", "B3")).toBeUndefined();
    expect(xl.cell("Plan", "A1")!.value).toBe("Title");
    await run((ws) => ws.getRange("A5:C6").unmerge());
    expect(sheet().merged).toEqual(["A3:D3"]);
  });

  test("a range crossing a table cannot be merged, nor a table made over merged cells (InvalidArgument)", async () => {
    xl.seedTable("Plan", "tblX", "A6", ["ID", "Name"], [["1", "a"]]);
    expect(await codeOf(run((ws) => ws.getRange("A5:C6").merge()))).toBe("InvalidArgument");
    expect(sheet().merged).toEqual([]);
    await run((ws) => ws.getRange("D2:F2").merge());
    expect(await codeOf(run((ws) => void ws.tables.add("E1:G3", true)))).toBe("InvalidArgument");
    expect(xl.state.tables.map((t) => t.name)).toEqual(["tblX"]);
  });

  test("a value written into a cell the merged area hides is refused (InvalidOperation); the top-left cell takes one", async () => {
    await run((ws) => ws.getRange("A2:C2").merge());
    expect(await codeOf(run((ws) => void (ws.getRange("B2").values = [["x"]])))).toBe("InvalidOperation");
    await run((ws) => void (ws.getRange("A2:C2").values = [["guidance", "", null]]));
    expect(xl.cell("Plan", "A2")!.value).toBe("guidance");
  });

  test("merging part of a merged area is refused; a wider merge takes it in", async () => {
    await run((ws) => ws.getRange("A2:C2").merge());
    expect(await codeOf(run((ws) => ws.getRange("B2:E2").merge()))).toBe("InvalidArgument");
    await run((ws) => ws.getRange("A2:E3").merge());
    expect(sheet().merged).toEqual(["A2:E3"]);
  });

  test("deleting cells up moves merged areas below within its columns, and refuses one it would cut", async () => {
    await run((ws) => ws.getRange("A8:B8").merge());
    await run((ws) => ws.getRange("A4:C5").delete("Up"));
    expect(sheet().merged).toEqual(["A6:B6"]);
    expect(await codeOf(run((ws) => ws.getRange("B2:C2").delete("Up")))).toBe("InvalidOperation");
    expect(sheet().merged).toEqual(["A6:B6"]);
  });
});

describe("hidden and grouped columns", () => {
  test("columnHidden (1.2) hides whole columns and reads back true, false or null for a mix", async () => {
    await run((ws) => void (ws.getRange("C6:D20").columnHidden = true));
    expect(sheet().hiddenColumns).toEqual([2, 3]);
    await xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Plan");
      const [all, none, mixed] = ["C:D", "A:B", "B:C"].map((a) => ws.getRange(a).load("columnHidden"));
      await ctx.sync();
      expect([all.columnHidden, none.columnHidden, mixed.columnHidden]).toEqual([true, false, null]);
    });
    await run((ws) => void (ws.getRange("D:D").columnHidden = false));
    expect(sheet().hiddenColumns).toEqual([2]);
  });

  test("group('ByColumns') (1.10) outlines the columns, one level per call, at most eight", async () => {
    await run((ws) => ws.getRange("C:D").group("ByColumns"));
    await run((ws) => ws.getRange("D:D").group("ByColumns"));
    expect(sheet().columnOutline).toEqual({ 2: 1, 3: 2 });
    for (let i = 0; i < 6; i++) await run((ws) => ws.getRange("D:D").group("ByColumns"));
    expect(await codeOf(run((ws) => ws.getRange("D:D").group("ByColumns")))).toBe("InvalidOperation");
    expect(await codeOf(run((ws) => ws.getRange("E:E").group("ByColumn" as any)))).toBe("InvalidArgument");
  });

  test("below ExcelApi 1.10 group is ApiNotFound; columnHidden works from 1.2", async () => {
    xl = createExcelDouble({ supportedApiVersion: "1.9" });
    xl.seedSheet("Plan");
    expect(await codeOf(run((ws) => ws.getRange("C:C").group("ByColumns")))).toBe("ApiNotFound");
    await run((ws) => void (ws.getRange("C:C").columnHidden = true));
    expect(sheet().hiddenColumns).toEqual([2]);
  });
});

describe("frozen panes (ExcelApi 1.7)", () => {
  test("freezeAt freezes rows and columns together; freezeRows and freezeColumns each set the panes anew", async () => {
    await run((ws) => ws.freezePanes.freezeAt("A1:A6"));
    expect([sheet().frozenRows, sheet().frozenColumns]).toEqual([6, 1]);
    await run((ws) => {
      ws.freezePanes.freezeRows(6);
      ws.freezePanes.freezeColumns(1);
    });
    expect([sheet().frozenRows, sheet().frozenColumns]).toEqual([0, 1]);
    await xl.run(async (ctx) => {
      const at = ctx.workbook.worksheets.getItem("Plan").freezePanes.getLocationOrNullObject().load("address");
      await ctx.sync();
      expect(at.address).toBe("Plan!A:A");
    });
  });

  test("a frozen pane that does not start at A1 is InvalidArgument", async () => {
    expect(await codeOf(run((ws) => ws.freezePanes.freezeAt("B2:C6")))).toBe("InvalidArgument");
    expect([sheet().frozenRows, sheet().frozenColumns]).toEqual([0, 0]);
  });
});

describe("formats the plan's looks use", () => {
  test("font name, vertical alignment and row height are kept; bad values are InvalidArgument", async () => {
    await run((ws) => {
      const f = ws.getRange("A1").format;
      f.font.name = "Calibri";
      f.verticalAlignment = "Top";
      f.rowHeight = 30;
    });
    expect(xl.cell("Plan", "A1")!.format).toMatchObject({ fontName: "Calibri", verticalAlignment: "Top" });
    expect(sheet().rowHeights[0]).toBe(30);
    expect(await codeOf(run((ws) => void (ws.getRange("A1").format.verticalAlignment = "Middle" as any)))).toBe("InvalidArgument");
    expect(await codeOf(run((ws) => void (ws.getRange("A1").format.rowHeight = 410)))).toBe("InvalidArgument");
    expect(await codeOf(run((ws) => void (ws.getRange("A1").format.font.name = "")))).toBe("InvalidArgument");
  });

  test("a sheet is hidden through visibility (1.1); an unknown value is InvalidArgument; the last visible sheet stays", async () => {
    await run((ws) => void (ws.visibility = "Hidden"));
    expect(sheet().visibility).toBe("Hidden");
    expect(await codeOf(run((ws) => void (ws.visibility = "Gone" as any)))).toBe("InvalidArgument");
    expect(await codeOf(xl.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").visibility = "Hidden";
      await ctx.sync();
    }))).toBe("InvalidOperation");
  });
});
