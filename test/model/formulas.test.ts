import { col, str, thisRow, toFileFormula } from "../../src/model/formulas";

test("file formulas drop the = and prefix functions newer than Excel 2007", () => {
  expect(toFileFormula("=MAXIFS(a,b,c)+SUM(x)")).toBe("_xlfn.MAXIFS(a,b,c)+SUM(x)");
  expect(toFileFormula("=IF(A1>0,MAXIFS(a,b,c),MINIFS(a,b,c))")).toBe("IF(A1>0,_xlfn.MAXIFS(a,b,c),_xlfn.MINIFS(a,b,c))");
  expect(toFileFormula("=MYMAXIFS(a)")).toBe("MYMAXIFS(a)");
});

test("structured references escape the characters Excel reserves", () => {
  expect(col("tblX", "Relevance to M&D")).toBe("tblX[Relevance to M&D]");
  expect(col("tblX", "Cost [USD]")).toBe("tblX[Cost '[USD']]");
  expect(thisRow("tblX", "# done")).toBe("tblX[[#This Row],['# done]]");
});

test("text literals double their quotes", () => {
  expect(str('Say "yes"')).toBe('"Say ""yes"""');
});
