/**
 * Excel's conversions between numbers, text and booleans, and its comparison. Where Excel
 * would read text as a date, a currency, a percentage or a fraction ("1/2", "$5", "50%"), the
 * rule depends on the machine's locale: NotKnown rather than a guess.
 */
import { CalcError, isError, NotKnown, VALUE, type Scalar } from "./values";

const PLAIN_NUMBER = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;

/** Text read as a number: a number, VALUE! for text that holds no digit, NotKnown for the rest. */
export function textToNumber(text: string): number | CalcError {
  if (PLAIN_NUMBER.test(text)) return Number(text);
  if (!/\d/.test(text)) return VALUE;
  throw new NotKnown(`text "${text.slice(0, 20)}" read as a number`);
}

/** A number, as arithmetic operators take their operands (blank is 0, TRUE is 1). */
export function toNumber(v: Scalar): number | CalcError {
  if (typeof v === "number") return v;
  if (v === null) return 0;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (isError(v)) return v;
  return textToNumber(v);
}

/**
 * A number as text, as `&` and text functions show it: up to 15 significant digits, no
 * trailing zeros. Very large or small magnitudes switch to Excel's scientific form, whose
 * exact shape is left to Excel.
 */
export function numberToText(n: number): string {
  if (n === 0) return "0";
  const abs = Math.abs(n);
  if (abs >= 1e15 || abs < 1e-9) throw new NotKnown(`number ${n} shown as text`);
  const s = n.toPrecision(15);
  return s.includes(".") ? s.replace(/\.?0+$/, "") : s;
}

export function toText(v: Scalar): string | CalcError {
  if (typeof v === "string") return v;
  if (v === null) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (isError(v)) return v;
  return numberToText(v);
}

/** A condition's truth (IF, AND, OR, NOT). */
export function toBoolean(v: Scalar): boolean | CalcError {
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v !== 0;
  if (v === null) return false;
  if (isError(v)) return v;
  const upper = v.trim().toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") throw new NotKnown("text TRUE or FALSE as a condition");
  return VALUE;
}

/**
 * Equal within the last bits, as Excel and LibreOffice compare results of arithmetic
 * (0.1+0.2=0.3 is TRUE in both).
 */
export function nearlyEqual(a: number, b: number): boolean {
  if (a === b) return true;
  return Math.abs(a - b) <= Math.max(Math.abs(a), Math.abs(b)) * 2 ** -48;
}

const rank = (v: number | string | boolean) => (typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2);

/**
 * Compares as Excel's = and < do: numbers before text before booleans, text without case; a
 * blank is 0 beside a number, "" beside text, FALSE beside a boolean. Text order beyond
 * equality follows Excel's collation, which is not reproduced here.
 */
export function compare(a: Scalar, b: Scalar, orderNeeded: boolean): number | CalcError {
  if (isError(a)) return a;
  if (isError(b)) return b;
  const blankAs = (other: Scalar) => (typeof other === "number" ? 0 : typeof other === "boolean" ? false : "");
  const x = a === null ? blankAs(b) : a;
  const y = b === null ? blankAs(a) : b;
  const rx = rank(x);
  const ry = rank(y);
  if (rx !== ry) return rx - ry;
  if (typeof x === "number") return nearlyEqual(x, y as number) ? 0 : x < (y as number) ? -1 : 1;
  if (typeof x === "boolean") return x === y ? 0 : x ? 1 : -1;
  const lx = (x as string).toLowerCase();
  const ly = (y as string).toLowerCase();
  if (lx === ly) return 0;
  if (orderNeeded) throw new NotKnown("ordering of text");
  return 1;
}
