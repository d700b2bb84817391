/**
 * Excel's date serials, the one place that knows their epoch: serial 1 is 1 January 1900, and
 * serial 60 is 29 February 1900, a day that never was (Lotus 1-2-3's leap-year bug, which Excel
 * keeps). From serial 61 (1 March 1900) on, a serial counts days since 30 December 1899; below 60
 * it counts days since 31 December 1899.
 */
const DAY = 86_400_000;
/** Day 0 for serials from 61 on. */
const EPOCH = Date.UTC(1899, 11, 30);
/** The serial Excel gives 29 February 1900. */
export const FICTITIOUS_LEAP_DAY = 60;
/** 1 March 1900, the first serial a plain count of days from EPOCH gives right. */
const FIRST_TRUE_SERIAL = 61;

/** The serial of a UTC instant (a time of day is the fraction); before 1 March 1900 one less than a plain count. */
export function serialOfUtc(ms: number): number {
  const days = (ms - EPOCH) / DAY;
  return days < FIRST_TRUE_SERIAL ? days - 1 : days;
}

/** The serial of a day given by its year, month (1-12) and day: 1 Jan 2000 is 36526. */
export function serialOfDay(year: number, month: number, day: number): number {
  return Math.round(serialOfUtc(Date.UTC(year, month - 1, day)));
}

/** The year, month (1-12) and day a serial shows in Excel, its time of day dropped; serial 60 is 1900-02-29. */
export function dayOfSerial(serial: number): { year: number; month: number; day: number } {
  const whole = Math.floor(serial);
  if (whole === FICTITIOUS_LEAP_DAY) return { year: 1900, month: 2, day: 29 };
  const d = new Date(EPOCH + (whole < FICTITIOUS_LEAP_DAY ? whole + 1 : whole) * DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function excelDate(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`Not an ISO date: ${iso}`);
  return serialOfDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** A serial (rounded to the nearest day) as an ISO date, as Excel shows it: serial 60 is "1900-02-29". */
export function isoDate(serial: number): string {
  const { year, month, day } = dayOfSerial(Math.round(serial));
  const pad = (n: number, width: number) => String(n).padStart(width, "0");
  return `${year < 0 ? "-" : ""}${pad(Math.abs(year), 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/**
 * The serial a Date read by exceljs stands for. exceljs turns serials into Dates (and back) by a
 * plain count of days from 30 December 1899, before March 1900 too, so the same plain count
 * undoes it exactly and gives back the serial the file holds.
 */
export function serialOfDate(date: Date): number {
  return (date.getTime() - EPOCH) / DAY;
}

/** The serial of today on this machine's calendar (TODAY() when a file is written). */
export function todaySerial(now = new Date()): number {
  return serialOfDay(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
