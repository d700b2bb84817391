/**
 * The evaluator's edge cases, each against what Excel gives (Microsoft's function reference, or
 * the rule in shared/reference/excel-semantics.md where it says). `undefined` is "no cached
 * value": what the evaluator must answer where it cannot be sure.
 */
import { columnIndex } from "../../../src/model/address";
import { cellKey, type CalcBook, type CellInput } from "../../../src/model/calc/book";
import { calculate } from "../../../src/model/calc/calculate";
import { calcError, type Scalar } from "../../../src/model/calc/values";

const TODAY = 46000;

/** Sheet "S": A1.. hold `cells` (row-major from A1), the formula goes to Z1; tblT is A10:C13. */
function book(cells: Record<string, CellInput>, names: CalcBook["names"] = []): CalcBook {
  const map = new Map<number, CellInput>();
  const put = (address: string, v: CellInput) => {
    const m = /^([A-Z]+)(\d+)$/.exec(address)!;
    map.set(cellKey(Number(m[2]) - 1, columnIndex(m[1])), v);
  };
  const table: [string, Scalar, Scalar][] = [
    ["ID", "Amount", "Kind"],
    ["a1", 5, "Yes"],
    ["A2", 7, "no"],
    ["b3", "12", "Yes"],
  ];
  table.forEach((row, r) => row.forEach((v, c) => put(`${"ABC"[c]}${10 + r}`, v)));
  for (const [a, v] of Object.entries(cells)) put(a, v);
  return {
    sheets: [{ name: "S", known: true, cells: map }, { name: "My sheet", known: true, cells: new Map([[cellKey(0, 0), 42]]) }, { name: "Hidden", known: false, cells: new Map() }],
    tables: [{ name: "tblT", sheet: "S", row: 9, col: 0, headers: ["ID", "Amount", "Kind"], bodyRows: 3, headerRow: true, totalsRow: false }],
    names,
  };
}

function value(formula: string, cells: Record<string, CellInput> = {}, names: CalcBook["names"] = []): Scalar | undefined {
  return calculate(book({ ...cells, Z1: { formula } }, names), { today: TODAY }).value("S", 0, 25);
}

describe("blank, empty text and 0", () => {
  test("a formula ending on a blank cell shows 0", () => expect(value("A1")).toBe(0));
  test("a blank equals both \"\" and 0", () => {
    expect(value('A1=""')).toBe(true);
    expect(value("A1=0")).toBe(true);
  });
  test("\"\" is not 0", () => expect(value('B1=0', { B1: { formula: '""' } })).toBe(false));
  test("\"\" in arithmetic is #VALUE!", () => expect(value('B1+1', { B1: { formula: '""' } })).toEqual(calcError("#VALUE!")));
  test("a blank is 0 in arithmetic and \"\" when joined", () => {
    expect(value("A1+2")).toBe(2);
    expect(value('A1&"x"')).toBe("x");
  });
  test("COUNTA counts a formula's \"\"; ISTEXT sees it as text", () => {
    expect(value("COUNTA(B1:B3)", { B1: { formula: '""' }, B2: 3 })).toBe(2);
    expect(value("ISTEXT(B1)", { B1: { formula: '""' } })).toBe(true);
  });
});

describe("text and numbers", () => {
  test("comparison of text ignores case", () => expect(value('"Yes"="YES"')).toBe(true));
  test("numbers come before text, text before booleans", () => {
    expect(value('5<"a"')).toBe(true);
    expect(value('"a"<TRUE')).toBe(true);
  });
  test("number-like text is a number in arithmetic, not in SUM over a range", () => {
    expect(value('"12"+1')).toBe(13);
    expect(value("SUM(tblT[Amount])")).toBe(12);
    expect(value('SUM("12",1)')).toBe(13);
  });
  test("0.1+0.2=0.3 as in Excel", () => expect(value("0.1+0.2=0.3")).toBe(true));
  test("a number joined to text has at most 15 significant digits", () => {
    expect(value('1/3&""')).toBe("0.333333333333333");
    expect(value('2/5&""')).toBe("0.4");
  });
  test("text that Excel would read by the locale (a date, a currency) gives no value", () => {
    expect(value('"1/2"+0')).toBeUndefined();
    expect(value('"$5"*1')).toBeUndefined();
  });
  test("ROUND rounds half away from zero on the decimal digits", () => {
    expect(value("ROUND(2.675,2)")).toBe(2.68);
    expect(value("ROUND(-2.5,0)")).toBe(-3);
  });
  test("MOD takes the divisor's sign; INT rounds down", () => {
    expect(value("MOD(-3,2)")).toBe(1);
    expect(value("MOD(3,-2)")).toBe(-1);
    expect(value("INT(-1.5)")).toBe(-2);
  });
  test("TEXT with zeros pads; other formats give no value", () => {
    expect(value('TEXT(3,"00")')).toBe("03");
    expect(value('TEXT(3,"mmm")')).toBeUndefined();
  });
  test("MID, LEFT, LEN, TRIM, UPPER, VALUE", () => {
    expect(value('MID("2026-Q3",7,1)')).toBe("3");
    expect(value('MID("abc",0,1)')).toEqual(calcError("#VALUE!"));
    expect(value('LEFT("2026")')).toBe("2");
    expect(value('LEN(TRIM("  a   b "))')).toBe(3);
    expect(value('UPPER("q")')).toBe("Q");
    expect(value('VALUE(" 2026 ")')).toBe(2026);
    expect(value('VALUE("abc")')).toEqual(calcError("#VALUE!"));
  });
  test("T and N", () => {
    expect(value("T(5)")).toBe("");
    expect(value("N(TRUE)")).toBe(1);
    expect(value('N("7")')).toBe(0);
  });
});

describe("errors", () => {
  test("division by zero, and errors pass through operators and functions", () => {
    expect(value("1/0")).toEqual(calcError("#DIV/0!"));
    expect(value("SUM(B1,1)", { B1: { formula: "1/0" } })).toEqual(calcError("#DIV/0!"));
    expect(value("B1&\"x\"", { B1: { formula: "#N/A" } })).toEqual(calcError("#N/A"));
  });
  test("IFERROR catches any error; ISNUMBER of an error is FALSE", () => {
    expect(value('IFERROR(1/0,"none")')).toBe("none");
    expect(value("ISNUMBER(1/0)")).toBe(false);
  });
  test("IF takes only its branch: an error in the other is not seen", () => expect(value("IF(TRUE,1,1/0)")).toBe(1));
  test("AND of a text typed in is #VALUE!; AND over a range skips text", () => {
    expect(value('AND("x")')).toEqual(calcError("#VALUE!"));
    expect(value("AND(tblT[Kind],TRUE)")).toBe(true);
  });
  test("an out-of-range INDEX is #REF!", () => expect(value("INDEX(tblT[ID],9)")).toEqual(calcError("#REF!")));
});

describe("criteria", () => {
  test("\"<>\" counts cells that are not blank", () => expect(value('COUNTIF(tblT[Kind],"<>")')).toBe(3));
  test("comparison operators on numbers; number-like text is not judged", () => {
    expect(value('COUNTIFS(tblT[Amount],">=6")')).toBeUndefined();
    expect(value('COUNTIFS(A1:A3,">=6")', { A1: 5, A2: 7, A3: 9 })).toBe(2);
  });
  test("text criteria ignore case; wildcards and ~", () => {
    expect(value('COUNTIF(tblT[ID],"A*")')).toBe(2);
    expect(value('COUNTIF(tblT[ID],"?3")')).toBe(1);
    expect(value('COUNTIF(A1:A2,"a~*")', { A1: "A*", A2: "ab" })).toBe(1);
    expect(value('COUNTIF(tblT[Kind],"<>yes")')).toBe(1);
  });
  test("SUMIFS sums numbers of the matching rows; AVERAGEIFS of none is #DIV/0!; MAXIFS of none is 0", () => {
    expect(value('SUMIFS(tblT[Amount],tblT[Kind],"yes")')).toBe(5);
    expect(value('AVERAGEIFS(tblT[Amount],tblT[Kind],"none")')).toEqual(calcError("#DIV/0!"));
    expect(value('_xlfn.MAXIFS(tblT[Amount],tblT[Kind],"none")')).toBe(0);
  });
  test("ranges of different sizes are #VALUE!", () => expect(value('SUMIFS(A1:A2,tblT[Kind],"yes")')).toEqual(calcError("#VALUE!")));
});

describe("lookups", () => {
  test("MATCH with 0 ignores case; not found is #N/A", () => {
    expect(value('MATCH("a2",tblT[ID],0)')).toBe(2);
    expect(value('MATCH("zz",tblT[ID],0)')).toEqual(calcError("#N/A"));
    expect(value('MATCH(12,tblT[Amount],0)')).toEqual(calcError("#N/A"));
  });
  test("MATCH over an array constant", () => expect(value('MATCH("Ongoing",{"Planned","Ongoing"},0)')).toBe(2));
  test("approximate MATCH: the largest value not above, over ascending numbers", () => {
    expect(value("MATCH(6,A1:A3,1)", { A1: 1, A2: 5, A3: 9 })).toBe(2);
    expect(value("MATCH(0,A1:A3)", { A1: 1, A2: 5, A3: 9 })).toEqual(calcError("#N/A"));
    expect(value("MATCH(6,A1:A3,1)", { A1: 9, A2: 5, A3: 1 })).toBeUndefined();
  });
  test("INDEX of a blank cell compares equal to \"\" and shows 0", () => {
    expect(value('INDEX(A1:A3,2)=""', { A1: 1 })).toBe(true);
    expect(value("INDEX(A1:A3,2)", { A1: 1 })).toBe(0);
  });
  test("SUMPRODUCT multiplies comparisons; booleans alone count as 0", () => {
    expect(value('SUMPRODUCT((tblT[Kind]="yes")*ISTEXT(tblT[Amount]))')).toBe(1);
    expect(value('SUMPRODUCT(tblT[Kind]="yes")')).toBe(0);
  });
});

describe("references and names", () => {
  test("this row, spans of columns, escaped headers", () => {
    const b = book({ D11: { formula: "tblT[[#This Row],[Amount]]*2" }, E11: { formula: 'COUNTIF(tblT[[#This Row],[ID]:[Kind]],"yes")' } });
    const r = calculate(b, { today: TODAY });
    expect(r.value("S", 10, 3)).toBe(10);
    expect(r.value("S", 10, 4)).toBe(1);
  });
  test("sheet-qualified cells with quoted names; constant and range names", () => {
    expect(value("'My sheet'!A1+1")).toBe(43);
    expect(value("one+kpi", {}, [{ name: "one", formula: "1" }, { name: "kpi", formula: "'My sheet'!$A$1" }])).toBe(43);
  });
  test("TODAY is the day of writing", () => expect(value("TODAY()+1")).toBe(TODAY + 1));
});

describe("what is not known gets no value, nor what reads it", () => {
  test("an unknown function, and a cell reading it", () => {
    const r = calculate(book({ B1: { formula: "FOO(1)" }, B2: { formula: "B1+1" }, B3: { formula: "1+1" } }), { today: TODAY });
    expect(r.value("S", 0, 1)).toBeUndefined();
    expect(r.value("S", 1, 1)).toBeUndefined();
    expect(r.value("S", 2, 1)).toBe(2);
    expect(r.unknown.map((u) => u.why)).toEqual(["function FOO", "function FOO"]);
  });
  test("a cycle, even one a branch never takes, and what reads it", () => {
    const r = calculate(book({ B1: { formula: "B2+1" }, B2: { formula: "B1+1" }, B3: { formula: "IF(TRUE,1,B3)" }, B4: { formula: "SUM(B1:B2)" }, B5: { formula: "7" } }), { today: TODAY });
    for (const row of [0, 1, 2, 3]) expect(r.value("S", row, 1)).toBeUndefined();
    expect(r.value("S", 4, 1)).toBe(7);
  });
  test("a sheet the host did not load, an unknown table or column, a name not defined", () => {
    expect(value("Hidden!A1")).toBeUndefined();
    expect(value("tblNone[ID]")).toBeUndefined();
    expect(value("COUNTA(tblT[Nope])")).toBeUndefined();
    expect(value("nothing+1")).toBeUndefined();
  });
  test("syntax it does not read: whole columns, unions, intersections", () => {
    expect(value("SUM(A:A)")).toBeUndefined();
    expect(value("SUM((A1,A2))")).toBeUndefined();
    expect(value("SUM(A1:A3 A2:B2)")).toBeUndefined();
  });
});
