/**
 * The Excel double must fail where Excel fails, with Excel's codes: these tests pin down each
 * behaviour the add-in's own tests rely on.
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

function thrown(fn: () => unknown): any {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error("expected a throw");
}

let xl: ExcelDouble;
beforeEach(() => {
  xl = createExcelDouble();
});

describe("proxies, load and sync", () => {
  test("reading a property before load, or after load but before sync, throws PropertyNotLoaded", async () => {
    xl.seedSheet("Data", { A1: 1 });
    await xl.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Data").getRange("A1");
      const before = thrown(() => range.values);
      expect(before).toMatchObject({ name: "RichApi.Error", code: "PropertyNotLoaded", debugInfo: { errorLocation: "Range.values" } });
      expect(before.message).toContain("values");
      range.load("values");
      expect(thrown(() => range.values).code).toBe("PropertyNotLoaded");
      await ctx.sync();
      expect(range.values).toEqual([[1]]);
      expect(thrown(() => range.address).code).toBe("PropertyNotLoaded");
    });
  });

  test("an assigned property reads back the caller's own value without loading", async () => {
    await xl.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      range.values = [["a", "007"]];
      expect(range.values).toEqual([["a", "007"]]);
      range.load("values");
      await ctx.sync();
      expect(range.values).toEqual([["a", 7]]);
    });
  });

  test("load() takes scalars only; collection items need loading; paths reach sub-objects", async () => {
    xl.seedSheet("Data", { A1: "x" });
    await xl.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      const ws = sheets.getItem("Data").load();
      expect(thrown(() => sheets.items).code).toBe("PropertyNotLoaded");
      sheets.load("items/name, items/position");
      const cell = ws.getRange("A1").load(["address", "format/font/bold"]);
      await ctx.sync();
      expect(ws.name).toBe("Data");
      expect(ws.position).toBe(1);
      expect(sheets.items.map((s) => [s.name, s.position])).toEqual([["Sheet1", 0], ["Data", 1]]);
      expect(thrown(() => sheets.items[0].visibility).code).toBe("PropertyNotLoaded");
      expect(cell.format.font.bold).toBe(false);
      expect(thrown(() => cell.values).code).toBe("PropertyNotLoaded");
      const tables = ctx.workbook.tables.load("name");
      await ctx.sync();
      expect(tables.items).toEqual([]);
    });
  });

  test("*OrNullObject: isNullObject known only after sync, other properties undefined, writes fail", async () => {
    await xl.run(async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject("Nope");
      missing.load("name");
      expect(thrown(() => missing.isNullObject).code).toBe("PropertyNotLoaded");
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      expect(missing.name).toBeUndefined();
      const present = ctx.workbook.worksheets.getItemOrNullObject("sheet1");
      await ctx.sync();
      expect(present.isNullObject).toBe(false);
      missing.getRange("A1").values = [[1]];
      await expectCode(ctx.sync(), "ItemNotFound");
      missing.tabColor = "#FF0000";
      await expectCode(ctx.sync(), "ItemNotFound");
    });
  });

  test("getItem with a missing name fails at sync, not at the call", async () => {
    await xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Missing");
      const error = await expectCode(ctx.sync(), "ItemNotFound");
      expect(error.debugInfo.errorLocation).toBe("WorksheetCollection.getItem");
      expect(ws).toBeDefined();
    });
  });

  test("a failing command keeps what ran before it, skips what follows, and loads before it still arrive", async () => {
    xl.seedSheet("Data", { C1: "kept" });
    await expectCode(
      xl.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem("Data");
        ws.getRange("A1").values = [["first"]];
        const c1 = ws.getRange("C1").load("values");
        ws.getRange("A1:B1").values = [[1]]; // wrong size: InvalidArgument
        ws.getRange("B2").values = [["never"]];
        const late = ws.getRange("C1").load("address");
        const error = await expectCode(ctx.sync(), "InvalidArgument");
        expect(error.debugInfo.errorLocation).toBe("Range.values");
        expect(c1.values).toEqual([["kept"]]);
        expect(thrown(() => late.address).code).toBe("PropertyNotLoaded");
        throw error;
      }),
      "InvalidArgument",
    );
    expect(xl.cell("Data", "A1")?.value).toBe("first");
    expect(xl.cell("Data", "B2")).toBeUndefined();
  });

  test("objects outlive their run only as read-only snapshots", async () => {
    xl.seedSheet("Data", { A1: 3 });
    const range = await xl.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Data").getRange("A1").load("values");
      await ctx.sync();
      return r;
    });
    expect(range.values).toEqual([[3]]);
    expect(thrown(() => (range.values = [[4]])).code).toBe("InvalidObjectPath");
    expect(thrown(() => range.load("address")).code).toBe("InvalidObjectPath");
  });

  test("a throwing batch drops its queued commands; a resolving batch flushes them", async () => {
    const boom = new Error("boom");
    await expect(
      xl.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["dropped"]];
        throw boom;
      }),
    ).rejects.toBe(boom);
    expect(xl.cell("Sheet1", "A1")).toBeUndefined();
    await xl.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["flushed"]];
    });
    expect(xl.cell("Sheet1", "A1")?.value).toBe("flushed");
    expect(xl.stats.syncs).toBe(1);
  });

  test("ClientResult.value throws ValueNotLoaded until synced", async () => {
    await xl.run(async (ctx) => {
      const count = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").conditionalFormats.getCount();
      expect(thrown(() => count.value).code).toBe("ValueNotLoaded");
      await ctx.sync();
      expect(count.value).toBe(0);
    });
  });

  test("proxies from another run are refused", async () => {
    const foreign = await xl.run(async (ctx) => ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B2"));
    await xl.run(async (ctx) => {
      expect(thrown(() => ctx.workbook.tables.add(foreign, true)).code).toBe("InvalidRequestContext");
    });
  });
});

describe("payload limits, sync counting and cell-edit mode", () => {
  test("a request over the limit is refused whole", async () => {
    const small = createExcelDouble({ requestLimitBytes: 2_000 });
    await small.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A1").values = [["small"]];
      ws.getRange("A2:A200").values = Array.from({ length: 199 }, (_, i) => [`row ${i}`]);
      const error = await expectCode(ctx.sync(), "RequestPayloadSizeLimitExceeded");
      expect(error.debugInfo.statement).toBeUndefined();
    });
    expect(small.cell("Sheet1", "A1")).toBeUndefined();
    expect(small.stats.syncs).toBe(1);
    expect(small.stats.requestBytes[0]).toBeGreaterThan(2_000);
  });

  test("a response over the limit is refused and the batch applies nothing", async () => {
    const small = createExcelDouble({ requestLimitBytes: 3_000 });
    small.seedSheet("Data", Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`A${i + 1}`, `value number ${i}`])));
    await small.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Data");
      ws.getRange("B1").values = [["written"]];
      const big = ws.getRange("A1:A300").load("values");
      await expectCode(ctx.sync(), "ResponsePayloadSizeLimitExceeded");
      expect(thrown(() => big.values).code).toBe("PropertyNotLoaded");
    });
    expect(small.cell("Data", "B1")).toBeUndefined();
    await small.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Data").getRange("A1:A300").load("values");
      await expectCode(ctx.sync(), "ResponsePayloadSizeLimitExceeded");
    });
  });

  test("stats count every request, failing ones too, and reset; an empty sync sends none", async () => {
    await xl.run(async (ctx) => {
      await ctx.sync();
      ctx.workbook.worksheets.getItem("Missing").load("name");
      await expectCode(ctx.sync(), "ItemNotFound");
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["x"]];
      await ctx.sync();
    });
    expect(xl.stats.syncs).toBe(2);
    // Every request is measured: the first sync carries only Excel.run's own set-up (no
    // work, so not counted as a sync) and a closing request releases its references.
    expect(xl.stats.requestBytes).toHaveLength(4);
    expect(xl.stats.maxRequestBytes).toBe(Math.max(...xl.stats.requestBytes));
    xl.stats.reset();
    expect(xl.stats).toMatchObject({ syncs: 0, requestBytes: [], maxRequestBytes: 0 });
  });

  test("in cell-edit mode every sync fails and applies nothing", async () => {
    xl.setCellEditMode(true);
    await xl.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["x"]];
      await expectCode(ctx.sync(), "InvalidOperationInCellEditMode");
      xl.setCellEditMode(false);
      await ctx.sync();
    });
    expect(xl.cell("Sheet1", "A1")).toBeUndefined();
  });

  test("suspendApiCalculationUntilNextSync is queued and costs a command", async () => {
    await xl.run(async (ctx) => {
      ctx.application.suspendApiCalculationUntilNextSync();
      ctx.workbook.application.suspendApiCalculationUntilNextSync();
      await ctx.sync();
    });
    expect(xl.stats.requestBytes[0]).toBeGreaterThanOrEqual(200);
  });
});

describe("runtime: the add-in's events switch", () => {
  test("enableEvents loads like any property, starts true, and an assignment lasts from run to run", async () => {
    await xl.run(async (ctx) => {
      expect(thrown(() => ctx.runtime.enableEvents).code).toBe("PropertyNotLoaded");
      ctx.runtime.load("enableEvents");
      expect(thrown(() => ctx.runtime.enableEvents).code).toBe("PropertyNotLoaded");
      await ctx.sync();
      expect(ctx.runtime.enableEvents).toBe(true);
      ctx.runtime.enableEvents = false;
      expect(ctx.runtime.enableEvents).toBe(false); // own input, before any sync
      expect(xl.eventsEnabled).toBe(true);
      await ctx.sync();
      expect(xl.eventsEnabled).toBe(false);
    });
    await xl.run(async (ctx) => {
      const runtime = ctx.runtime.load();
      await ctx.sync();
      expect(runtime.enableEvents).toBe(false);
    });
  });

  test("a non-boolean is refused at sync with InvalidArgument", async () => {
    await xl.run(async (ctx) => {
      (ctx.runtime as { enableEvents: unknown }).enableEvents = "no";
      await expectCode(ctx.sync(), "InvalidArgument");
    });
    expect(xl.eventsEnabled).toBe(true);
  });

  test("writes are judged against the setting as it stood when each one ran, in queue order", async () => {
    await xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A1").load("values");
      await ctx.sync(); // a read: no write
      ws.getRange("A1").values = [["on"]];
      await ctx.sync(); // written with events on
      ctx.runtime.enableEvents = false;
      ws.getRange("A2").values = [["off"]];
      ctx.runtime.enableEvents = true;
      await ctx.sync(); // off, written, on again: written with events off
      ctx.runtime.enableEvents = false;
      await ctx.sync(); // the switch alone is no workbook write
      ws.getRange("A3").values = [["off"]];
      ws.getRange("A4").values = [[1, 2]]; // refused: the first write ran
      await expectCode(ctx.sync(), "InvalidArgument");
      ctx.runtime.enableEvents = true;
      ws.getRange("A5").values = [["on"]];
      await ctx.sync();
    });
    expect(xl.stats.syncs).toBe(6);
    expect(xl.stats.writeSyncs).toBe(4);
    expect(xl.stats.writeSyncsWithEventsOn).toBe(2);
    xl.stats.reset();
    expect(xl.stats).toMatchObject({ writeSyncs: 0, writeSyncsWithEventsOn: 0 });
  });

  test("a batch refused whole (cell-edit mode, response over the limit) changes neither the workbook nor the switch", async () => {
    xl.setCellEditMode(true);
    await xl.run(async (ctx) => {
      ctx.runtime.enableEvents = false;
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["x"]];
      await expectCode(ctx.sync(), "InvalidOperationInCellEditMode");
    });
    expect(xl.eventsEnabled).toBe(true);
    expect(xl.stats.writeSyncs).toBe(0);

    const small = createExcelDouble({ requestLimitBytes: 3_000 });
    small.seedSheet("Data", Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`A${i + 1}`, `value number ${i}`])));
    await small.run(async (ctx) => {
      ctx.runtime.enableEvents = false;
      ctx.workbook.worksheets.getItem("Data").getRange("B1").values = [["written"]];
      ctx.workbook.worksheets.getItem("Data").getRange("A1:A300").load("values");
      await expectCode(ctx.sync(), "ResponsePayloadSizeLimitExceeded");
    });
    expect(small.eventsEnabled).toBe(true);
    expect(small.cell("Data", "B1")).toBeUndefined();
    expect(small.stats.writeSyncs).toBe(0);
  });
});

describe("ranges", () => {
  test("a formula opened from a file reads its saved result until the cell is written", async () => {
    xl.seedSheet("Data", { A1: "=600000*2", B1: "=#REF!*2" });
    const cells = xl.state.sheets.find((s) => s.name === "Data")!.cells;
    cells.A1.result = 1200000;
    cells.B1.result = "#REF!";
    const read = () =>
      xl.run(async (ctx) => {
        const r = ctx.workbook.worksheets.getItem("Data").getRange("A1:B1").load("values, valueTypes, formulas");
        await ctx.sync();
        return { values: r.values[0], types: r.valueTypes[0], formulas: r.formulas[0] };
      });
    expect(await read()).toEqual({ values: [1200000, "#REF!"], types: ["Double", "Error"], formulas: ["=600000*2", "=#REF!*2"] });
    await xl.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Data").getRange("A1").formulas = [["=1+1"]];
    });
    // No formula engine: a rewritten formula has no result to show.
    expect((await read()).values).toEqual(["", "#REF!"]);
  });

  test("null leaves a cell alone, \"\" clears value and formula, a scalar fills the range", async () => {
    xl.seedSheet("Data", { A1: "a", B1: "=A1", C1: "c" });
    await xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Data");
      ws.getRange("A1:C1").values = [[null, "", "new"]];
      ws.getRange("A3:B4").values = 0 as any;
    });
    expect(xl.cell("Data", "A1")?.value).toBe("a");
    expect(xl.cell("Data", "B1")).toBeUndefined();
    expect(xl.cell("Data", "C1")?.value).toBe("new");
    expect(xl.cell("Data", "B4")?.value).toBe(0);
  });

  test("typed-input rules: '=' makes a formula, numbers and booleans are parsed, '@' keeps text", async () => {
    await xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      ws.getRange("B1").numberFormat = [["@"]];
      ws.getRange("A1:F1").values = [["007", "007", "TRUE", "=SUM(A2:A3)", "12%", "-x"]];
      ws.getRange("A2").formulas = [["42"]];
      const r = ws.getRange("A1:F1").load("values, formulas, text, valueTypes, numberFormat");
      await ctx.sync();
      expect(r.values).toEqual([[7, "007", true, "", 0.12, ""]]);
      expect(r.formulas).toEqual([[7, "007", true, "=SUM(A2:A3)", 0.12, "=-x"]]);
      expect(r.text).toEqual([["7", "007", "TRUE", "", "12%", ""]]);
      expect(r.valueTypes).toEqual([["Double", "String", "Boolean", "Empty", "Double", "Empty"]]);
      expect(r.numberFormat[0][4]).toBe("0%");
    });
    expect(xl.cell("Sheet1", "D1")).toMatchObject({ value: "", formula: "=SUM(A2:A3)" });
    expect(xl.cell("Sheet1", "A2")?.value).toBe(42);
  });

  test("a write whose array does not match the range changes nothing", async () => {
    await xl.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").values = [[1, 2], [3]];
      await expectCode(ctx.sync(), "InvalidArgument");
    });
    expect(xl.state.sheets[0].cells).toEqual({});
  });

  test("whole columns: reads give null, writes of contents fail, formats are allowed", async () => {
    await xl.run(async (ctx) => {
      const cols = ctx.workbook.worksheets.getItem("Sheet1").getRange("A:B").load("values, address");
      cols.format.columnWidth = 100;
      await ctx.sync();
      expect(cols.values).toBeNull();
      expect(cols.address).toBe("Sheet1!A:B");
      cols.values = [["x"]];
      await expectCode(ctx.sync(), "InvalidArgument");
    });
    expect(xl.state.sheets[0].columnWidths).toEqual({ 0: 100, 1: 100 });
  });

  test("addresses are sheet-qualified and quoted when needed; navigation methods move the rectangle", async () => {
    xl.seedSheet("My Sheet");
    await xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("My Sheet");
      const r = ws.getRange("'My Sheet'!$B$2:C4");
      const loaded = [
        r, r.getCell(1, 1), r.getResizedRange(1, -1), r.getOffsetRange(2, 0), r.getRow(2), r.getColumn(1), r.getLastRow(),
        ws.getRangeByIndexes(0, 0, 2, 3),
      ].map((x) => x.load("address, rowIndex, columnIndex, rowCount, columnCount"));
      await ctx.sync();
      expect(loaded.map((x) => x.address)).toEqual([
        "'My Sheet'!B2:C4", "'My Sheet'!C3", "'My Sheet'!B2:B5", "'My Sheet'!B4:C6", "'My Sheet'!B4:C4",
        "'My Sheet'!C2:C4", "'My Sheet'!B4:C4", "'My Sheet'!A1:C2",
      ]);
      expect([r.rowIndex, r.columnIndex, r.rowCount, r.columnCount]).toEqual([1, 1, 3, 2]);
      r.getRow(5);
      await expectCode(ctx.sync(), "InvalidArgument");
      ws.getRange("Sheet1!A1");
      await expectCode(ctx.sync(), "InvalidArgument");
    });
  });

  test("formats: a uniform value, or null when cells differ", async () => {
    await xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A1:B1").format.font.bold = true;
      ws.getRange("A1").format.fill.color = "#ff0000";
      ws.getRange("A1:B1").format.wrapText = true;
      const both = ws.getRange("A1:B1").load("format/font/bold, format/fill/color, format/wrapText");
      const a1 = ws.getRange("A1").load("format/fill/color");
      await ctx.sync();
      expect(both.format.font.bold).toBe(true);
      expect(both.format.wrapText).toBe(true);
      expect(both.format.fill.color).toBeNull();
      expect(a1.format.fill.color).toBe("#FF0000");
      ws.getRange("A1").format.fill.clear();
      ws.getRange("A1:B1").clear("Contents");
    });
    expect(xl.cell("Sheet1", "A1")?.format).toEqual({ bold: true, wrapText: true });
  });

  test("clear() removes contents and formats; select() and activate() record the UI state", async () => {
    xl.seedSheet("Data", { A1: "x" });
    await xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Data");
      ws.getRange("A1").format.font.italic = true;
      ws.getRange("A1").clear();
      ws.activate();
      ws.getRange("B2:C3").select();
      const sel = ctx.workbook.getSelectedRange().load("address");
      const active = ctx.workbook.worksheets.getActiveWorksheet().load("name");
      await ctx.sync();
      expect(sel.address).toBe("Data!B2:C3");
      expect(active.name).toBe("Data");
    });
    expect(xl.cell("Data", "A1")).toBeUndefined();
    expect(xl.state.selection).toEqual({ sheet: "Data", address: "B2:C3" });
    expect(xl.state.activeSheet).toBe("Data");
  });

  test("used range: bounding box of content, A1 or a null object when the sheet is blank", async () => {
    xl.seedSheet("Data", { B2: 1, D5: "x" });
    await xl.run(async (ctx) => {
      const used = ctx.workbook.worksheets.getItem("Data").getUsedRange().load("address");
      const blank = ctx.workbook.worksheets.getItem("Sheet1").getUsedRangeOrNullObject(true);
      const blankPlain = ctx.workbook.worksheets.getItem("Sheet1").getUsedRange().load("address");
      await ctx.sync();
      expect(used.address).toBe("Data!B2:D5");
      expect(blank.isNullObject).toBe(true);
      expect(blankPlain.address).toBe("Sheet1!A1");
    });
  });
});

describe("worksheets", () => {
  test.each([["a/b"], ["a\\b"], ["a?"], ["a*"], ["a:b"], ["[x]"], ["'quoted"], ["x".repeat(32)], ["  "], [""]])(
    "name %j is refused with InvalidArgument",
    async (name) => {
      await xl.run(async (ctx) => {
        ctx.workbook.worksheets.add(name);
        await expectCode(ctx.sync(), "InvalidArgument");
      });
    },
  );

  test("names are unique ignoring case; add() without a name picks the next SheetN", async () => {
    await xl.run(async (ctx) => {
      ctx.workbook.worksheets.add("SHEET1");
      await expectCode(ctx.sync(), "ItemAlreadyExists");
      const added = ctx.workbook.worksheets.add().load("name");
      await ctx.sync();
      expect(added.name).toBe("Sheet2");
    });
  });

  test("renaming rewrites table ownership, name formulas and the selection", async () => {
    xl.seedTable("Data", "tblA", "A1", ["Id"], [["x"]]);
    await xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Data");
      ctx.workbook.names.add("AllIds", ws.getRange("A2:A9"));
      ws.getRange("C1").select();
      ws.name = "Plan Data";
      expect(ws.name).toBe("Plan Data");
      const t = ctx.workbook.tables.getItem("tblA").worksheet.load("name");
      const n = ctx.workbook.names.getItem("AllIds").load("formula");
      await ctx.sync();
      expect(t.name).toBe("Plan Data");
      expect(n.formula).toBe("='Plan Data'!$A$2:$A$9");
    });
    expect(xl.state.tables[0].sheet).toBe("Plan Data");
    expect(xl.state.selection?.sheet).toBe("Plan Data");
  });

  test("the last visible sheet cannot be deleted or hidden; position reorders", async () => {
    xl.seedSheet("Two");
    await xl.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Two").position = 0;
      ctx.workbook.worksheets.getItem("Sheet1").delete();
      await ctx.sync();
      ctx.workbook.worksheets.getItem("Two").visibility = "Hidden";
      await expectCode(ctx.sync(), "InvalidOperation");
      ctx.workbook.worksheets.getItem("Two").delete();
      await expectCode(ctx.sync(), "InvalidOperation");
    });
    expect(xl.state.sheets.map((s) => s.name)).toEqual(["Two"]);
  });

  test("freeze panes and tab colour", async () => {
    await xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      const none = ws.freezePanes.getLocationOrNullObject();
      await ctx.sync();
      expect(none.isNullObject).toBe(true);
      ws.freezePanes.freezeRows(2);
      ws.tabColor = "#00aa00";
      const where = ws.freezePanes.getLocationOrNullObject().load("address");
      ws.load("tabColor");
      await ctx.sync();
      expect(where.address).toBe("Sheet1!1:2");
      expect(ws.tabColor).toBe("#00AA00");
    });
    expect(xl.state.sheets[0].frozenRows).toBe(2);
  });
});

describe("tables", () => {
  test("headers come from the first row: blanks become ColumnN, repeats get a suffix; names default to TableN", async () => {
    xl.seedSheet("Data", { A1: "Goal", C1: "goal", A2: 1 });
    await xl.run(async (ctx) => {
      const t = ctx.workbook.worksheets.getItem("Data").tables.add("A1:C2", true);
      t.load("name");
      t.columns.load("items/name, items/index");
      const second = ctx.workbook.tables.add("Data!E1:F1", true);
      const body = second.getDataBodyRange().load("address");
      second.rows.load("count");
      second.load("name, style, showBandedRows, showTotals");
      await ctx.sync();
      expect(t.name).toBe("Table1");
      expect(t.columns.items.map((c) => c.name)).toEqual(["Goal", "Column2", "goal2"]);
      expect(second.name).toBe("Table2");
      expect(body.address).toBe("Data!E2:F2");
      expect(second.rows.count).toBe(1);
      expect([second.style, second.showBandedRows, second.showTotals]).toEqual(["TableStyleMedium2", true, false]);
    });
  });

  test("table names: unique across the workbook ignoring case (InvalidArgument), valid syntax", async () => {
    xl.seedTable("One", "tblGoals", "A1", ["Id"], [["g"]]);
    xl.seedSheet("Two");
    await xl.run(async (ctx) => {
      const t = ctx.workbook.worksheets.getItem("Two").tables.add("A1:B2", true);
      for (const bad of ["TBLGOALS", "has space", "A1", "R1C1", "1st", ""]) {
        t.name = bad;
        await expectCode(ctx.sync(), "InvalidArgument");
      }
      t.name = "_ok.name";
      await ctx.sync();
    });
    expect(xl.state.tables.map((t) => t.name)).toEqual(["tblGoals", "_ok.name"]);
  });

  test("a table may not overlap another", async () => {
    xl.seedTable("Data", "tblA", "B2", ["Id", "Name"], [["1", "a"]]);
    await xl.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Data").tables.add("C3:D5", true);
      await expectCode(ctx.sync(), "InvalidArgument");
    });
  });

  test("columns.add appends a column, header first, and refuses a non-empty neighbour column", async () => {
    xl.seedTable("Data", "tblA", "A1", ["Id"], [["a"], ["b"]]);
    await xl.run(async (ctx) => {
      const t = ctx.workbook.tables.getItem("tblA");
      const col = t.columns.add(undefined, [["Status"], ["open"], ["done"]]).load("name, index");
      const named = t.columns.add(null as any, undefined, "Owner").load("name");
      const range = t.getRange().load("address");
      await ctx.sync();
      expect([col.name, col.index, named.name]).toEqual(["Status", 1, "Owner"]);
      expect(range.address).toBe("Data!A1:C3");
      ctx.workbook.worksheets.getItem("Data").getRange("D3").values = [["in the way"]];
      t.columns.add(undefined, undefined, "Blocked");
      await expectCode(ctx.sync(), "InvalidArgument");
    });
    expect(xl.tableRows("tblA")).toEqual([["a", "open", ""], ["b", "done", ""]]);
  });

  test("rows.add appends below (the empty first row stays) and refuses content in the way", async () => {
    await xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A1:B1").values = [["Id", "Name"]];
      const t = ws.tables.add("A1:B1", true);
      t.name = "tblNew";
      t.rows.add(undefined, [["1", "=B1"], ["2", "two"]]);
      const body = t.getDataBodyRange().load("address");
      t.rows.load("count");
      await ctx.sync();
      expect(body.address).toBe("Sheet1!A2:B4");
      expect(t.rows.count).toBe(3);
      ws.getRange("A6").values = [["blocker"]];
      t.rows.add(null as any, [["3", "x"], ["4", "y"]]);
      await expectCode(ctx.sync(), "InvalidArgument");
      t.rows.add(null as any, [["only one column"]]);
      await expectCode(ctx.sync(), "InvalidArgument");
    });
    expect(xl.tableRows("tblNew")).toEqual([["", ""], [1, "=B1"], [2, "two"]]);
  });

  test("writing header cells renames columns (kept unique); hasHeaders=false adds a header row", async () => {
    xl.seedSheet("Data", { A1: 1, A2: 2 });
    await xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Data");
      const t = ws.tables.add("A1:A2", false);
      await ctx.sync();
      t.getHeaderRowRange().values = [["Score"]];
      const col = t.columns.getItem("Score").load("name");
      t.columns.add(undefined, undefined, "score");
      const names = t.columns.load("items/name");
      await ctx.sync();
      expect(col.name).toBe("Score");
      expect(names.items.map((c) => c.name)).toEqual(["Score", "score2"]);
      t.columns.getItem("Missing");
      await expectCode(ctx.sync(), "ItemNotFound");
    });
    expect(xl.cell("Data", "A1")?.value).toBe("Score");
    expect(xl.cell("Data", "A3")?.value).toBe(2);
  });

  test("getItemOrNullObject, delete, and counts", async () => {
    xl.seedTable("Data", "tblA", "A1", ["Id"], [["x"]]);
    await xl.run(async (ctx) => {
      const gone = ctx.workbook.tables.getItemOrNullObject("nope");
      const t = ctx.workbook.tables.getItemOrNullObject("TBLA");
      ctx.workbook.tables.load("count");
      await ctx.sync();
      expect([gone.isNullObject, t.isNullObject, ctx.workbook.tables.count]).toEqual([true, false, 1]);
      t.delete();
      await ctx.sync();
    });
    expect(xl.state.tables).toEqual([]);
    expect(xl.cell("Data", "A1")).toBeUndefined();
  });
});

describe("protection", () => {
  test("every kind of write to a protected sheet is AccessDenied", async () => {
    xl.seedTable("Locked", "tblL", "A1", ["Id"], [["x"]]);
    xl.protectSheet("Locked");
    const writes: Array<(ws: Excel.Worksheet, ctx: Excel.RequestContext) => void> = [
      (ws) => (ws.getRange("D1").values = [[1]]),
      (ws) => (ws.getRange("D1").formulas = [["=1"]]),
      (ws) => (ws.getRange("D1").format.font.bold = true),
      (ws) => (ws.getRange("D1").numberFormat = [["0"]]),
      (ws) => (ws.getRange("D1:D3").dataValidation.rule = { list: { inCellDropDown: true, source: "a,b" } }),
      (ws) => ws.getRange("D1").conditionalFormats.add("Custom"),
      (ws) => ws.tables.add("F1:G2", true),
      (_ws, ctx) => ctx.workbook.tables.getItem("tblL").columns.add(undefined, undefined, "New"),
      (_ws, ctx) => ctx.workbook.tables.getItem("tblL").rows.add(undefined, [["y"]]),
      (ws) => ws.freezePanes.freezeRows(1),
      (ws) => (ws.name = "Renamed"),
      (ws) => ws.delete(),
      (ws) => ws.protection.protect(),
    ];
    await xl.run(async (ctx) => {
      ctx.workbook.worksheets.add("Other");
      await ctx.sync();
      for (const write of writes) {
        write(ctx.workbook.worksheets.getItem("Locked"), ctx);
        await expectCode(ctx.sync(), "AccessDenied");
      }
      const p = ctx.workbook.worksheets.getItem("Locked").protection.load("protected");
      await ctx.sync();
      expect(p.protected).toBe(true);
      p.unprotect();
      ctx.workbook.worksheets.getItem("Locked").getRange("D1").values = [[1]];
      await ctx.sync();
    });
    expect(xl.cell("Locked", "D1")?.value).toBe(1);
  });
});

describe("data validation", () => {
  test("a list rule is stored by address; overlapping rules need clear() first; empty sources fail", async () => {
    xl.seedSheet("Lists", { A1: "High", A2: "Low" });
    await xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1");
      ctx.workbook.names.add("Levels", ctx.workbook.worksheets.getItem("Lists").getRange("A1:A2"));
      const dv = ws.getRange("B2:B5").dataValidation;
      dv.rule = { list: { inCellDropDown: true, source: "=Levels" } };
      dv.errorAlert = { message: "Pick one", showAlert: true, style: "Stop", title: "Level" };
      await ctx.sync();
      ws.getRange("B5:B6").dataValidation.rule = { wholeNumber: { formula1: 0, operator: "GreaterThan" } };
      await expectCode(ctx.sync(), "InvalidArgument");
      ws.getRange("C1").dataValidation.rule = { list: { inCellDropDown: true, source: "" } };
      await expectCode(ctx.sync(), "InvalidArgument");
      ws.getRange("C1").dataValidation.rule = { list: { inCellDropDown: true, source: "=tblGoals[Goal ID]" } };
      await expectCode(ctx.sync(), "InvalidArgument");
      ws.getRange("B2:B5").values = [["High"], ["nope"], [""], ["low"]];
      const mixed = ws.getRange("B2:B5").dataValidation.load("valid, type, rule");
      const bad = ws.getRange("B3").dataValidation.load("valid");
      const partial = ws.getRange("B4:B7").dataValidation.load("type");
      await ctx.sync();
      expect([mixed.valid, mixed.type, bad.valid, partial.type]).toEqual([null, "List", false, "Inconsistent"]);
      expect(mixed.rule).toEqual({ list: { inCellDropDown: true, source: "=Levels" } });
      ws.getRange("B5:B6").dataValidation.clear();
      ws.getRange("B5:B6").dataValidation.rule = { wholeNumber: { formula1: 0, operator: "GreaterThan" } };
      await ctx.sync();
    });
    const validations = xl.state.sheets[0].validations;
    expect(validations.map((v) => [v.address, Object.keys(v.rule)[0]])).toEqual([["B2:B4", "list"], ["B5:B6", "wholeNumber"]]);
    expect(validations[0].errorAlert.message).toBe("Pick one");
  });
});

describe("conditional formats", () => {
  test("add() puts the new format at priority 0 and its parts are stored per range", async () => {
    await xl.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Sheet1").getRange("C2:C20");
      const custom = range.conditionalFormats.add("Custom");
      custom.custom.rule.formula = "=$C2>10";
      custom.custom.format.fill.color = "#FFC7CE";
      custom.custom.format.font.bold = true;
      const cv = range.conditionalFormats.add("CellValue");
      cv.cellValue.rule = { formula1: "1", formula2: "5", operator: "Between" };
      cv.cellValue.format.font.color = "#9C0006";
      const text = range.conditionalFormats.add("ContainsText");
      text.textComparison.rule = { operator: "Contains", text: "late" };
      const scale = ctx.workbook.worksheets.getItem("Sheet1").getRange("D2:D20").conditionalFormats.add("ColorScale");
      scale.colorScale.criteria = {
        minimum: { type: "LowestValue", color: "#F8696B" },
        maximum: { type: "HighestValue", color: "#63BE7B" },
      };
      const items = range.conditionalFormats.load("items/type, items/priority");
      await ctx.sync();
      // Priorities are per sheet: the colour scale added last on column D is priority 0.
      expect(items.items.map((c) => [c.type, c.priority])).toEqual([["ContainsText", 1], ["CellValue", 2], ["Custom", 3]]);
      cv.cellValue.rule = { formula1: "1", operator: "Between" };
      await expectCode(ctx.sync(), "InvalidArgument");
      items.items[0].custom.load("rule/formula");
      await expectCode(ctx.sync(), "InvalidOperation");
    });
    const cfs = xl.state.sheets[0].conditionalFormats;
    expect(cfs.map((c) => [c.type, c.address])).toEqual([["ColorScale", "D2:D20"], ["ContainsText", "C2:C20"], ["CellValue", "C2:C20"], ["Custom", "C2:C20"]]);
    expect(cfs[3]).toMatchObject({ rule: { formula: "=$C2>10" }, format: { fillColor: "#FFC7CE", bold: true } });
    expect(cfs[2].rule).toEqual({ formula1: "1", formula2: "5", operator: "Between" });
  });

  test("clearAll() removes the formats of the range", async () => {
    await xl.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:A10");
      range.conditionalFormats.add("Custom").custom.rule.formula = "=A1>0";
      await ctx.sync();
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:A5").conditionalFormats.clearAll();
      const count = range.conditionalFormats.getCount();
      await ctx.sync();
      expect(count.value).toBe(1);
    });
    expect(xl.state.sheets[0].conditionalFormats[0].address).toBe("A6:A10");
  });
});

describe("defined names", () => {
  test("add, look up, resolve to a range, refuse duplicates, delete", async () => {
    xl.seedTable("Goal List", "tblGoals", "A1", ["Goal ID", "Goal"], [["G1", "One"], ["G2", "Two"]]);
    await xl.run(async (ctx) => {
      const names = ctx.workbook.names;
      names.add("GoalIds", "=tblGoals[Goal ID]", "ids for lists");
      names.add("Rate", "=0.5");
      const first = names.add("FirstGoal", ctx.workbook.worksheets.getItem("Goal List").getRange("A2")).load("formula, type, value");
      const ids = names.getItem("goalids").load("name, comment, type, visible");
      const idsRange = ids.getRangeOrNullObject().load("address");
      const rate = names.getItem("Rate").load("type, value");
      const rateRange = rate.getRangeOrNullObject();
      const missing = names.getItemOrNullObject("Nope");
      await ctx.sync();
      expect([first.formula, first.type, first.value]).toEqual(["='Goal List'!$A$2", "Range", "'Goal List'!$A$2"]);
      expect([ids.name, ids.comment, ids.type, ids.visible]).toEqual(["GoalIds", "ids for lists", "Range", true]);
      expect(idsRange.address).toBe("'Goal List'!A2:A3");
      expect([rate.type, rate.value, rateRange.isNullObject, missing.isNullObject]).toEqual(["Double", 0.5, true, true]);
      names.add("GOALIDS", "=1");
      await expectCode(ctx.sync(), "ItemAlreadyExists");
      names.add("bad name", "=1");
      await expectCode(ctx.sync(), "InvalidArgument");
      names.getItem("Rate").delete();
      names.load("items/name");
      await ctx.sync();
      expect(names.items.map((n) => n.name)).toEqual(["FirstGoal", "GoalIds"]);
    });
  });
});

describe("requirement sets", () => {
  test("members newer than the host's ExcelApi version fail at sync with ApiNotFound", async () => {
    const cases: Array<[string, (ctx: Excel.RequestContext) => void]> = [
      ["1.7", (ctx) => (ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").dataValidation.rule = { list: { inCellDropDown: true, source: "a" } })],
      ["1.5", (ctx) => ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").conditionalFormats.add("Custom")],
      ["1.5", (ctx) => ctx.application.suspendApiCalculationUntilNextSync()],
      ["1.6", (ctx) => ctx.workbook.worksheets.getItem("Sheet1").freezePanes.freezeRows(1)],
      ["1.6", (ctx) => (ctx.workbook.worksheets.getItem("Sheet1").tabColor = "#000000")],
      ["1.6", (ctx) => ctx.workbook.worksheets.getItem("Sheet1").load("tabColor")],
      ["1.3", (ctx) => ctx.workbook.worksheets.getItemOrNullObject("Sheet1")],
      ["1.3", (ctx) => ctx.workbook.worksheets.getItem("Sheet1").getUsedRangeOrNullObject()],
      ["1.3", (ctx) => ctx.workbook.names.add("x", "=1")],
      ["1.7", (ctx) => ctx.runtime.load("enableEvents")],
      ["1.7", (ctx) => (ctx.runtime.enableEvents = false)],
      ["1.4", (ctx) => ctx.runtime.load()],
    ];
    for (const [version, use] of cases) {
      const old = createExcelDouble({ supportedApiVersion: version });
      await old.run(async (ctx) => {
        use(ctx);
        await expectCode(ctx.sync(), "ApiNotFound");
      });
    }
    const office2019 = createExcelDouble({ supportedApiVersion: "1.7" });
    await office2019.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Sheet1").load();
      ws.freezePanes.freezeRows(1);
      await ctx.sync();
      expect(ws.tabColor).toBe("");
    });
  });

  test("isSetSupported answers for ExcelApi only", () => {
    const host = createExcelDouble({ supportedApiVersion: "1.10" });
    expect(host.isSetSupported("ExcelApi", "1.9")).toBe(true);
    expect(host.isSetSupported("ExcelApi", "1.10")).toBe(true);
    expect(host.isSetSupported("ExcelApi", "1.11")).toBe(false);
    expect(host.isSetSupported("ExcelApi")).toBe(true);
    expect(host.isSetSupported("WordApi", "1.1")).toBe(false);
  });
});

describe("seeding and inspection helpers", () => {
  test("seed without syncs; inspect cells and table rows", () => {
    xl.seedSheet("Data", { A1: "=B1*2", B1: "3" });
    xl.seedTable("Data", "tblX", "D1", ["Key", "Calc"], [["k", "=D2&\"!\""]]);
    expect(xl.stats.syncs).toBe(0);
    expect(xl.cell("Data", "A1")).toEqual({ value: "", formula: "=B1*2", numberFormat: "General", format: {} });
    expect(xl.cell("Data", "B1")?.value).toBe(3);
    expect(xl.tableRows("tblX")).toEqual([["k", "=D2&\"!\""]]);
    expect(() => xl.seedTable("Data", "tblx", "H1", ["A"], [])).toThrow();
  });
});

describe("ripple effects", () => {
  test("an object created after a failing command is unusable later (its add never happened)", async () => {
    await xl.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Missing").load("name");
      const late = ctx.workbook.worksheets.add("Late");
      await expectCode(ctx.sync(), "ItemNotFound");
      // office.js itself refuses the path, before any request.
      expect(thrown(() => late.getRange("A1")).code).toBe("InvalidObjectPath");
    });
    expect(xl.state.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });

  test("sheet rename rewrites cell formulas; sheet delete turns references into #REF!", async () => {
    xl.seedSheet("Data", { A1: 5 });
    xl.seedSheet("Sheet1", { A1: "=Data!A1*2", A2: "=MyData!A1" });
    await xl.run(async (ctx) => {
      ctx.workbook.names.add("Five", "=Data!$A$1");
      ctx.workbook.worksheets.getItem("Data").name = "Inputs 2025";
      await ctx.sync();
    });
    expect(xl.cell("Sheet1", "A1")?.formula).toBe("='Inputs 2025'!A1*2");
    expect(xl.cell("Sheet1", "A2")?.formula).toBe("=MyData!A1");
    await xl.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Inputs 2025").delete();
      const five = ctx.workbook.names.getItem("Five").load("formula, type");
      await ctx.sync();
      expect([five.formula, five.type]).toEqual(["=#REF!$A$1", "Error"]);
    });
  });

  test("validation and conditional formats on a whole table column grow with rows.add", async () => {
    xl.seedTable("Data", "tblA", "A1", ["Status"], [["open"]]);
    await xl.run(async (ctx) => {
      const body = ctx.workbook.tables.getItem("tblA").columns.getItem("Status").getDataBodyRange();
      body.dataValidation.rule = { list: { inCellDropDown: true, source: "open,done" } };
      body.conditionalFormats.add("ContainsText").textComparison.rule = { operator: "Contains", text: "done" };
      ctx.workbook.tables.getItem("tblA").rows.add(undefined, [["done"], ["late"]]);
      const all = ctx.workbook.tables.getItem("tblA").getDataBodyRange().dataValidation.load("valid");
      await ctx.sync();
      expect(all.valid).toBeNull();
    });
    const sheet = xl.state.sheets[1];
    expect(sheet.validations[0].address).toBe("A2:A4");
    expect(sheet.conditionalFormats[0].address).toBe("A2:A4");
  });

  test("getRange accepts a defined name that points at the sheet", async () => {
    xl.seedSheet("Data", { B2: "x" });
    await xl.run(async (ctx) => {
      ctx.workbook.names.add("Spot", "=Data!$B$2");
      const r = ctx.workbook.worksheets.getItem("Data").getRange("Spot").load("address, values");
      await ctx.sync();
      expect([r.address, r.values]).toEqual(["Data!B2", [["x"]]]);
    });
  });
});
