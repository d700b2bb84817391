import { dateFromText, idKey, numberFromText, readDate, readNumber, splitIds, yesNoOf } from "../../../src/model/check/cells";
import type { ReadCell } from "../../../src/model/check/plan-tables";
import { excelDate } from "../../../src/model/dates";
import { checkWords } from "../../../src/model/check/words";

const found = (cell: ReadCell) => checkWords("en").found(cell);

const at = "'3 Plan of Action'!I7";
const text = (value: string): ReadCell => ({ kind: "text", value, address: at });
const num = (value: number): ReadCell => ({ kind: "number", value, address: at });
const error = (value: string): ReadCell => ({ kind: "error", value, address: at });
const empty: ReadCell = { kind: "empty", value: null, address: at };

describe("cell reading", () => {
  test("numbers: real, stored as text, words, errors, blanks", () => {
    expect(readNumber(num(1500))).toEqual({ status: "number", value: 1500 });
    expect(readNumber(text(" 1500 "))).toEqual({ status: "text-number", value: 1500 });
    expect(readNumber(text("1,500.50"))).toEqual({ status: "text-number", value: 1500.5 });
    expect(readNumber(text("60%"))).toEqual({ status: "text-number", value: 0.6 });
    expect(readNumber(text("lots"))).toEqual({ status: "text" });
    expect(readNumber(text("$1,500"))).toEqual({ status: "text" });
    expect(readNumber(error("#N/A"))).toEqual({ status: "error" });
    expect(readNumber(empty)).toEqual({ status: "empty" });
    expect(readNumber(text("   "))).toEqual({ status: "empty" });
    expect(numberFromText("1,5")).toBeUndefined();
  });

  test("dates: serials in range are dates; text and years are not", () => {
    expect(readDate(num(excelDate("2027-03-31")))).toEqual({ status: "date", serial: excelDate("2027-03-31") });
    expect(readDate(text("2027-03-31"))).toEqual({ status: "text-date", iso: "2027-03-31" });
    expect(readDate(text("31/03/2027"))).toEqual({ status: "text-date", iso: "2027-03-31" });
    expect(readDate(text("03/31/2027"))).toEqual({ status: "text-date", iso: "2027-03-31" });
    expect(readDate(text("next year"))).toEqual({ status: "text" });
    expect(readDate(num(2027))).toEqual({ status: "implausible", serial: 2027 });
    expect(dateFromText("2027-02-30")).toBeUndefined();
  });

  test("IDs, Yes/No and lists are read ignoring case and spaces", () => {
    expect(idKey(" a1 ")).toBe(idKey("A1"));
    expect(splitIds(" I1 ,I2,, i3 ")).toEqual(["I1", "I2", "i3"]);
    expect(yesNoOf(text(" yes "))).toBe("Yes");
    expect(yesNoOf(text("Y"))).toBeUndefined();
    expect(yesNoOf({ kind: "boolean", value: true, address: at })).toBeUndefined();
    expect(found(text("lots"))).toBe('"lots"');
    expect(found(error("#REF!"))).toBe("the error #REF!");
    expect(found(empty)).toBe("blank");
    expect(checkWords("fr").found(text("Yes"))).toBe("«\u00a0Oui\u00a0»");
    expect(checkWords("es").found(error("#REF!"))).toBe("el error #REF!");
  });
});
