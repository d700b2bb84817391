/**
 * Just enough of Excel's number formats to give Range.text a believable display string for the
 * formats an add-in typically sets; anything unrecognised displays like "General".
 */
import type { CellValue } from "./state";
import { dayOfSerial, serialOfDay } from "../model/dates";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** 1 Jan 2000 -> 36526, as Excel stores dates. */
export const dateToSerial = serialOfDay;

function formatGeneral(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e11) return String(n);
  // General shows about ten significant digits.
  return String(Number(n.toPrecision(10)));
}

function formatDate(serial: number, format: string): string {
  const { year: y, month: m, day } = dayOfSerial(serial);
  return format.replace(/yyyy|yy|mmmm|mmm|mm|m|dd|d/gi, (token) => {
    switch (token.toLowerCase()) {
      case "yyyy": return String(y);
      case "yy": return String(y % 100).padStart(2, "0");
      case "mmmm": return MONTHS[m - 1];
      case "mmm": return MONTHS[m - 1].slice(0, 3);
      case "mm": return String(m).padStart(2, "0");
      case "m": return String(m);
      case "dd": return String(day).padStart(2, "0");
      default: return String(day);
    }
  });
}

function formatFixed(n: number, decimals: number, grouping: boolean): string {
  const fixed = Math.abs(n).toFixed(decimals);
  const [int, frac] = fixed.split(".");
  const grouped = grouping ? int.replace(/\B(?=(\d{3})+(?!\d))/g, ",") : int;
  const sign = n < 0 && Number(fixed) !== 0 ? "-" : "";
  return sign + grouped + (frac !== undefined ? `.${frac}` : "");
}

export function isDateFormat(format: string): boolean {
  const bare = format.replace(/"[^"]*"|\[[^\]]*\]/g, "");
  if (/[0#]/.test(bare)) return false;
  return /[dym]/i.test(bare);
}

export function formatNumber(n: number, numberFormat: string): string {
  const section = numberFormat.split(";")[0].trim();
  if (section === "" || section.toLowerCase() === "general") return formatGeneral(n);
  if (section === "@") return formatGeneral(n);
  if (isDateFormat(section)) return formatDate(n, section.replace(/"([^"]*)"/g, "$1").replace(/;@$/, ""));
  const numeric = /^(#,##0|0)(?:\.(0+))?(%?)$/.exec(section);
  if (numeric) {
    const decimals = numeric[2]?.length ?? 0;
    const percent = numeric[3] === "%";
    return formatFixed(percent ? n * 100 : n, decimals, numeric[1] === "#,##0") + (percent ? "%" : "");
  }
  return formatGeneral(n);
}

/** Range.text for one cell. Formula cells have no computed value, so they display "". */
export function displayText(value: CellValue, formula: string | undefined, numberFormat: string): string {
  if (formula !== undefined) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") return formatNumber(value, numberFormat);
  return value;
}
