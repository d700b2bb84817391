/**
 * Reads the cells inside given boxes of one worksheet, streaming its XML: only those cells are
 * kept, and formulas, styles and everything else in the sheet are passed over. Values are what
 * the file saved (a formula's last result), as the plan check wants them.
 */
import { columnIndex } from "../../../model/address";
import { serialOfUtc } from "../../../model/dates";
import type { CellKind } from "../../../model/check/plan-tables";
import { isSpreadsheetNs } from "./namespaces";
import { decodeEscapes, StringCollector } from "./shared-strings";
import { attribute, decodeEntities, XmlScanner } from "./xml-scanner";
import { streamPart, utf8FromLatin1 } from "./stream-part";
import type { ZipPackage } from "./zip-package";

export interface CellBox {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface RawCell {
  kind: CellKind;
  value: number | string | boolean | null;
}

export interface SheetReadOptions {
  sharedStrings: string[];
  /** Style indexes with a date format, needed only to move 1904-system dates to the 1900 system. */
  date1904Styles?: Set<number>;
}

const DAYS_1904 = 1462;

/** One array per box, row by row (box.cols cells each); cells not in the file are undefined. */
export async function readCellsInBoxes(pkg: ZipPackage, part: string, boxes: CellBox[], options: SheetReadOptions): Promise<(RawCell | undefined)[][]> {
  const out = boxes.map((b) => new Array<RawCell | undefined>(b.rows * b.cols));
  if (!boxes.length) return out;
  const lastRow = Math.max(...boxes.map((b) => b.row + b.rows - 1));
  let row = -1;
  let col = -1;
  let cellType = "n";
  let cellStyle = 0;
  let wanted = false;
  let inValue = false;
  let inInline = false;
  let value = "";
  let hasValue = false;
  let done = false;
  const inline = new StringCollector();

  const scanner = new XmlScanner({
    open(tag) {
      if (!isSpreadsheetNs(tag.uri)) return;
      switch (tag.local) {
        case "row": {
          const r = attribute(tag.attributes, "r");
          row = r ? Number(r) - 1 : row + 1;
          col = -1;
          if (row > lastRow) done = true;
          break;
        }
        case "c": {
          const ref = attribute(tag.attributes, "r");
          const m = ref ? /^([A-Za-z]{1,3})(\d+)$/.exec(ref) : null;
          if (m) {
            col = columnIndex(m[1]);
            row = Number(m[2]) - 1;
          } else col++;
          wanted = boxes.some((b) => row >= b.row && row < b.row + b.rows && col >= b.col && col < b.col + b.cols);
          if (!wanted) break;
          cellType = attribute(tag.attributes, "t") ?? "n";
          cellStyle = Number(attribute(tag.attributes, "s") ?? 0);
          value = "";
          hasValue = false;
          break;
        }
        case "v":
          if (wanted && !tag.selfClosing) inValue = true;
          break;
        case "is":
          if (wanted && !tag.selfClosing) inInline = true;
          break;
        default:
          if (inInline) inline.open(tag.local, tag.selfClosing);
      }
    },
    close(uri, local) {
      if (!isSpreadsheetNs(uri)) return;
      switch (local) {
        case "v":
          if (inValue) hasValue = true;
          inValue = false;
          break;
        case "is":
          if (inInline) {
            value = inline.take();
            hasValue = true;
          }
          inInline = false;
          break;
        case "c":
          if (wanted) store(cellOf(cellType, value, hasValue, cellStyle));
          wanted = false;
          break;
        default:
          if (inInline) inline.close(local);
      }
    },
    text(raw, cdata) {
      if (inValue) value += cdata ? utf8FromLatin1(raw) : decodeEntities(utf8FromLatin1(raw));
      else if (inInline) inline.text(utf8FromLatin1(raw), cdata);
    },
  });

  const store = (cell: RawCell) => {
    if (cell.kind === "empty") return;
    boxes.forEach((b, i) => {
      if (row >= b.row && row < b.row + b.rows && col >= b.col && col < b.col + b.cols) out[i][(row - b.row) * b.cols + (col - b.col)] = cell;
    });
  };

  /**
   * A text cut from the part's streamed pieces would keep its whole piece alive (V8 slices strings
   * rather than copy them): a formula's cached text in every row kept most of the sheet's XML in
   * memory. A copy keeps only the text.
   */
  const ownCopy = (s: string): string => Buffer.from(s, "utf8").toString("utf8");

  const cellOf = (type: string, raw: string, present: boolean, style: number): RawCell => {
    if (!present) return { kind: "empty", value: null };
    switch (type) {
      case "s": {
        const s = options.sharedStrings[Number(raw)];
        if (s === undefined) throw new Error(`a cell refers to shared string ${raw}, which the workbook does not hold`);
        return s === "" ? { kind: "empty", value: null } : { kind: "text", value: s };
      }
      case "inlineStr":
        return raw === "" ? { kind: "empty", value: null } : { kind: "text", value: ownCopy(raw) };
      case "str": {
        const s = decodeEscapes(raw);
        return s === "" ? { kind: "empty", value: null } : { kind: "text", value: ownCopy(s) };
      }
      case "b":
        return { kind: "boolean", value: raw.trim() === "1" || raw.trim() === "true" };
      case "e":
        return { kind: "error", value: raw.trim() };
      case "d": {
        const t = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(raw) ? raw : `${raw.trim()}${raw.includes("T") ? "Z" : "T00:00:00Z"}`);
        return Number.isNaN(t) ? { kind: "text", value: raw } : { kind: "number", value: serialOfUtc(t) };
      }
      default: {
        // An empty value (openpyxl writes <v></v> for a formula it has no result for) is no value.
        if (raw.trim() === "") return { kind: "empty", value: null };
        const n = Number(raw);
        if (!Number.isFinite(n)) return { kind: "text", value: ownCopy(raw) };
        return { kind: "number", value: options.date1904Styles?.has(style) ? n + DAYS_1904 : n };
      }
    }
  };

  await streamPart(pkg, part, (chunk) => {
    scanner.write(chunk);
    // Past the last row wanted, the rest of the part is neither inflated nor parsed.
    return !done;
  }, "latin1");
  if (!done) scanner.close();
  return out;
}
