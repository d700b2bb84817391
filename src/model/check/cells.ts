/**
 * How the check reads a cell. People type into these tables by hand, paste from other files and
 * retype headers, so every reading is lenient about spaces and case, and strict about types:
 * a number stored as text looks right on screen but Excel leaves it out of sums and lookups.
 */
import { excelDate } from "../dates";
import type { ReadCell } from "./plan-tables";

/** Header matching: users retype headers with stray spaces or another case. */
export function normHeader(s: string): string {
  return s.trim().replace(/\s+/g, " ").toLowerCase();
}

/** IDs match without regard to case or surrounding spaces (a1 is A1), as Excel's MATCH does. */
export function idKey(s: string): string {
  return s.trim().toUpperCase();
}

/** The trimmed text a person sees; "" for an empty cell. Numbers keep full precision. */
export function textOf(cell: ReadCell | undefined): string {
  if (!cell || cell.value === null) return "";
  if (typeof cell.value === "boolean") return cell.value ? "TRUE" : "FALSE";
  return String(cell.value).trim();
}

/** Empty, or text made only of spaces (which Excel shows as blank). */
export function isBlank(cell: ReadCell | undefined): boolean {
  return !cell || cell.kind === "empty" || (cell.kind === "text" && textOf(cell) === "");
}

/** Same value in Yes/No columns, list columns and IDs: trimmed, case ignored. */
export function sameText(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

export type NumberRead =
  | { status: "number"; value: number }
  | { status: "empty" }
  /** Text that reads as a number ("1500", "1,500", "60%"): the typical paste from another file. */
  | { status: "text-number"; value: number }
  | { status: "text" }
  | { status: "error" }
  | { status: "boolean" };

/** Reads text as a number the way a person meant it; undefined when it is not one. */
export function numberFromText(raw: string): number | undefined {
  let s = raw.trim().replace(/\u00a0/g, "");
  let scale = 1;
  if (s.endsWith("%")) {
    scale = 0.01;
    s = s.slice(0, -1).trim();
  }
  // Thousands separators only in their proper places, so "1,5" (a decimal comma) is not 15.
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/,/g, "");
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(s)) return undefined;
  const n = Number(s) * scale;
  return Number.isFinite(n) ? n : undefined;
}

export function readNumber(cell: ReadCell | undefined): NumberRead {
  if (isBlank(cell)) return { status: "empty" };
  const c = cell as ReadCell;
  if (c.kind === "number" && typeof c.value === "number") return { status: "number", value: c.value };
  if (c.kind === "error") return { status: "error" };
  if (c.kind === "boolean") return { status: "boolean" };
  const n = numberFromText(textOf(c));
  return n === undefined ? { status: "text" } : { status: "text-number", value: n };
}

/** A plain number when the cell holds one; text, errors and blanks give undefined. */
export function numberOf(cell: ReadCell | undefined): number | undefined {
  const r = readNumber(cell);
  return r.status === "number" ? r.value : undefined;
}

/**
 * Dates are serial numbers. Serials outside 1950-2100 are not plan dates: most often a year
 * typed alone (2027 is 1905-07-19 as a date) or an amount typed in the wrong column.
 */
export const FIRST_SERIAL = excelDate("1950-01-01");
export const LAST_SERIAL = excelDate("2100-12-31");

export type DateRead =
  | { status: "date"; serial: number }
  | { status: "empty" }
  /** Text that reads as a date: shows like one but does not sort, compare or filter as one. */
  | { status: "text-date"; iso: string }
  | { status: "text" }
  | { status: "error" }
  | { status: "boolean" }
  | { status: "implausible"; serial: number };

function validIso(y: number, m: number, d: number): string | undefined {
  if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return undefined;
  return t.toISOString().slice(0, 10);
}

/**
 * Reads a date typed as text: 2027-03-31, 2027/3/31, 31/03/2027, 31.03.2027. Day first unless
 * that is impossible (03/31/2027), since most planners using this template write day first.
 */
export function dateFromText(raw: string): string | undefined {
  const s = raw.trim();
  const ymd = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(s);
  if (ymd) return validIso(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
  const dmy = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s);
  if (dmy) {
    const a = Number(dmy[1]);
    const b = Number(dmy[2]);
    const y = Number(dmy[3]);
    return b > 12 ? validIso(y, a, b) : validIso(y, b, a);
  }
  return undefined;
}

export function readDate(cell: ReadCell | undefined): DateRead {
  if (isBlank(cell)) return { status: "empty" };
  const c = cell as ReadCell;
  if (c.kind === "number" && typeof c.value === "number") {
    const serial = Math.floor(c.value);
    if (serial < FIRST_SERIAL || serial > LAST_SERIAL) return { status: "implausible", serial: c.value };
    return { status: "date", serial };
  }
  if (c.kind === "error") return { status: "error" };
  if (c.kind === "boolean") return { status: "boolean" };
  const iso = dateFromText(textOf(c));
  return iso ? { status: "text-date", iso } : { status: "text" };
}

/** The serial of a real date cell; undefined for anything else (text dates are reported apart). */
export function dateOf(cell: ReadCell | undefined): number | undefined {
  const r = readDate(cell);
  return r.status === "date" ? r.serial : undefined;
}

/**
 * A drop-down cell's text as the workbook's lists know it; undefined for an English value typed in a
 * French or Spanish plan, which its lists and formulas do not count.
 */
export function listText(cell: ReadCell | undefined): string | undefined {
  return cell?.typedInEnglish ? undefined : textOf(cell);
}

/** Yes/No columns: the value, "" when blank, undefined when it is something else. */
export function yesNoOf(cell: ReadCell | undefined): "Yes" | "No" | "" | undefined {
  if (isBlank(cell)) return "";
  if (cell?.kind !== "text" || cell.typedInEnglish) return undefined;
  const t = textOf(cell).toLowerCase();
  return t === "yes" ? "Yes" : t === "no" ? "No" : undefined;
}

/** Splits "I1, I2 ,I3" into its IDs as written (trimmed); empty pieces from ",," are dropped. */
export function splitIds(raw: string): string[] {
  return raw
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
}
