/**
 * The rules the double took on when Microsoft's office.js client came in front of it (issue 11):
 * each is a way Excel refuses or rewrites what an add-in sends, with its source in the double's
 * code. Every test goes through the real client, like the add-in's own.
 */
import { type ExcelDouble, createExcelDouble } from "../../src/excel-double";

/* eslint-disable @typescript-eslint/no-explicit-any */

async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  return promise.then(
    () => undefined,
    (e: any) => e?.code,
  );
}

let xl: ExcelDouble;
beforeEach(() => {
  xl = createExcelDouble();
  xl.seedTable("Data", "tblGoals", "A1", ["Goal ID", "Budget"], [["G1", 10], ["G2", 20]]);
});

describe("formulas that name tables and names", () => {
  test("a cell formula naming a table the workbook lacks is refused, and accepted once the table exists", async () => {
    await xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Data");
      ws.getRange("E1").formulas = [["=SUM(tblRisks[Score])"]];
      expect(await codeOf(ctx.sync())).toBe("InvalidArgument");
      ws.getRange("H1:H2").values = [["Score"], [3]];
      ws.tables.add("H1:H2", true).name = "tblRisks";
      ws.getRange("E1").formulas = [["=SUM(tblRisks[Score])"]];
      await ctx.sync();
    });
    expect(xl.cell("Data", "E1")?.formula).toBe("=SUM(tblRisks[Score])");
  });

  test("an unknown name is accepted in a cell (Excel shows #NAME?) but refused in a conditional format, a rule and a defined name", async () => {
    await xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Data");
      ws.getRange("E1").formulas = [["=riskHigh*2"]];
      await ctx.sync();
      const cf = ws.getRange("E2").conditionalFormats.add("Custom");
      cf.custom.rule.formula = "=E2>=riskHigh";
      expect(await codeOf(ctx.sync())).toBe("InvalidArgument");
      ws.getRange("E3").dataValidation.rule = { custom: { formula: "=E3<riskHigh" } };
      expect(await codeOf(ctx.sync())).toBe("InvalidArgument");
      ctx.workbook.names.add("twice", "=riskHigh*2");
      expect(await codeOf(ctx.sync())).toBe("InvalidArgument");
      ctx.workbook.names.add("riskHigh", "=15");
      ctx.workbook.names.add("twice", "=riskHigh*2");
      await ctx.sync();
    });
    expect(xl.cell("Data", "E1")?.formula).toBe("=riskHigh*2");
    expect(xl.state.names.map((n) => n.name)).toEqual(["riskHigh", "twice"]);
  });

  test("text in quotes, sheet names, functions and cell references are not names", async () => {
    await xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Data");
      const cf = ws.getRange("E2").conditionalFormats.add("Custom");
      cf.custom.rule.formula = '=AND($B2>=10,Data!$A$1<>"riskHigh",\'Data\'!B$2>0,_xlfn.MAXIFS(tblGoals[Budget],tblGoals[[#This Row],[Goal ID]],"G1")>0,TRUE)';
      await ctx.sync();
    });
    expect(xl.state.sheets.find((s) => s.name === "Data")!.conditionalFormats).toHaveLength(1);
  });

  test("deleting a table turns every reference to it into #REF!, in cells, names and rules", async () => {
    await xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Data");
      ws.getRange("E1").formulas = [["=SUM(tblGoals[Budget])+1"]];
      ctx.workbook.names.addFormulaLocal("lstGoalIds", "=tblGoals[Goal ID]");
      await ctx.sync();
      ctx.workbook.tables.getItem("tblGoals").delete();
      await ctx.sync();
    });
    expect(xl.cell("Data", "E1")?.formula).toBe("=SUM(#REF!)+1");
    expect(xl.state.names.find((n) => n.name === "lstGoalIds")?.formula).toBe("=#REF!");
  });
});

describe("defined names over a table column (OfficeDev/office-js issue 740)", () => {
  test("names.add keeps the range the column covers now; addFormulaLocal keeps the structured reference", async () => {
    await xl.run(async (ctx) => {
      ctx.workbook.names.add("fixedIds", "=tblGoals[Goal ID]");
      ctx.workbook.names.addFormulaLocal("growingIds", "=tblGoals[Goal ID]");
      await ctx.sync();
    });
    const formula = (name: string) => xl.state.names.find((n) => n.name === name)?.formula;
    expect(formula("fixedIds")).toBe("=Data!$A$2:$A$3");
    expect(formula("growingIds")).toBe("=tblGoals[Goal ID]");
  });
});

describe("typed input, as Excel parses a string written to values", () => {
  test("code-like text becomes numbers and dates in a General cell, stays text in a text (@) cell", async () => {
    await xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Data");
      ws.getRange("E1:E4").values = [["8.10"], ["007"], ["3/4/2027"], ["'8.10"]];
      const text = ws.getRange("F1:F3");
      text.numberFormat = [["@"], ["@"], ["@"]];
      text.values = [["8.10"], ["007"], ["3/4"]];
      await ctx.sync();
    });
    const value = (a: string) => xl.cell("Data", a)?.value;
    expect([value("E1"), value("E2"), value("E3"), value("E4")]).toEqual([8.1, 7, 46450, "8.10"]);
    expect(xl.cell("Data", "E3")?.numberFormat).toBe("m/d/yyyy");
    expect([value("F1"), value("F2"), value("F3")]).toEqual(["8.10", "007", "3/4"]);
  });
});

describe("deleting cells", () => {
  test("Range.delete up over a table's last body rows shrinks the table and moves what is below up", async () => {
    xl.seedSheet("Data", { A6: "below" });
    await xl.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Data").getRange("A3:B3").delete("Up");
      await ctx.sync();
    });
    expect(xl.tableRows("tblGoals")).toEqual([["G1", 10]]);
    expect(xl.cell("Data", "A5")?.value).toBe("below");
  });

  test("a deletion that would cut across a table, or move part of one, is refused", async () => {
    xl.seedTable("Data", "tblBelow", "B6", ["X"], [[1]]);
    await xl.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Data").getRange("A2:A2").delete("Up");
      expect(await codeOf(ctx.sync())).toBe("InsertDeleteConflict");
      ctx.workbook.worksheets.getItem("Data").getRange("A4:A4").delete("Up");
      expect(await codeOf(ctx.sync())).toBeUndefined();
      ctx.workbook.worksheets.getItem("Data").getRange("A5:B5").delete("Up");
      await ctx.sync();
    });
    expect(xl.state.tables.find((t) => t.name === "tblBelow")!.row).toBe(4);
  });

  test("TableColumn.delete removes the last column; with cells standing to the right it is refused", async () => {
    await xl.run(async (ctx) => {
      ctx.workbook.tables.getItem("tblGoals").columns.getItem("Budget").delete();
      await ctx.sync();
    });
    expect(xl.tableRows("tblGoals")).toEqual([["G1"], ["G2"]]);
    xl.seedSheet("Data", { D2: "mine" });
    await xl.run(async (ctx) => {
      ctx.workbook.tables.getItem("tblGoals").columns.getItem("Goal ID").delete();
      expect(await codeOf(ctx.sync())).toBe("InvalidArgument");
    });
  });
});

describe("the wire: what Microsoft's client sends and gets back", () => {
  test("a request over 5 MB is refused whole, before any of it runs", async () => {
    const big = Array.from({ length: 60_000 }, (_, i) => [`row ${i} ${"x".repeat(80)}`]);
    await xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Data");
      ws.getRange("E1").values = [["first"]];
      ws.getRange("F1:F60000").values = big;
      expect(await codeOf(ctx.sync())).toBe("RequestPayloadSizeLimitExceeded");
    });
    expect(xl.cell("Data", "E1")).toBeUndefined();
    expect(xl.stats.maxRequestBytes).toBeGreaterThan(5 * 1024 * 1024);
  });

  test("a null object used after the client learnt it is null fails with ItemNotFound", async () => {
    await xl.run(async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject("Nope");
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      missing.getRange("A1").values = [[1]];
      expect(await codeOf(ctx.sync())).toBe("ItemNotFound");
    });
  });
});
