/**
 * tblCapacityMatrix: stakeholders down, capacity areas across. Its rows and columns come from
 * tblCapacity when the matrix is built or refreshed; each cell stays a formula, so changed
 * ratings show at once without a refresh. Above it: the cost of planned responses by level,
 * and the number of gaps of 2 or more per area.
 */
import { VALUE_LISTS } from "../contract";
import { col, rowOf, str, thisRowSpan } from "../formulas";
import { moneyFormat } from "../spec/columns";
import type { ColumnSpec, SheetSpec, TableRow, TableSpec, TextCell } from "../spec/types";
import { distinctTexts } from "./distinct";
import { CAPACITY_STAGE } from "../registry";
import type { SheetWords } from "../i18n/sheets";
import { guidanceOf, guidanceRows, rebuildWords } from "../spec/sheet-layout";

export const CAPACITY_MATRIX_SHEET = CAPACITY_STAGE.sheets.matrix.name;
export const MATRIX_HEADER_ROW = 11;
export const GAPS_COLUMN = "Gaps of 2 or more";
/** A gap this large or larger counts in the totals. */
const BIG_GAP = 2;

/** Header text for an area; a name clashing with the matrix's own columns gets a suffix. */
function areaHeader(area: string): string {
  return ["stakeholder", GAPS_COLUMN.toLowerCase()].includes(area.toLowerCase()) ? `${area} (area)` : area;
}

export function capacityMatrixTable(capacityRows: TableRow[]): { table: TableSpec; rows: TableRow[] } {
  const stakeholders = distinctTexts(capacityRows.map((r) => r["Stakeholder"] ?? null));
  const areas = distinctTexts(capacityRows.map((r) => r["Capacity area"] ?? null));
  const m = rowOf("tblCapacityMatrix");
  const headers = areas.map(areaHeader);
  const pair = (area: string) => `${col("tblCapacity", "Stakeholder")},${m("Stakeholder")},${col("tblCapacity", "Capacity area")},${str(area)}`;
  const areaColumns: ColumnSpec[] = areas.map((area, i) => ({
    header: headers[i],
    kind: "integer",
    width: Math.min(Math.max(area.length + 2, 10), 24),
    numberFormat: "0",
    // Blank for a pair never assessed (no gap worked out): 0 would read as "no gap".
    formula: `=IF(${m("Stakeholder")}="","",IF(COUNTIFS(${pair(area)},${col("tblCapacity", "Gap")},">-1E+9")=0,"",MAXIFS(${col("tblCapacity", "Gap")},${pair(area)})))`,
    conditionalFormats: [{ kind: "colorScale", minColor: "#FFFFFF", maxColor: "#C0504D" }],
  }));
  const span = headers.length ? thisRowSpan("tblCapacityMatrix", headers[0], headers[headers.length - 1]) : "";
  const gapsColumn: ColumnSpec = {
    header: GAPS_COLUMN,
    kind: "integer",
    width: 12,
    numberFormat: "0",
    formula: `=IF(${m("Stakeholder")}="","",${span ? `COUNTIF(${span},">=${BIG_GAP}")` : "0"})`,
  };
  const formulas: Record<string, string> = {};
  for (const h of headers) formulas[h] = `=COUNTIF(${col("tblCapacityMatrix", h)},">=${BIG_GAP}")`;
  formulas[GAPS_COLUMN] = `=SUM(${col("tblCapacityMatrix", GAPS_COLUMN)})`;
  return {
    table: {
      name: "tblCapacityMatrix",
      caption: "Capacity-gap matrix (largest gap over all levels)",
      derived: true,
      columns: [{ header: "Stakeholder", kind: "text", width: 26, numberFormat: "@" }, ...areaColumns, gapsColumn],
      totalsAbove: { label: `Gaps of ${BIG_GAP} or more per area`, formulas },
    },
    rows: stakeholders.map((s) => ({ Stakeholder: s })),
  };
}

function costByLevel(currency: string): TextCell[] {
  const cells: TextCell[] = [{ row: 4, col: 0, content: { value: "Cost of planned responses by level" }, style: "caption" }];
  VALUE_LISTS.lstCapacityLevel.forEach((level, i) => {
    cells.push({ row: 5 + i, col: 0, content: { value: level }, style: "label" });
    cells.push({ row: 5 + i, col: 1, content: { formula: `=SUMIFS(${col("tblCapacity", "Cost")},${col("tblCapacity", "Level")},${str(level)})` }, numberFormat: moneyFormat(currency) });
  });
  cells.push({ row: 8, col: 0, content: { value: "All levels" }, style: "label" });
  cells.push({ row: 8, col: 1, content: { formula: `=SUM(${col("tblCapacity", "Cost")})` }, style: "kpi", numberFormat: moneyFormat(currency) });
  return cells;
}

export function capacityMatrixSheet(capacityRows: TableRow[], currency: string, words: SheetWords): SheetSpec {
  const { table, rows } = capacityMatrixTable(capacityRows);
  const guidance = guidanceOf(words, "stage.4.matrix", { rebuild: rebuildWords(words, "tblCapacityMatrix") });
  return {
    name: CAPACITY_MATRIX_SHEET,
    stage: CAPACITY_STAGE.number,
    tabColor: CAPACITY_STAGE.sheets.matrix.tabColor,
    freezeRows: MATRIX_HEADER_ROW + 1,
    cells: [
      { row: 0, col: 0, content: { value: CAPACITY_STAGE.title("Capacity-gap matrix") }, style: "title" },
      ...guidanceRows(words, guidance),
      ...costByLevel(currency),
    ],
    tables: [{ table, row: MATRIX_HEADER_ROW, col: 0, rows }],
    columnWidths: { 1: 16 },
  };
}
