/**
 * A table as CSV for BI tools: RFC 4180 (CRLF line ends, a field quoted when it holds a comma,
 * a quote or a line break, quotes doubled), UTF-8 with a byte order mark, without which Excel
 * reads the file in the machine's code page and garbles "Sénégal". Numbers are written as they
 * are, never formatted (no thousands separator a tool would read as two fields or as text);
 * dates in ISO form, which every tool reads, rather than Excel's serial numbers.
 */
import { isoDate } from "../dates";
import type { CellValue, ColumnSpec, TableRow } from "../spec/types";

const BOM = "\uFEFF";

export function csvField(value: CellValue): string {
  if (value === null || value === undefined) return "";
  const text = typeof value === "boolean" ? (value ? "TRUE" : "FALSE") : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(columns: readonly ColumnSpec[], rows: readonly TableRow[]): string {
  const value = (c: ColumnSpec, v: CellValue | undefined): CellValue => (c.kind === "date" && typeof v === "number" ? isoDate(v) : (v ?? null));
  const lines = [columns.map((c) => csvField(c.header)).join(",")];
  for (const row of rows) lines.push(columns.map((c) => csvField(value(c, row[c.header]))).join(","));
  return `${BOM}${lines.join("\r\n")}\r\n`;
}
