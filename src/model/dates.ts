/** Excel stores dates as serial days since 1899-12-30 (the 1900 leap-year bug folded in). */
const EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86400000;

export function excelDate(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`Not an ISO date: ${iso}`);
  return Math.round((Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) - EPOCH) / DAY);
}

export function isoDate(serial: number): string {
  return new Date(EPOCH + Math.round(serial) * DAY).toISOString().slice(0, 10);
}

/** The serial of a Date as exceljs holds it (midnight UTC for a day; a time of day as a fraction). */
export function serialOfDate(date: Date): number {
  return (date.getTime() - EPOCH) / DAY;
}

/** The serial of today on this machine's calendar (TODAY() when a file is written). */
export function todaySerial(now = new Date()): number {
  return Math.round((Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) - EPOCH) / DAY);
}
